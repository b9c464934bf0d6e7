using System.Text;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// The plain-text form of cube/sources/*.txt: a paragraph per line with a blank line between, bold paragraphs as
/// <c>**…**</c>; a table row per line, cells tab-separated, an empty cell keeping its tab, a merged cell as its
/// text followed by empty cells; <c>&lt;b&gt;…&lt;/b&gt;</c> on bold rows (groups, totals), <c>&lt;i&gt;</c> on
/// source rows; after a page break a blank line and the header rows again.
/// </summary>
internal static class TxtWriter
{
    public static byte[] Write(PlanDocument document) => Encoding.UTF8.GetBytes(Text(document));

    public static string Text(PlanDocument document)
    {
        var lines = new List<string>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    lines.Add(p.Bold ? $"**{p.Text}**" : p.Italic ? $"*{p.Text}*" : p.Text);
                    lines.Add(string.Empty);
                    break;
                case TableBlock { Table: var table }:
                    foreach (var row in table.Rows)
                    {
                        if (row.BreakBefore)
                        {
                            lines.Add(string.Empty);
                            lines.AddRange(table.RepeatedHeader.Select(Line));
                        }

                        lines.Add(Line(row));
                    }

                    lines.Add(string.Empty);
                    break;
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Line(Row row) => string.Join('\t', row.Cells.Select(cell => cell is null || cell.Text.Length == 0 || row.IsHeader
        ? cell?.Text ?? string.Empty
        : cell.Bold ? $"<b>{cell.Text}</b>" : cell.Italic ? $"<i>{cell.Text}</i>" : cell.Text));
}
