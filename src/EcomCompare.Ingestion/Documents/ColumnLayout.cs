using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Documents;

/// <summary>What one value column of a table holds: a year, a funding source, or the row's total.</summary>
/// <param name="Index">0-based cell index.</param>
/// <param name="Year">The year, or null for a total column.</param>
/// <param name="Source">The funding source when the header names one per column.</param>
/// <param name="IsTotal">True for the "Tổng cộng" column.</param>
public sealed record ValueColumn(int Index, int? Year, FundingSource? Source, bool IsTotal)
{
    /// <summary>Human name for messages: "2023", "2023 ĐP", "Tổng cộng".</summary>
    public string Describe() => IsTotal ? "Tổng cộng" : Source is { } s ? $"{Year} {s.Code()}" : $"{Year}";
}

/// <summary>
/// The value columns of a table, read from its header rows. The first header row starts with "Stt"/"TT"; the
/// rows after it whose code and label cells are empty continue the header. A year label spans the empty cells
/// to its right (merged cells lose their span in plain text), so "Năm 2021 | | | Năm 2022" covers three columns.
/// </summary>
public sealed partial class ColumnLayout
{
    private ColumnLayout(IReadOnlyList<ValueColumn> columns, int headerRows, int width)
    {
        Columns = columns;
        HeaderRowCount = headerRows;
        Width = width;
    }

    /// <summary>Value columns in cell order.</summary>
    public IReadOnlyList<ValueColumn> Columns { get; }

    /// <summary>How many rows the header took.</summary>
    public int HeaderRowCount { get; }

    /// <summary>The number of cells a row of this table has.</summary>
    public int Width { get; }

    /// <summary>The total column, if any.</summary>
    public ValueColumn? Total => Columns.FirstOrDefault(c => c.IsTotal);

    /// <summary>Year columns (every column that is not the total).</summary>
    public IEnumerable<ValueColumn> YearColumns => Columns.Where(c => !c.IsTotal);

    /// <summary>Distinct years, ascending.</summary>
    public IReadOnlyList<int> Years => Columns.Where(c => c.Year is not null).Select(c => c.Year!.Value).Distinct().Order().ToList();

    /// <summary>
    /// True when a row is the first row of a header: its code cell reads "Stt", "TT" or "T T", or (a typo seen
    /// in the documents: "c") its label is a column title such as "Nội dung công việc".
    /// </summary>
    public static bool IsHeaderStart(TableRow row) =>
        HeaderStart().IsMatch(row.Code)
        || (row.Code.Length is > 0 and <= 3 && !row.Code.Any(char.IsDigit) && ColumnTitle().IsMatch(row.Label));

    /// <summary>True when a row continues a header: its code and label cells are empty.</summary>
    public static bool IsHeaderContinuation(TableRow row) => row.Code.Length == 0 && row.Label.Length == 0 && !row.IsBlank;

    /// <summary>Reads the header that starts at <paramref name="rows"/>[<paramref name="start"/>].</summary>
    public static ColumnLayout Read(IReadOnlyList<TableRow> rows, int start, string document)
    {
        var header = new List<TableRow> { rows[start] };
        for (var i = start + 1; i < rows.Count && IsHeaderContinuation(rows[i]) && rows[i].Line - header[^1].Line <= 1; i++)
        {
            header.Add(rows[i]);
        }

        var width = header.Max(r => r.Cells.Count);
        var years = new int?[width];
        var sources = new FundingSource?[width];
        var totals = new bool[width];
        foreach (var row in header)
        {
            // A row that labels columns by funding source must label every one of them with a known source.
            var labelsSources = Enumerable.Range(2, Math.Max(0, row.Cells.Count - 2)).Any(c => FundingSourceLabels.TryClassify(row.Text(c)) is not null && IsShortSourceLabel(row.Text(c)));
            int? spanning = null;
            for (var c = 2; c < width; c++)
            {
                var text = row.Text(c);
                if (text.Length == 0)
                {
                    if (spanning is not null && years[c] is null)
                    {
                        years[c] = spanning;
                    }

                    continue;
                }

                spanning = null;
                var year = YearLabel().Match(text);
                if (year.Success)
                {
                    years[c] = int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture);
                    spanning = years[c];
                }
                else if (CellText.Key(text).StartsWith("tổng", StringComparison.Ordinal))
                {
                    totals[c] = true;
                }
                else if (FundingSourceLabels.TryClassify(text) is { } source && IsShortSourceLabel(text))
                {
                    sources[c] = source;
                }
                else if (labelsSources)
                {
                    throw new IngestionException(document, row.Line, $"unknown funding-source label '{text}' in the table header (column {c + 1})");
                }
            }
        }

        var columns = new List<ValueColumn>();
        for (var c = 2; c < width; c++)
        {
            if (totals[c])
            {
                columns.Add(new ValueColumn(c, null, null, true));
            }
            else if (years[c] is not null)
            {
                columns.Add(new ValueColumn(c, years[c], sources[c], false));
            }
        }

        if (columns.Count == 0)
        {
            throw new IngestionException(document, rows[start].Line, "the table header names no year or total columns");
        }

        return new ColumnLayout(columns, header.Count, width);
    }

    /// <summary>
    /// The value columns' cells of a data row, parsed. Throws when a number stands in a column the header does
    /// not give a meaning (an impossible column) or a cell is not a number.
    /// </summary>
    public IReadOnlyList<(ValueColumn Column, decimal? Amount)> Values(TableRow row, string document)
    {
        for (var c = 2; c < row.Cells.Count; c++)
        {
            if (Columns.All(col => col.Index != c) && row.Text(c).Length > 0)
            {
                var where = c >= Width ? $"column {c + 1}, beyond the table's {Width} columns" : $"column {c + 1}, which the header gives no year or total";
                throw new IngestionException(document, row.Line, $"a value '{row.Text(c)}' stands in {where}");
            }
        }

        return Columns.Select(col => (col, VietnameseNumbers.ParseAmount(col.Index < row.Cells.Count ? row.Cells[col.Index] : string.Empty, document, row.Line, col.Describe()))).ToList();
    }

    // "TW", "ĐP", "Trung Ương", "Địa phương", "DN": a column label, not a sentence that mentions a source.
    private static bool IsShortSourceLabel(string text) => text.Length <= 24;

    [GeneratedRegex(@"^(?:năm\s*)?(?<y>(19|20)\d\d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearLabel();

    [GeneratedRegex(@"^(hạng mục công việc|nội dung công việc|nội dung nhiệm vụ|nguồn kinh phí)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColumnTitle();

    [GeneratedRegex(@"^(stt|tt|t\s*t)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderStart();
}
