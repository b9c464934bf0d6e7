using System.Text;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// Plans written for these tests (Fixtures/), in the wordings and layouts real plans use that the shipped three do
/// not: NSTW/NSĐP/XHH columns, "Tổng kinh phí dự kiến: N triệu đồng", a whole-period table with a timeline
/// appendix after it. The answer keys are the fixtures' numbers added up by hand, not by the parser.
/// </summary>
public class MadeUpPlansTests
{
    internal static string Fixtures => Path.Combine(Repo.Root, "tests", "EcomCompare.Ingestion.Tests", "Fixtures");

    internal static PlanBudget Ingest(string file, Func<string, string>? edit = null, string shape = "")
    {
        var text = File.ReadAllText(Path.Combine(Fixtures, file));
        var plan = new ProvincePlan(Path.GetFileNameWithoutExtension(file), file, "Test", "1/QĐ-UBND", null, "2021-2025", "—", shape, GroupKind.Tasks, file);
        return PlanIngestor.Ingest(plan, PlanText.Parse(file, Encoding.UTF8.GetBytes(edit is null ? text : edit(text))), Plans.Labels, null);
    }

    private static IngestionException Fails(string file, Func<string, string> edit) => Assert.Throws<IngestionException>(() => Ingest(file, edit));

    private static string NoTextTotal(string text) => Replace(text, "Tổng nguồn vốn thực hiện Kế hoạch: 5,2 tỷ đồng.", "Nguồn vốn theo Phụ lục 1.");

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void NstwNsdpXhhColumnsAreReadByYearAndSource()
    {
        var plan = Ingest("song-xanh.txt");

        Assert.Equal("year-source-columns", plan.Plan.Shape);
        Assert.True(plan.Table!.ShapeDetected);
        Assert.Equal((17, 21, 28), (plan.Table.HeadingLine, plan.Table.FirstLine, plan.Table.LastLine));
        // By hand: I.1 500+400+500+400, I.2 300+300, II.1 500+800+500+500+800+600.
        Assert.Equal(6100m, plan.Facts.Sum(f => f.Amount));
        Assert.Equal(2000m, plan.Sum(source: FundingSource.Central));
        Assert.Equal(3000m, plan.Sum(source: FundingSource.Local));
        Assert.Equal(1100m, plan.Sum(source: FundingSource.Enterprise));
        Assert.Equal(3000m, plan.Sum(year: 2021));
        Assert.Equal(3100m, plan.Sum(year: 2022));
        Assert.Equal(["I.1", "I.2", "II.1"], plan.Items.Select(i => i.Code));
        Assert.Equal(6100m, plan.StatedTotal);
        Assert.Empty(plan.Discrepancies);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void TheTextTotalAndItsSourceLinesInTriệuĐồngAreStated()
    {
        var stated = Ingest("song-xanh.txt")
            .Statements.Where(s => s.Kind is StatementKind.TextTotal or StatementKind.TextTotalInWords or StatementKind.TextSourceTotal)
            .Select(s => (s.Kind, s.Source, s.Value, s.Origin.Line)).ToList();
        Assert.Equal(
            [
                (StatementKind.TextTotal, null, 6100m, 9), (StatementKind.TextTotalInWords, null, 6100m, 9),
                (StatementKind.TextSourceTotal, FundingSource.Central, 2000m, 11), (StatementKind.TextSourceTotal, FundingSource.Local, 3000m, 12),
                (StatementKind.TextSourceTotal, FundingSource.Enterprise, 1100m, 13),
            ],
            stated);
    }

    [Fact]
    public void APlantedTextTotalErrorIsReported()
    {
        var plan = Ingest("song-xanh.txt", t => Replace(t, "dự kiến: 6.100 triệu đồng", "dự kiến: 6.010 triệu đồng"));
        var d = Assert.Single(plan.Discrepancies);
        Assert.Equal(("text-total", 6010m, 6100m, 9), (d.Kind, d.Stated, d.Computed, d.Origin.Line));
    }

    [Theory]
    [InlineData("Tổng kinh phí dự kiến: 6.100 triệu đồng (Sáu tỷ một trăm triệu đồng), trong đó:", "Tổng kinh phí thực hiện Kế hoạch là: 6.100.000.000 đồng, trong đó:")]
    [InlineData("Tổng kinh phí dự kiến: 6.100 triệu đồng (Sáu tỷ một trăm triệu đồng), trong đó:", "Tổng nguồn vốn: 6,1 tỷ đồng, gồm:")]
    [InlineData("Tổng kinh phí dự kiến: 6.100 triệu đồng (Sáu tỷ một trăm triệu đồng), trong đó:", "Kinh phí thực hiện: 6.100 triệu đồng.")]
    [InlineData("Tổng kinh phí dự kiến: 6.100 triệu đồng (Sáu tỷ một trăm triệu đồng), trong đó:", "Tổng kinh phí dự kiến là: Sáu tỷ một trăm triệu đồng.")]
    [InlineData("- Ngân sách Trung ương hỗ trợ: 2.000 triệu đồng", "+ NSTW: 2 tỷ đồng")]
    [InlineData("- Ngân sách Trung ương hỗ trợ: 2.000 triệu đồng", "a) Hỗ trợ từ trung ương: 2.000.000.000 đồng")]
    public void EveryCommonWordingStatesTheSameTotal(string from, string to)
    {
        var plan = Ingest("song-xanh.txt", t => Replace(t, from, to));
        Assert.Equal(6100m, plan.StatedTotal);
        Assert.Equal(2000m, plan.Statements.Single(s => s.Kind == StatementKind.TextSourceTotal && s.Source == FundingSource.Central).Value);
        Assert.Empty(plan.Discrepancies);
    }

    [Fact]
    public void APlanWithNoStatedTotalBuildsWithAWarning()
    {
        var plan = Ingest("song-xanh.txt", t => Replace(t, "Tổng kinh phí dự kiến: 6.100 triệu đồng (Sáu tỷ một trăm triệu đồng), trong đó:", "Kinh phí như sau:"));
        Assert.Null(plan.StatedTotal);
        var warning = Assert.Single(plan.Warnings);
        Assert.StartsWith("song-xanh.txt: no stated total found in the text", warning.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("the cube's 6.100 triệu đồng is not checked against an official total", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWholePeriodTableIsFoundBeforeItsTimelineAndItsFactsHaveNoYear()
    {
        var plan = Ingest("nui-do.txt");

        Assert.Equal("whole-period-columns", plan.Plan.Shape);
        Assert.Equal((11, 15, 22), (plan.Table!.HeadingLine, plan.Table.FirstLine, plan.Table.LastLine));
        Assert.All(plan.Facts, f => Assert.Null(f.Year));
        // By hand: 500+300+200+200 · 1000+1000+500 · 500+800+200.
        Assert.Equal(5200m, plan.Facts.Sum(f => f.Amount));
        Assert.Equal(1700m, plan.Sum(source: FundingSource.Central));
        Assert.Equal(2000m, plan.Sum(source: FundingSource.Local));
        Assert.Equal(1300m, plan.Sum(source: FundingSource.Enterprise));
        Assert.Equal(200m, plan.Sum(source: FundingSource.Other));
        Assert.Equal(5200m, plan.StatedTotal); // "5,2 tỷ đồng"
        Assert.Empty(plan.Discrepancies);
        Assert.Equal(5200m, plan.NoYearAmount);
        Assert.Equal("nui-do.txt:15: 5.200 triệu đồng of this province has no year split: it counts in the period totals and in no single year", Assert.Single(plan.Warnings).ToString());
        Assert.Equal(
            [(3, "Tổng", null), (4, "Ngân sách Trung ương (hỗ trợ)", FundingSource.Central), (5, "Ngân sách tỉnh", FundingSource.Local),
                (6, "Doanh nghiệp/XHH", FundingSource.Enterprise), (7, "Nguồn vốn hợp pháp khác", FundingSource.Other)],
            plan.Table.Columns.Select(c => (c.Column, c.Header, c.Source)));
    }

    [Fact]
    public void AWholePeriodGroupHeaderAboveItsItemsIsReconciledPerSource()
    {
        // Group II's header says 1.100 of local money; its items carry 1.500 → one group-header discrepancy.
        var plan = Ingest("nui-do.txt", t => Replace(t, "<b>4.000</b>\t<b>1.000</b>\t<b>1.500</b>", "<b>3.600</b>\t<b>1.000</b>\t<b>1.100</b>"));
        Assert.Equal(
            [("group-header", "group II", 3600m, 4000m), ("group-header", "group II · local", 1100m, 1500m)],
            plan.Discrepancies.Select(d => (d.Kind, d.Scope, d.Stated!.Value, d.Computed!.Value)));
    }

    [Fact]
    public void AnUnknownHeaderLabelNamesTheLabelTheHeaderLineAndTheTable()
    {
        var error = Fails("song-xanh.txt", t => Replace(t, "\tNSTW\tNSĐP\tXHH\tNSTW", "\tNSTW\tNSĐP\tVốn ODA\tNSTW"));
        Assert.Equal(("song-xanh.txt", 22), (error.File, error.Line));
        Assert.StartsWith("song-xanh.txt:22: unknown funding-source label 'Vốn ODA' in the table header (column 5): add it to ", error.Message, StringComparison.Ordinal);
        Assert.Contains("funding-sources.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWholePeriodHeaderWithAnUnknownSourceNamesIt()
    {
        var error = Fails("nui-do.txt", t => Replace(t, "\tNguồn vốn hợp pháp khác", "\tVốn ODA"));
        Assert.StartsWith("nui-do.txt:15: unknown funding-source label 'Vốn ODA' in the table header (column 7)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABudgetTableWithoutItsTotalsRowIsRefusedWhenTheTextStatesNoTotalEither()
    {
        // Without its totals row and with no total in the text, nothing would show that the table was cut short.
        var error = Fails("nui-do.txt", t => NoTextTotal(Replace(t, "\t<b>Tổng cộng</b>\t<b>5.200</b>\t<b>1.700</b>\t<b>2.000</b>\t<b>1.300</b>\t<b>200</b>\n", string.Empty)));
        Assert.Equal("nui-do.txt:21: the budget table (lines 15–21) has no totals row ('Tổng cộng', 'Cộng') and the text states no total: the table may end early; add the totals row", error.Message);
    }

    [Fact]
    public void ABudgetTableWithoutItsTotalsRowIsCheckedAgainstTheTextsTotal()
    {
        // The text's total checks the table instead: a row cut off shows as a difference, not as silence.
        var plan = Ingest("nui-do.txt", t => Replace(t, "\t<b>Tổng cộng</b>\t<b>5.200</b>\t<b>1.700</b>\t<b>2.000</b>\t<b>1.300</b>\t<b>200</b>\n", string.Empty));
        Assert.Equal(5200m, plan.Facts.Sum(f => f.Amount));
        Assert.Equal(5200m, plan.StatedTotal);
    }

    [Fact]
    public void TwoCandidateBudgetTablesAreRefusedNamingBoth()
    {
        // The timeline's x marks become amounts: now two appendices hold money.
        var error = Fails("nui-do.txt", t => Replace(t, "\tx", "\t100"));
        Assert.Equal(28, error.Line);
        Assert.StartsWith("nui-do.txt:28: two tables look like the budget table: lines 15–22 and lines 28–32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANamedShapeThatDoesNotFitIsRefusedAtTheHeader()
    {
        var error = Assert.Throws<IngestionException>(() => Ingest("nui-do.txt", shape: "year-source-columns"));
        Assert.Equal(
            "nui-do.txt:15: manifest.tsv says the budget table's shape is 'year-source-columns' but the table at lines 15–22 reads as 'whole-period-columns': " +
            "correct the manifest, or leave the shape empty to detect it",
            error.Message);
    }

    [Fact]
    public void ATableInThousandsOfĐồngWithSubSourcesAndAnAgencyColumnIsReadInMillionsPerPart()
    {
        var plan = Ingest("doi-che.txt");

        // By hand, from the fixture's cells (1.000 đồng): central 300+200+100+200+200 = 1.000; provincial
        // 100+100+200+200+100+100 = 800; district 50+50+100+100 = 300; enterprise 100+200 = 300 — million đồng.
        Assert.Equal(("year-source-columns", "nghìn đồng"), (plan.Plan.Shape, plan.Table!.Unit));
        Assert.Equal(2400m, plan.Facts.Sum(f => f.Amount));
        Assert.Equal(1000m, plan.Sum(source: FundingSource.Central));
        Assert.Equal(800m, plan.Facts.Where(f => f.SubSource == "provincial").Sum(f => f.Amount));
        Assert.Equal(300m, plan.Facts.Where(f => f.SubSource == "district").Sum(f => f.Amount));
        Assert.Equal(1100m, plan.Sum(source: FundingSource.Local));
        Assert.Equal(300m, plan.Sum(source: FundingSource.Enterprise));
        Assert.Equal(1050m, plan.Sum(year: 2021));
        Assert.All(plan.Facts.Where(f => f.Source != FundingSource.Local), f => Assert.Null(f.SubSource));

        // The group headers state each part and the text each source: all reconcile as sums of parts.
        Assert.Empty(plan.Discrepancies);
        Assert.Equal([2400m, 2400m],
            plan.Statements.Where(s => s.Kind is StatementKind.TextTotal or StatementKind.TextTotalInWords).Select(s => s.Value));
        Assert.Equal(["Sở Công Thương", "Sở Thông tin và Truyền thông", "Sở Công Thương"], plan.Items.Select(i => i.Agency));
        Assert.Equal(["1.1", "1.2", "2.1"], plan.Items.Select(i => i.Code));
    }

    [Fact]
    public void MoneyByYearWithoutTasksIsKeptAsOneItemNotBrokenDownByTask()
    {
        var plan = Ingest("ben-song.txt");

        Assert.Equal("year-rows", plan.Plan.Shape);
        var item = Assert.Single(plan.Items);
        Assert.True(item.IsUntasked);
        Assert.Equal([500m, 600m, 600m, 650m, 650m], Enumerable.Range(2021, 5).Select(y => plan.Sum(year: y)));
        Assert.Equal((1000m, 1600m, 400m),
            (plan.Sum(source: FundingSource.Central), plan.Sum(source: FundingSource.Local), plan.Sum(source: FundingSource.Enterprise)));
        Assert.Empty(plan.Discrepancies);
        Assert.Equal(3000m, plan.StatedTotal);
        var warning = Assert.Single(plan.Warnings);
        Assert.Equal((IngestionWarning.NoTaskSplit, 3000m), (warning.Kind, warning.Amount));
    }

    [Fact]
    public void APlantedCellErrorInAPartIsReportedAgainstThatPartOnly()
    {
        // 1.2's district 2022 cell 100.000 → 10.000: the group header's district cell and the totals row disagree with
        // the items, the provincial cells beside them do not.
        var plan = Ingest("doi-che.txt", t => Replace(t, "\t200.000\t100.000\t\n<b>2", "\t200.000\t10.000\t\n<b>2"));
        Assert.NotEmpty(plan.Discrepancies);
        Assert.All(plan.Discrepancies.Where(d => d.Kind is "group-header" or "totals-row"), d => Assert.Equal(90m, d.Difference));
        Assert.DoesNotContain(plan.Discrepancies, d => d.Figures.GetValueOrDefault(DiscrepancyFigure.Source) == "local" && d.Difference != 90m);
    }
}
