using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Tables;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Tests.Documents;

/// <summary>
/// The three shipped plans printed to PDF by LibreOffice (<see cref="PrintedPlans"/>: Word versions with merged
/// header cells, A4 landscape, header rows repeated on every page, rows split by page breaks) and that PDF's
/// <c>pdftotext -layout</c> text read back to the text form's rows, cell for cell, and to the same facts.
/// </summary>
[Trait("Kind", "LibreOffice")]
public class PrintedPlansTests
{
    [OfficeToolsTheory]
    [InlineData("binh-dinh")]
    [InlineData("thai-binh")]
    [InlineData("can-tho")]
    public void EveryTableRowOfAPrintedPlanComesBackWithTheSameCells(string code)
    {
        var pdf = FromPdf(code).Lines.Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(Clean).ToList();
        var j = 0;
        var repeated = 0;
        foreach (var rows in TextRows(code))
        {
            // Rows the text form has not: a header LibreOffice repeats at the head of a page (a row seen before).
            var at = Enumerable.Range(j, Math.Min(4, pdf.Count - j))
                .FirstOrDefault(k => rows.Any(r => pdf.Skip(k).Take(r.Count).SequenceEqual(r)), -1);
            Assert.True(at >= 0, $"not printed as in the text: {rows[0][0]}");
            Assert.All(pdf[j..at], extra => Assert.Contains(extra, pdf[..j]));
            repeated += at - j;
            j = at + rows.First(r => pdf.Skip(at).Take(r.Count).SequenceEqual(r)).Count;
        }

        Assert.True(repeated > 0, "a table runs over a page with its header repeated");
        Assert.All(pdf[j..], extra => Assert.Contains(extra, pdf[..j]));
    }

    [OfficeToolsTheory]
    [InlineData("binh-dinh")]
    [InlineData("thai-binh")]
    [InlineData("can-tho")]
    public void TheBudgetTableReadsTheSameFromThePdfAndFromItsLayoutText(string code)
    {
        var text = Budget(Text(code));
        Assert.Equal(text, Budget(FromPdf(code)));
        Assert.Equal(text, Budget(FromLayout(code)));
    }

    [OfficeToolsTheory]
    [InlineData("binh-dinh")]
    [InlineData("thai-binh")]
    [InlineData("can-tho")]
    public void APrintedPlanAndItsLayoutTextIngestToTheTextsFacts(string code)
    {
        var expected = Plans.Get(code);
        foreach (var text in new[] { FromPdf(code), FromLayout(code) })
        {
            var budget = PlanIngestor.Ingest(expected.Plan with { File = text.Name }, text, Plans.Labels, null);
            Assert.Equal(
                expected.Facts.Select(f => (f.ItemCode, f.Year, f.Source, f.Amount)),
                budget.Facts.Select(f => (f.ItemCode, f.Year, f.Source, f.Amount)));
            Assert.Equal(expected.Items.Select(i => (i.Code, i.Name, i.GroupCode)), budget.Items.Select(i => (i.Code, i.Name, i.GroupCode)));
            Assert.Equal(expected.StatedTotal, budget.StatedTotal);
            Assert.Equal(Statements(expected), Statements(budget));
            Assert.Equal(Discrepancies(expected), Discrepancies(budget));
        }
    }

    [OfficeToolsTheory]
    [InlineData("can-tho")]
    public void APrintedPlansUnitCostBreakdownsReadAsInTheText(string code)
    {
        var expected = Plans.Get(code);
        var budget = PlanIngestor.Ingest(expected.Plan with { File = code + ".pdf" }, FromPdf(code), Plans.Labels, null);
        Assert.Equal(
            expected.Discrepancies.Select(d => (d.Kind, d.Scope, d.Stated, d.Computed)),
            budget.Discrepancies.Select(d => (d.Kind, d.Scope, d.Stated, d.Computed)));
    }

    [OfficeToolsFact]
    public void APdfRowNamesThePageItIsPrintedOn()
    {
        var pdf = FromPdf("thai-binh");
        var table = BudgetTable.Choose(PlanTable.FindAll(pdf, Plans.Labels), pdf);
        foreach (var row in new[] { table.Rows[0], table.Rows[^1] })
        {
            var place = Regex.Match(pdf.Place(row.Line), @"^page (\d+), row (\d+)$");
            Assert.True(place.Success, pdf.Place(row.Line));
            var number = int.Parse(place.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var page = OfficeTools.ToLayoutText(PrintedPlans.Pdf("thai-binh"), number);
            var words = (row.Label.Length > 0 ? row.Label : row.Code).Split(' ');
            Assert.Contains(words[0] + " " + words[1], page, StringComparison.Ordinal);
        }
    }

    private static PlanText Text(string code) => PlanText.Load(Path.Combine(Repo.Sources, Plans.Get(code).Plan.File));

    private static PlanText FromPdf(string code) => PlanText.Parse(code + ".pdf", PrintedPlans.Pdf(code));

    private static PlanText FromLayout(string code) => PlanText.Parse(code + ".layout.txt", System.Text.Encoding.UTF8.GetBytes(PrintedPlans.Layout(code)));

    // The text form's rows, cleaned, each with the ways it may be printed. Where the source's page break cut a row
    // in two, the text form keeps the rest as a row of its own after an empty line (no code, no amount): printed in
    // one table it is either still a row of its own or, read as the end of the cells above, one row with them.
    private static List<List<List<string>>> TextRows(string code)
    {
        var rows = new List<List<string[]>>();
        var gap = false;
        foreach (var line in Text(code).Lines)
        {
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                gap = line.Trim().Length == 0;
                continue;
            }

            var cells = line.Split('\t').Select(CellText.Clean).ToArray();
            if (gap && rows.Count > 0 && cells[0].Length == 0 && cells.All(c => !Regex.IsMatch(c, @"^[\d.,]+$")) && rows[^1][0].Length == cells.Length)
            {
                rows[^1].Add(cells);
            }
            else
            {
                rows.Add([cells]);
            }

            gap = false;
        }

        return rows.Select(group => (List<List<string>>)
        [
            group.Select(r => string.Join('\t', r)).ToList(),
            [string.Join('\t', group.Aggregate((a, b) => a.Zip(b, (x, y) => y.Length == 0 ? x : $"{x} {y}").ToArray()))],
        ]).ToList();
    }

    private static string Clean(string line) => string.Join('\t', line.Split('\t').Select(CellText.Clean));

    // The budget table as the parsers see it: each column's meaning, then each data row's cells.
    private static List<string> Budget(PlanText text)
    {
        var table = BudgetTable.Choose(PlanTable.FindAll(text, Plans.Labels), text);
        return [string.Join(" | ", table.Layout.Columns.Select(c => c.Describe())), .. table.Rows.Select(r => Clean(string.Join('\t', r.Cells)))];
    }

    // The breakdown figures come from Phụ lục 2's unit-cost tables, which the skipped test above covers.
    private static IEnumerable<(StatementKind, int?, FundingSource?, decimal)> Statements(PlanBudget budget) =>
        budget.Statements.Where(s => s.Kind != StatementKind.BreakdownTotal).Select(s => (s.Kind, s.Year, s.Source, s.Value));

    private static IEnumerable<(string, string, decimal?, decimal?)> Discrepancies(PlanBudget budget) =>
        budget.Discrepancies.Where(d => !d.Kind.StartsWith("breakdown", StringComparison.Ordinal)).Select(d => (d.Kind, d.Scope, d.Stated, d.Computed));
}
