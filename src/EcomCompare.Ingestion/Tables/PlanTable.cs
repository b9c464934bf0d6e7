using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Tables;

/// <summary>What a table's rows are.</summary>
internal enum TableKind
{
    /// <summary>Tasks (groups and items) with money: a budget table.</summary>
    Items,

    /// <summary>One row per year with money by source ("Năm | Tổng | NSTW | NSĐP | DN"): money by year, not by task.</summary>
    YearRows,

    /// <summary>One row per funding source with money by year ("Nguồn kinh phí | 2021 … | Tổng cộng"): a summary.</summary>
    SourceRows,

    /// <summary>No money: a task list, a timeline of x marks, a unit-cost breakdown.</summary>
    NoMoney,
}

/// <summary>
/// A table of a plan document: its header (<see cref="ColumnLayout"/>), its data rows (header rows repeated after a
/// page break left out), the unit its amounts are in, and what its rows are.
/// </summary>
internal sealed partial class PlanTable
{
    private PlanTable(int headingLine, int sectionEnd, ColumnLayout layout, IReadOnlyList<TableRow> rows)
    {
        HeadingLine = headingLine;
        SectionEnd = sectionEnd;
        Layout = layout;
        Rows = rows;
    }

    /// <summary>The appendix heading ("Phụ lục …") the table stands under; 0 when it stands in the body of the text.</summary>
    public int HeadingLine { get; }

    /// <summary>The last line of the table's section: the line before the next appendix heading, or the end.</summary>
    public int SectionEnd { get; }

    /// <summary>The column layout of the first header.</summary>
    public ColumnLayout Layout { get; }

    /// <summary>Data rows, header rows removed.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The header's first line.</summary>
    public int FirstLine => Layout.FirstLine;

    /// <summary>The table's last line with data.</summary>
    public int LastLine => Rows.Count > 0 ? Rows[^1].Line : Layout.FirstLine;

    /// <summary>The unit the table states (above it, in its heading or in its header), or null when it states none.</summary>
    public MoneyUnit? StatedUnit { get; private set; }

    /// <summary>Where the unit is stated: the line and the words; null when none.</summary>
    public (int Line, string Text)? UnitStatement { get; private set; }

    /// <summary>The unit amounts are read in: the stated one, or triệu đồng (million VND) when none is stated.</summary>
    public MoneyUnit Unit => StatedUnit ?? MoneyUnit.Million;

    /// <summary>What the rows are.</summary>
    public TableKind Kind { get; private set; }

    /// <summary>"lines 12–30" (or the document's own kind of place).</summary>
    public string Where(PlanText text) => $"lines {FirstLine}–{LastLine}";

    /// <summary>A cell's amount in million VND (the table's unit applied), or null for no money.</summary>
    public decimal? Millions(decimal? amount) => amount is { } a ? Unit.ToMillions(a) : null;

    /// <summary>
    /// Every table of the document, in order: a header starts one; a header repeated after a page break (the same
    /// columns) continues it; a different header, an appendix heading or a paragraph of text ends it.
    /// </summary>
    public static IReadOnlyList<PlanTable> FindAll(PlanText text, FundingSourceLabels labels)
    {
        var headings = text.AppendixHeadings();
        var rows = text.Rows(1, text.Lines.Count);
        var tables = new List<PlanTable>();
        var i = 0;
        while (i < rows.Count)
        {
            if (!ColumnLayout.IsHeaderStart(rows[i]))
            {
                i++;
                continue;
            }

            var layout = ColumnLayout.Read(rows, i, labels);
            var heading = headings.LastOrDefault(h => h <= rows[i].Line);
            var sectionEnd = headings.FirstOrDefault(h => h > rows[i].Line) is var next and > 0 ? next - 1 : text.Lines.Count;
            var data = new List<TableRow>();
            var j = i + layout.HeaderRowCount;
            for (; j < rows.Count; j++)
            {
                if (rows[j].Line > sectionEnd)
                {
                    break;
                }

                // The same header again continues the table after a page break, whatever text the break left.
                if (ColumnLayout.IsHeaderStart(rows[j]))
                {
                    var repeated = ColumnLayout.Read(rows, j, labels);
                    if (repeated.Width != layout.Width || !repeated.Years.SequenceEqual(layout.Years) || repeated.Columns.Count == 0)
                    {
                        break; // another table
                    }

                    if (!repeated.Columns.SequenceEqual(layout.Columns))
                    {
                        layout.ThrowIfUnknownLabels(text, labels);
                        repeated.ThrowIfUnknownLabels(text, labels);
                        throw text.Error(rows[j].Line, $"a repeated table header has different columns from the first one (line {layout.FirstLine})");
                    }

                    j += repeated.HeaderRowCount - 1;
                    continue;
                }

                if (TextBetween(text, rows[j - 1].Line, rows[j].Line))
                {
                    break;
                }

                if (!rows[j].IsBlank && !ColumnLayout.IsColumnNumbers(rows[j]))
                {
                    data.Add(rows[j]);
                }
            }

            var table = new PlanTable(heading, sectionEnd, layout, data);
            table.ReadUnit(text);
            table.Kind = table.Classify(labels);
            tables.Add(table);
            i = j;
        }

        return tables;
    }

    /// <summary>"Tổng cộng", "Tổng số tiền …", "Tổng kinh phí …", "Cộng", "TỔNG SỐ".</summary>
    public static bool IsTotalsLabel(string text)
    {
        var key = CellText.Key(text).Trim(' ', ':', '.', '*');
        return key.StartsWith("tổng", StringComparison.Ordinal) || key is "cộng" or "cộng:" or "tổng cộng" or "cộng chung";
    }

    /// <summary>A row label or code that is a year: "2021", "Năm 2021".</summary>
    public static int? YearOf(string cell)
    {
        var match = YearCell().Match(CellText.Key(cell).Trim(' ', ':', '.'));
        return match.Success ? int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    // Lines of text (not table rows) between two rows end a table — unless they are short: a page number, "(tiếp)".
    private static bool TextBetween(PlanText text, int previous, int next)
    {
        for (var n = previous + 1; n < next; n++)
        {
            var line = CellText.Clean(text.Line(n));
            if (line.Length > 40 || AppendixLike().IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }

    // The unit above the table (up to its appendix heading, at most eight lines up, never past another table), in
    // the heading line itself, or in the header's cells. Two different units for one table are refused.
    private void ReadUnit(PlanText text)
    {
        var found = new List<(MoneyUnit Unit, int Line, string Text)>(Layout.StatedUnits);
        var top = HeadingLine > 0 ? Math.Max(HeadingLine, FirstLine - 12) : Math.Max(1, FirstLine - 8);
        for (var n = FirstLine - 1; n >= top; n--)
        {
            var line = text.Line(n);
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                // A row above the header whose only cell states the unit ("… | | ĐVT: tỷ đồng", a merged cell at the right).
                var cells = line.Split('\t').Select(CellText.Clean).Where(c => c.Length > 0).ToList();
                if (cells.Count == 1 && MoneyUnit.Stated(cells[0], out _) is [var only])
                {
                    found.Add((only, n, cells[0]));
                    continue;
                }

                break;
            }

            foreach (var unit in MoneyUnit.Stated(line, out _))
            {
                found.Add((unit, n, CellText.Clean(line)));
            }
        }

        var distinct = found.Select(f => f.Unit).Distinct().ToList();
        if (distinct.Count > 1)
        {
            var a = found.First(f => f.Unit == distinct[0]);
            var b = found.First(f => f.Unit == distinct[1]);
            throw text.Error(FirstLine,
                $"the table at lines {FirstLine}–{LastLine} states two units: {distinct[0]} (line {a.Line}: '{Short(a.Text)}') and {distinct[1]} (line {b.Line}: '{Short(b.Text)}'); " +
                "a table has one unit — correct the one that is wrong");
        }

        if (found.Count > 0)
        {
            StatedUnit = found[0].Unit;
            UnitStatement = (found[0].Line, found[0].Text);
        }
    }

    private TableKind Classify(FundingSourceLabels labels)
    {
        if (!HoldsMoney())
        {
            return TableKind.NoMoney;
        }

        var rows = Rows.Where(r => !IsTotalsLabel(r.Code) && !IsTotalsLabel(r.Label)
            && !r.Label.StartsWith("Trong đó", StringComparison.OrdinalIgnoreCase)).ToList();
        if (rows.Count == 0)
        {
            return TableKind.Items;
        }

        if (!Layout.Columns.Any(c => c.Year is not null) && rows.All(r => YearOf(r.Code) is not null || YearOf(r.Label) is not null))
        {
            return TableKind.YearRows;
        }

        // A summary: every row names a different source (items that mention "doanh nghiệp" are not sources).
        if (!Layout.HasSourceColumns && rows.Count <= 8)
        {
            var sources = rows.Select(r => labels.TryRead(r.Label)).ToList();
            if (sources.All(s => s is not null) && sources.Distinct().Count() == sources.Count)
            {
                return TableKind.SourceRows;
            }
        }

        return TableKind.Items;
    }

    // Money, not a timeline: money columns whose filled cells mostly read as amounts (a typo stays money and is reported by the parser).
    private bool HoldsMoney()
    {
        if (Layout.Columns.Count == 0 && Layout.UnknownLabels.Count == 0)
        {
            return false;
        }

        var indexes = Layout.Columns.Select(c => c.Index).Concat(Layout.UnknownLabels.Select(u => u.Column)).Distinct().ToList();
        int amounts = 0, other = 0;
        foreach (var row in Rows)
        {
            foreach (var c in indexes)
            {
                var cell = row.Text(c);
                if (cell.Length == 0 || cell is "-" or "–")
                {
                    continue;
                }

                if (VietnameseNumbers.TryParseAmount(cell, out var amount) && amount is not null)
                {
                    amounts++;
                }
                else
                {
                    other++;
                }
            }
        }

        return amounts > 0 && amounts >= other;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..59] + "…";

    [GeneratedRegex(@"^(?:năm\s*)?(?<y>(?:19|20)\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex YearCell();

    [GeneratedRegex(@"^-?\s*\**\s*ph[ụu]\s*l[ụu]c\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppendixLike();
}
