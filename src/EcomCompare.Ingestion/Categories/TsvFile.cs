namespace EcomCompare.Ingestion.Categories;

/// <summary>Reads the project's editable data files: tab-separated, a header row, '#' comment lines; every required field filled except a mapping's
/// <c>reason</c> and a manifest's <c>shape</c> (empty: detect it).</summary>
internal static class TsvFile
{
    public static IEnumerable<(int Line, Dictionary<string, string> Fields)> Read(string path, params string[] required)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new IngestionException(name, 0, $"file not found: {path}");
        }

        string[]? header = null;
        var n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToArray();
                var missing = required.Where(r => !header.Contains(r, StringComparer.Ordinal)).ToList();
                if (missing.Count > 0)
                {
                    throw new IngestionException(name, n, $"the header lacks column(s) {string.Join(", ", missing)}");
                }

                continue;
            }

            if (cells.Length > header.Length)
            {
                throw new IngestionException(name, n, $"the line has {cells.Length} fields but the header has {header.Length}");
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < header.Length; c++)
            {
                fields[header[c]] = c < cells.Length ? cells[c].Trim() : string.Empty;
            }

            foreach (var r in required)
            {
                if (fields[r].Length == 0 && r is not ("reason" or "shape"))
                {
                    throw new IngestionException(name, n, $"field '{r}' is empty");
                }
            }

            yield return (n, fields);
        }

        if (header is null)
        {
            throw new IngestionException(name, 0, "the file is empty");
        }
    }
}
