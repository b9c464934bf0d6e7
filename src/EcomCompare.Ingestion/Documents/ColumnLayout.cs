using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Documents;

/// <summary>What one value column of a table holds: a year, a funding source, or the row's total.</summary>
/// <param name="Index">0-based cell index.</param>
/// <param name="Year">The year, or null for a total column or a whole-period source column.</param>
/// <param name="Source">The funding source when the header names one per column.</param>
/// <param name="IsTotal">True for the "Tổng cộng" column.</param>
public sealed record ValueColumn(int Index, int? Year, FundingSource? Source, bool IsTotal)
{
    /// <summary>Human name for messages: "2023", "2023 local", "whole period local", "Tổng cộng".</summary>
    public string Describe() => IsTotal ? "Tổng cộng" : Source is { } s ? $"{(Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "whole period")} {s.Code()}" : $"{Year}";
}

/// <summary>A header cell that names no year, no total and no funding source the vocabulary knows.</summary>
/// <param name="Column">0-based cell index.</param>
/// <param name="Text">The label as written.</param>
/// <param name="Line">The header line it stands on.</param>
public sealed record UnknownColumnLabel(int Column, string Text, int Line);

/// <summary>
/// The value columns of a table, read from its header rows. The first header row starts with "Stt"/"TT"; the
/// rows after it whose code and label cells are empty continue the header. A year label spans the empty cells
/// to its right (merged cells lose their span in plain text), so "Năm 2021 | | | Năm 2022" covers three columns.
/// </summary>
public sealed partial class ColumnLayout
{
    private ColumnLayout(IReadOnlyList<ValueColumn> columns, int headerRows, int width, IReadOnlyList<UnknownColumnLabel> unknown, int firstLine)
    {
        Columns = columns;
        HeaderRowCount = headerRows;
        Width = width;
        UnknownLabels = unknown;
        FirstLine = firstLine;
    }

    private readonly Dictionary<int, string> _headerText = [];

    /// <summary>What the header cells above a value column say ("Năm 2021 · TW"; "(2021) · ĐP" where the year cell spans it).</summary>
    public string HeaderText(ValueColumn column) => _headerText.GetValueOrDefault(column.Index, string.Empty);

    /// <summary>The header's first line.</summary>
    public int FirstLine { get; }

    /// <summary>
    /// Header cells that look like funding-source labels (they stand under a year, or beside labels the vocabulary
    /// knows) but match no line of the vocabulary. A budget table with any is refused by <see cref="ThrowIfUnknownLabels"/>.
    /// </summary>
    public IReadOnlyList<UnknownColumnLabel> UnknownLabels { get; }

    /// <summary>Fails naming the first unknown label, its header line and the table to extend.</summary>
    public void ThrowIfUnknownLabels(string document, FundingSourceLabels labels)
    {
        if (UnknownLabels.Count > 0)
        {
            var u = UnknownLabels[0];
            throw new IngestionException(document, u.Line, $"unknown funding-source label '{u.Text}' in the table header (column {u.Column + 1}): {labels.ExtendHint}");
        }
    }

    /// <summary>Value columns in cell order.</summary>
    public IReadOnlyList<ValueColumn> Columns { get; }

    /// <summary>How many rows the header took.</summary>
    public int HeaderRowCount { get; }

    /// <summary>The number of cells a row of this table has.</summary>
    public int Width { get; }

    /// <summary>The total column, if any.</summary>
    public ValueColumn? Total => Columns.FirstOrDefault(c => c.IsTotal);

    /// <summary>Year and source columns (every column that is not the total).</summary>
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

    /// <summary>
    /// Reads the header that starts at <paramref name="rows"/>[<paramref name="start"/>]. Never fails: a header
    /// that names no value column gives a layout with none, and unknown source labels are listed in
    /// <see cref="UnknownLabels"/> for the caller to refuse once it knows the table matters.
    /// </summary>
    public static ColumnLayout Read(IReadOnlyList<TableRow> rows, int start, FundingSourceLabels labels)
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
        var unknown = new List<UnknownColumnLabel>();
        var besideTotal = new List<UnknownColumnLabel>();
        foreach (var row in header)
        {
            var hasTotal = Enumerable.Range(2, Math.Max(0, row.Cells.Count - 2)).Any(c => CellText.Key(row.Text(c)).StartsWith("tổng", StringComparison.Ordinal));
            // A row that labels some columns with a known source must label every one of them with a known source.
            var labelsSources = Enumerable.Range(2, Math.Max(0, row.Cells.Count - 2)).Any(c => labels.TryClassify(row.Text(c)) is not null && IsShortSourceLabel(row.Text(c)));
            var yearsAbove = (int?[])years.Clone();
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
                else if (labels.TryClassify(text) is { } source && IsShortSourceLabel(text))
                {
                    sources[c] = source;
                }
                else if (labelsSources || yearsAbove[c] is not null)
                {
                    // Beside known source labels, or under a year: a source label the vocabulary does not know.
                    unknown.Add(new UnknownColumnLabel(c, text, row.Line));
                }
                else if (hasTotal && !NotMoneyTitle().IsMatch(CellText.Key(text)))
                {
                    besideTotal.Add(new UnknownColumnLabel(c, text, row.Line));
                }
            }
        }

        // Whole-period tables (Tổng | NSTW | NSĐP | XHH): with no year anywhere, the labels beside the total are sources.
        var wholePeriod = years.All(y => y is null);
        if (wholePeriod)
        {
            unknown.AddRange(besideTotal.Where(b => sources[b.Column] is null && !totals[b.Column]));
        }

        var columns = new List<ValueColumn>();
        for (var c = 2; c < width; c++)
        {
            if (totals[c])
            {
                columns.Add(new ValueColumn(c, null, null, true));
            }
            else if (years[c] is not null || (sources[c] is not null && wholePeriod))
            {
                columns.Add(new ValueColumn(c, years[c], sources[c], false));
            }
        }

        var layout = new ColumnLayout(columns, header.Count, width, unknown, rows[start].Line);
        foreach (var column in columns)
        {
            layout._headerText[column.Index] = string.Join(" · ", header.Select(r => r.Text(column.Index)).Where(t => t.Length > 0).Prepend(years[column.Index] is { } y && header.All(r => !r.Text(column.Index).Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)) ? $"({y})" : string.Empty).Where(t => t.Length > 0));
        }

        return layout;
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

    // "TW", "ĐP", "Ngân sách Trung ương (hỗ trợ)", "Doanh nghiệp/XHH": a column label, not a sentence that mentions a source.
    private static bool IsShortSourceLabel(string text) => text.Length <= 40;

    [GeneratedRegex(@"^(?:năm\s*)?(?<y>(19|20)\d\d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearLabel();

    [GeneratedRegex(@"^(hạng mục công việc|nội dung công việc|nội dung nhiệm vụ|nguồn kinh phí)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColumnTitle();

    [GeneratedRegex(@"^(ghi chú|đơn vị|cơ quan|thời gian|tiến độ|số lượng|đơn giá|thành tiền|nội dung|năm thực hiện|kinh phí)", RegexOptions.CultureInvariant)]
    private static partial Regex NotMoneyTitle();

    [GeneratedRegex(@"^(stt|tt|t\s*t)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderStart();
}
