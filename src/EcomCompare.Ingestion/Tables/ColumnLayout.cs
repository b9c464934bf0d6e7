using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Tables;

/// <summary>
/// What one money column of a table holds: money of a year (or of the whole period) from a source (or a part of
/// one); or, when <see cref="IsTotal"/>, the sum of the columns in its scope (the row's total, a year's total, a
/// source's total).
/// </summary>
/// <param name="Index">0-based cell index.</param>
/// <param name="Year">The year, or null (the whole period, or a total over years).</param>
/// <param name="Source">The funding source the header names, or null (sources given by rows, or a total over sources).</param>
/// <param name="IsTotal">A total column: its cells are statements to check, never facts.</param>
public sealed record ValueColumn(int Index, int? Year, FundingSource? Source, bool IsTotal)
{
    /// <summary>The part of <see cref="Source"/> the header names (<c>district</c>), or null.</summary>
    public string? Part { get; init; }

    /// <summary>Human name for messages: "2023", "2023 local", "whole period local / district", "total 2023", "Tổng cộng".</summary>
    public string Describe()
    {
        var year = Year?.ToString(CultureInfo.InvariantCulture);
        var source = Source is { } s ? (Part is null ? s.Code() : $"{s.Code()} / {Part}") : null;
        if (IsTotal)
        {
            return (year, source) switch
            {
                (null, null) => "Tổng cộng",
                _ => "total " + string.Join(' ', new[] { year, source }.Where(p => p is not null)),
            };
        }

        return source is null ? year ?? "whole period" : $"{year ?? "whole period"} {source}";
    }
}

/// <summary>A column of text about each item, recognised by its title ("Đơn vị chủ trì", "Ghi chú").</summary>
/// <param name="Index">0-based cell index.</param>
/// <param name="Attribute">What it holds.</param>
/// <param name="Header">Its title as written.</param>
public sealed record AttributeColumn(int Index, ItemAttribute Attribute, string Header);

/// <summary>A header cell that names no year, no total and no funding source the vocabulary knows, where a source belongs.</summary>
/// <param name="Column">0-based cell index.</param>
/// <param name="Text">The label as written.</param>
/// <param name="Line">The header line it stands on.</param>
public sealed record UnknownColumnLabel(int Column, string Text, int Line);

/// <summary>
/// The columns of a table, read from its header rows: which hold money of which year and source (and part of a
/// source), which are totals, which are text about the item (agency, partners, timing, output, notes), and the unit
/// the header states. The first header row starts with "TT"/"STT"; the rows after it whose code and label cells are
/// empty continue the header (one to three rows, as merged cells leave them); a row of column numbers
/// ("1 | 2 | 3 | 4=5+6") under the header is skipped.
/// </summary>
/// <remarks>
/// A label over several columns (a year over its sources, a source over its years or parts) covers them. Text and
/// Word tables write a merged label in its first column and leave the others empty; a table rebuilt from a PDF puts
/// the label where its words lie, often mid-span. Both are read the same way: where the labels of a row split the
/// columns under them into equal blocks that repeat the row below (Năm 2021 over TW ĐP DN, Năm 2022 over TW ĐP DN),
/// each label covers the block it stands in; otherwise a label covers the empty cells to its right.
/// </remarks>
public sealed partial class ColumnLayout
{
    private readonly Dictionary<int, string> _headerText = [];

    private ColumnLayout(IReadOnlyList<ValueColumn> columns, IReadOnlyList<AttributeColumn> attributes, int headerRows, int width,
        IReadOnlyList<UnknownColumnLabel> unknown, int firstLine)
    {
        Columns = columns;
        Attributes = attributes;
        HeaderRowCount = headerRows;
        Width = width;
        UnknownLabels = unknown;
        FirstLine = firstLine;
    }

    /// <summary>What the header cells above a value column say ("Năm 2021 · TW").</summary>
    public string HeaderText(ValueColumn column) => _headerText.GetValueOrDefault(column.Index, string.Empty);

    /// <summary>The header's first line.</summary>
    public int FirstLine { get; }

    /// <summary>Header cells that stand where a funding-source label belongs but match no line of the vocabulary.</summary>
    public IReadOnlyList<UnknownColumnLabel> UnknownLabels { get; }

    /// <summary>Units the header cells state ("Kinh phí (triệu đồng)"), with the line each stands on.</summary>
    public IReadOnlyList<(MoneyUnit Unit, int Line, string Text)> StatedUnits { get; private init; } = [];

    /// <summary>Money columns in cell order.</summary>
    public IReadOnlyList<ValueColumn> Columns { get; }

    /// <summary>Text columns about the item, in cell order.</summary>
    public IReadOnlyList<AttributeColumn> Attributes { get; }

    /// <summary>Columns whose cells hold quantities and prices ("Đơn giá", "Thành tiền"): a unit-cost table, not the budget.</summary>
    public IReadOnlyList<int> NotMoneyColumns { get; private init; } = [];

    /// <summary>Columns whose header gives them no meaning; a number in one is refused, text is kept as an attribute.</summary>
    public IReadOnlyList<int> UnlabelledColumns { get; private init; } = [];

    /// <summary>How many rows the header took (a column-number row under it included).</summary>
    public int HeaderRowCount { get; }

    /// <summary>The number of cells a row of this table has.</summary>
    public int Width { get; }

    /// <summary>The row-total column (no year, no source), if any.</summary>
    public ValueColumn? Total => Columns.FirstOrDefault(c => c.IsTotal && c.Year is null && c.Source is null);

    /// <summary>Columns that hold facts (every column that is not a total).</summary>
    public IEnumerable<ValueColumn> YearColumns => Columns.Where(c => !c.IsTotal);

    /// <summary>Distinct years, ascending.</summary>
    public IReadOnlyList<int> Years => Columns.Where(c => c.Year is not null).Select(c => c.Year!.Value).Distinct().Order().ToList();

    /// <summary>True when the header names a funding source over some money column.</summary>
    public bool HasSourceColumns => Columns.Any(c => c.Source is not null && !c.IsTotal);

    /// <summary>Fails naming the first unknown label, its header line and the table to extend.</summary>
    public void ThrowIfUnknownLabels(PlanText text, FundingSourceLabels labels)
    {
        if (UnknownLabels.Count > 0)
        {
            var u = UnknownLabels[0];
            var error = text.Error(u.Line, $"unknown funding-source label '{u.Text}' in the table header (column {u.Column + 1}): {labels.ExtendHint}");
            error.UnknownLabel = u.Text;
            throw error;
        }
    }

    /// <summary>
    /// True when a row is the first row of a header: its code cell reads "Stt", "TT" or "T T", or (a typo seen in
    /// the documents: "c") its label is a column title such as "Nội dung công việc".
    /// </summary>
    public static bool IsHeaderStart(TableRow row) =>
        HeaderCell.IsCodeTitle(row.Code)
        || (row.Code.Length is > 0 and <= 3 && !row.Code.Any(char.IsDigit) && ColumnTitle().IsMatch(row.Label));

    /// <summary>True when a row continues a header: its code and label cells are empty.</summary>
    public static bool IsHeaderContinuation(TableRow row) => row.Code.Length == 0 && row.Label.Length == 0 && !row.IsBlank;

    /// <summary>A row of column numbers under a header: "1 | 2 | 3 | 4=5+6", "(1) | (2) | (3)", "A | B | 1 | 2".</summary>
    public static bool IsColumnNumbers(TableRow row)
    {
        var cells = row.Cells.Select(CellText.Clean).Where(c => c.Length > 0).ToList();
        return cells.Count >= 3 && cells.All(c => ColumnNumber().IsMatch(c))
            && cells.Count(c => char.IsDigit(c.TrimStart('(')[0])) >= 2
            && IsIncreasing(cells.Select(c => Digits().Match(c)).Where(m => m.Success).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))
                .ToList());
    }

    private static bool IsIncreasing(List<int> numbers) => numbers.Count >= 2 && numbers.Zip(numbers.Skip(1)).All(p => p.Second > p.First);

    /// <summary>
    /// Reads the header that starts at <paramref name="rows"/>[<paramref name="start"/>]. Never fails: a header
    /// that names no money column gives a layout with none, and unknown source labels are listed in
    /// <see cref="UnknownLabels"/> for the caller to refuse once it knows the table matters.
    /// </summary>
    public static ColumnLayout Read(IReadOnlyList<TableRow> rows, int start, FundingSourceLabels labels)
    {
        // Header lines above the "TT" line: a cell centred in a tall header (text from a PDF) puts its first words
        // there, with nothing in the code and label cells and no amounts.
        var above = 0;
        while (above < 3 && start - above - 1 >= 0 && IsHeaderContinuation(rows[start - above - 1]) && !HoldsAmounts(rows[start - above - 1])
               && rows[start - above].Line - rows[start - above - 1].Line <= 1)
        {
            above++;
        }

        var header = Enumerable.Range(start - above, above + 1).Select(r => rows[r]).ToList();
        for (var i = start + 1; i < rows.Count && IsHeaderContinuation(rows[i]) && !IsColumnNumbers(rows[i])
            && rows[i].Line - header[^1].Line <= 1; i++)
        {
            header.Add(rows[i]);
        }

        var headerRows = header.Count - above;
        if (start + headerRows < rows.Count && IsColumnNumbers(rows[start + headerRows]) && rows[start + headerRows].Line - header[^1].Line <= 1)
        {
            headerRows++;
        }

        var width = header.Max(r => r.Cells.Count);
        var cells = header.Select(r => Enumerable.Range(0,
            width).Select(c => c >= 2 ? HeaderCell.Read(c < r.Cells.Count ? r.Cells[c] : string.Empty, labels)
                : HeaderCell.Read(string.Empty, labels)).ToArray()).ToArray();
        var cover = Spans.Cover(cells, width);

        var columns = new List<ValueColumn>();
        var attributes = new List<AttributeColumn>();
        var notMoney = new List<int>();
        var unlabelled = new List<int>();
        var joinedColumns = new HashSet<int>();
        var hasYears = cover.Any(row => row.Any(c => c?.Year is not null));
        for (var c = 2; c < width; c++)
        {
            var stack = cover.Select(row => row[c]).Where(h => h is not null).Select(h => h!).Distinct().ToList();
            if (!stack.Any(h => h.Source is not null || h.IsTotal || h.Kind is HeaderKind.Attribute or HeaderKind.NotMoney)
                && Joined(cells, c, labels) is { } joined)
            {
                // A label wrapped over several header lines ("Nguồn" / "vốn khác"): read the column's own words together.
                stack.Add(joined);
                joinedColumns.Add(c);
            }

            var years = stack.Where(h => h.Year is not null).Select(h => h.Year!.Value).Distinct().ToList();
            var sources = stack.Where(h => h.Source is not null).Select(h => h.Source!.Value).ToList();
            var totalAt = stack.FindIndex(h => h.IsTotal);
            var sourceAt = stack.FindIndex(h => h.Source is not null);
            if (years.Count > 0 || sources.Count > 0)
            {
                var source = Combine(sources);
                var yearAt = stack.FindIndex(h => h.Year is not null);
                // A total under a source or a year sums that source's or that year's columns ("Năm 2021 › Tổng");
                // a source under a "Tổng cộng" block sums its years (a statement) when the table has years at all —
                // with no years anywhere, "Tổng kinh phí › NSTW" is the fact itself.
                var isTotal = totalAt >= 0
                    && ((sourceAt >= 0 && totalAt >= sourceAt) || (yearAt >= 0 && totalAt >= yearAt)
                        || (sourceAt > totalAt && yearAt < 0 && hasYears));
                columns.Add(new ValueColumn(c, years.Count == 1 ? years[0] : null, source?.Source, isTotal) { Part = source?.Part });
            }
            else if (totalAt >= 0)
            {
                columns.Add(new ValueColumn(c, null, null, true));
            }
            else if (stack.FirstOrDefault(h => h.Kind == HeaderKind.Attribute) is { } attribute)
            {
                attributes.Add(new AttributeColumn(c, attribute.Attribute!.Value, attribute.Text));
            }
            else if (stack.Any(h => h.Kind == HeaderKind.NotMoney))
            {
                notMoney.Add(c);
            }
            else
            {
                unlabelled.Add(c);
            }
        }

        // A year with both per-source columns and one without a source: the one without is that year's total.
        var yearsWithSources = columns.Where(c => c.Source is not null && c.Year is not null).Select(c => c.Year).ToHashSet();
        columns = columns.Select(c => !c.IsTotal && c.Source is null && c.Year is not null
            && yearsWithSources.Contains(c.Year) ? c with { IsTotal = true } : c).ToList();

        var unknown = UnknownSourceLabels(cells, cover, header).Where(u => !joinedColumns.Contains(u.Column)
            && !IsWrappedPiece(cells, cover, u.Column, joinedColumns)).ToList();
        var layout = new ColumnLayout(columns, attributes, headerRows, width, unknown, header[0].Line)
        {
            // Units stated anywhere in the header, the code and label cells too ("Nội dung (ĐVT: triệu đồng)").
            StatedUnits = header.SelectMany(r => r.Cells.Select(CellText.Clean)
                .SelectMany(t => MoneyUnit.Stated(t, out _).Select(u => (u, r.Line, t)))).ToList(),
            NotMoneyColumns = notMoney,
            UnlabelledColumns = unlabelled,
        };
        foreach (var column in columns)
        {
            // The column's own cells as written; a year, source or total it stands under shown in brackets: "(2021) · ĐP".
            var own = header.Select(r => r.Text(column.Index)).Where(t => t.Length > 0).ToList();
            var parts = cover.Select((row, r) => (Cell: row[column.Index], Own: cells[r][column.Index].Kind != HeaderKind.Empty))
                .Where(p => p.Cell is not null && (p.Own || p.Cell.Kind is HeaderKind.Year or HeaderKind.Source or HeaderKind.Total))
                .Select(p => p.Own ? p.Cell!.Text : p.Cell!.Kind == HeaderKind.Year ? $"({p.Cell.Year})" : $"({p.Cell.Text})")
                .Distinct();
            layout._headerText[column.Index] = string.Join(" · ", parts.Where(p => p.Length > 0).DefaultIfEmpty(string.Join(" · ", own)));
        }

        return layout;
    }

    // The column's own header words that gave it no meaning (not a year), top to bottom, read as one label; null
    // when there are fewer than two or together they mean nothing either.
    private static HeaderCell? Joined(HeaderCell[][] cells, int c, FundingSourceLabels labels)
    {
        var own = cells.Select(row => row[c]).Where(h => h.Kind is HeaderKind.Neutral or HeaderKind.Name).Select(h => h.Text).ToList();
        if (own.Count < 2)
        {
            return null;
        }

        var joined = HeaderCell.Read(string.Join(' ', own), labels);
        return joined.Source is not null || joined.IsTotal || joined.Kind is HeaderKind.Attribute or HeaderKind.NotMoney ? joined : null;
    }

    // A piece of a wrapped label that a neighbouring column's reading took in ("trình," beside "Chương trình …").
    private static bool IsWrappedPiece(HeaderCell[][] cells, HeaderCell?[][] cover, int column, HashSet<int> joinedColumns) =>
        joinedColumns.Count > 0 && cells.Any(row => row[column].Kind is HeaderKind.Neutral or HeaderKind.Name)
            && !cells.Any(row => row[column].Source is not null);

    // A row with amounts (not years) is data, never a header line.
    private static bool HoldsAmounts(TableRow row) =>
        Enumerable.Range(2, Math.Max(0, row.Cells.Count - 2)).Any(c => HeaderCell.IsAmount(row.Text(c)));

    // Parent and child source labels of one column must agree: "Ngân sách địa phương" over "Cấp huyện" is local, district.
    private static SourceLabel? Combine(List<SourceLabel> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        var source = sources[0].Source;
        if (sources.Any(s => s.Source != source))
        {
            return null; // contradictory: reported as an unknown label by the caller's check below
        }

        return new SourceLabel(source, sources.Select(s => s.Part).LastOrDefault(p => p is not null));
    }

    // Leaf cells that stand where a source label belongs — beside known source labels, or under a year — but are none.
    private static List<UnknownColumnLabel> UnknownSourceLabels(HeaderCell[][] cells, HeaderCell?[][] cover, List<TableRow> header)
    {
        var unknown = new List<UnknownColumnLabel>();
        var width = cells[0].Length;
        for (var r = 0; r < cells.Length; r++)
        {
            var rowHasSources = cells[r].Any(h => h.Source is not null);
            for (var c = 2; c < width; c++)
            {
                var cell = cells[r][c];
                if (cell.Kind != HeaderKind.Neutral || cell.Unit is not null)
                {
                    continue;
                }

                var isLeaf = Enumerable.Range(r + 1, cells.Length - r - 1).All(below => cells[below][c].Kind == HeaderKind.Empty);
                var underYear = Enumerable.Range(0, r).Any(above => cover[above][c]?.Year is not null);
                var underSource = Enumerable.Range(0, r).Any(above => cover[above][c]?.Source is not null);
                if (isLeaf && (rowHasSources || underYear || underSource))
                {
                    unknown.Add(new UnknownColumnLabel(c, cell.Text, header[r].Line));
                }
            }
        }

        // A column whose header names two different sources.
        for (var c = 2; c < width; c++)
        {
            var named = cover.Select(row => row[c]).Where(h => h?.Source is not null).Select(h => h!).Distinct().ToList();
            if (named.Select(h => h.Source!.Value.Source).Distinct().Count() > 1)
            {
                unknown.Add(new UnknownColumnLabel(c, string.Join(" / ", named.Select(h => h.Text)), header[0].Line));
            }
        }

        return unknown;
    }

    /// <summary>
    /// The money cells of a data row, as written (in the table's unit). Throws when a number stands in a column the
    /// header gives no meaning or a cell is not a number.
    /// </summary>
    public IReadOnlyList<(ValueColumn Column, decimal? Amount)> Values(TableRow row, PlanText text)
    {
        for (var c = 2; c < row.Cells.Count; c++)
        {
            var cell = row.Text(c);
            if (cell.Length == 0 || Columns.Any(col => col.Index == c) || Attributes.Any(a => a.Index == c) || NotMoneyColumns.Contains(c))
            {
                continue;
            }

            if (c >= Width || VietnameseNumbers.TryParseAmount(cell, out var amount) && amount is not null)
            {
                var where = c >= Width ? $"column {c + 1}, beyond the table's {Width} columns" : $"column {c + 1}, which the header gives no year, funding source or total";
                throw text.Error(row.Line, $"a value '{cell}' stands in {where}");
            }
        }

        return Columns.Select(col => (col,
            ParseCell(col.Index < row.Cells.Count ? row.Cells[col.Index] : string.Empty, text, row.Line, col.Describe()))).ToList();
    }

    /// <summary>The text cells of a data row: each attribute column's text (empty cells left out), and unlabelled columns' text as
    /// <see cref="ItemAttribute.Other"/>.</summary>
    public IReadOnlyList<(ItemAttribute Attribute, string Header, string Text)> Texts(TableRow row)
    {
        var texts = new List<(ItemAttribute, string, string)>();
        foreach (var a in Attributes)
        {
            if (row.Text(a.Index) is { Length: > 0 } value)
            {
                texts.Add((a.Attribute, a.Header, value));
            }
        }

        foreach (var c in UnlabelledColumns)
        {
            if (row.Text(c) is { Length: > 0 } value)
            {
                texts.Add((ItemAttribute.Other, string.Empty, value));
            }
        }

        return texts;
    }

    private static decimal? ParseCell(string cell, PlanText text, int line, string column)
    {
        if (!VietnameseNumbers.TryParseAmount(cell, out var amount))
        {
            throw text.Error(line, $"cannot read '{CellText.Clean(cell).Trim()}' as an amount in column {column}");
        }

        return amount;
    }

    [GeneratedRegex(@"^(hạng mục công việc|nội dung công việc|nội dung nhiệm vụ|nguồn kinh phí|nội dung)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColumnTitle();

    [GeneratedRegex(@"^(?:\(?\d{1,2}\)?|\d{1,2}\s*=\s*[\d+\s()*x×-]+|\(?[a-zA-Z]\)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnNumber();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
