using EcomCompare.Cube.Query;
using EcomCompare.Cube.Sql;

namespace EcomCompare.Cube.Tests;

/// <summary>The cube, queried through DuckDB, reproduces the totals the documents state.</summary>
[Collection(CubeCollection.Name)]
public class CubeTotalsTests(CubeFixture cube)
{
    private async Task<decimal> Sum(string province, string? source = null, int? year = null)
    {
        var result = await cube.Queries.AskAsync(new CubeQuestion([], new CubeSlice
        {
            Provinces = [province],
            Sources = source is null ? [] : [source],
            FromYear = year,
            ToYear = year,
        }));
        return Assert.Single(result.Rows).Amount;
    }

    // Summary tables: Bình Định lines 302–304, Thái Bình 193–196, Cần Thơ Phụ lục 1 rows III–V (320–322).
    [Theory]
    [InlineData("binh-dinh", "central", 2021, 535)]
    [InlineData("binh-dinh", "central", 2022, 905)]
    [InlineData("binh-dinh", "central", 2023, 695)]
    [InlineData("binh-dinh", "central", 2024, 815)]
    [InlineData("binh-dinh", "central", 2025, 835)]
    [InlineData("binh-dinh", "local", 2021, 585)]
    [InlineData("binh-dinh", "local", 2022, 625)]
    [InlineData("binh-dinh", "local", 2023, 585)]
    [InlineData("binh-dinh", "local", 2024, 605)]
    [InlineData("binh-dinh", "local", 2025, 675)]
    [InlineData("thai-binh", "central", 2021, 455)]
    [InlineData("thai-binh", "central", 2022, 420)]
    [InlineData("thai-binh", "central", 2023, 360)]
    [InlineData("thai-binh", "central", 2024, 360)]
    [InlineData("thai-binh", "central", 2025, 530)]
    [InlineData("thai-binh", "local", 2021, 325)]
    [InlineData("thai-binh", "local", 2022, 445)]
    [InlineData("thai-binh", "local", 2023, 560)]
    [InlineData("thai-binh", "local", 2024, 575)]
    [InlineData("thai-binh", "local", 2025, 590)]
    [InlineData("thai-binh", "enterprise", 2021, 20)]
    [InlineData("thai-binh", "enterprise", 2022, 55)]
    [InlineData("thai-binh", "enterprise", 2023, 65)]
    [InlineData("thai-binh", "enterprise", 2024, 65)]
    [InlineData("thai-binh", "enterprise", 2025, 65)]
    [InlineData("can-tho", "central", 2021, 102)]
    [InlineData("can-tho", "central", 2022, 977)]
    [InlineData("can-tho", "central", 2023, 522)]
    [InlineData("can-tho", "central", 2024, 662)]
    [InlineData("can-tho", "central", 2025, 636)]
    [InlineData("can-tho", "local", 2021, 664.3)]
    [InlineData("can-tho", "local", 2022, 459.3)]
    [InlineData("can-tho", "local", 2023, 344.3)]
    [InlineData("can-tho", "local", 2024, 444.3)]
    [InlineData("can-tho", "local", 2025, 430.3)]
    public async Task PerYearPerSourceTotalsEqualTheSummaryTables(string province, string source, int year, decimal stated) =>
        Assert.Equal(stated, await Sum(province, source, year));

    [Theory]
    [InlineData("binh-dinh", "central", 3785)]
    [InlineData("binh-dinh", "local", 3075)]
    [InlineData("thai-binh", "central", 2125)]
    [InlineData("thai-binh", "local", 2495)]
    [InlineData("thai-binh", "enterprise", 270)]
    [InlineData("can-tho", "central", 2899)]
    [InlineData("can-tho", "local", 2342.5)]
    public async Task PerSourceTotalsEqualTheDocuments(string province, string source, decimal stated) =>
        Assert.Equal(stated, await Sum(province, source));

    [Theory]
    [InlineData("binh-dinh", 6860)]
    [InlineData("thai-binh", 4890)]
    [InlineData("can-tho", 5241.5)]
    public async Task ProvinceTotalsEqualTheOfficialGrandTotals(string province, decimal stated)
    {
        Assert.Equal(stated, await Sum(province));
        var record = Assert.Single(await cube.Queries.ProvincesAsync(), p => p.Code == province);
        Assert.Equal((stated, stated), (record.StatedTotal!.Value, record.CubeTotal));
    }

    [Fact]
    public async Task EveryProvinceLevelStatementInTheCubeAgreesWithTheFactsOrIsADiscrepancy()
    {
        // The cube's own stated_figures table, checked against budget_lines in one SQL statement.
        var disagreeing = await cube.Queries.RunAsync(SqlRenderer.Render(new SqlSelect
        {
            Items = [new SqlSelectItem(new SqlAggregate(SqlAggregateKind.Count, null), "n")],
            From = new SqlRelation("stated_figures"),
            Where = new SqlBinary(SqlBinaryOp.And,
                new SqlIsNull(SqlExpr.Col("GroupCode")),
                new SqlIn(
                    SqlExpr.Col("Kind"), [
                        SqlExpr.Param("text-total"), SqlExpr.Param("text-source-total"), SqlExpr.Param("summary-table"),
                        SqlExpr.Param("totals-row")])),
        }), r => { r.Read(); return r.GetInt64(0); });
        Assert.True(disagreeing > 50, $"{disagreeing} province-level statements");

        foreach (var plan in cube.Ingested.Plans)
        {
            foreach (var statement in plan.Statements.Where(
                s => s.Scope.GroupCode is null && s.Kind is not Ingestion.Model.StatementKind.DeclaredShare))
            {
                var inCube = await cube.Queries.AskAsync(new CubeQuestion([], new CubeSlice
                {
                    Provinces = [plan.Plan.Code],
                    Sources = statement.Source is { } s ? [Ingestion.Model.FundingSources.Code(s)] : [],
                    FromYear = statement.Year,
                    ToYear = statement.Year,
                }));
                Assert.True(
                    Assert.Single(inCube.Rows).Amount == statement.Value,
                    $"{plan.Plan.Code} {statement.Origin}: stated {statement.Value}, cube {inCube.Rows[0].Amount}");
            }
        }
    }

    [Fact]
    public async Task SplitSetsGiveTheSharesOfEachProvincesBudget()
    {
        var splits = await cube.Queries.FundingSplitsAsync();
        var thaiBinh = Assert.Single(splits, s => s.ProvinceCode == "thai-binh");
        Assert.Equal((2125m, 2495m, 270m, 4890m), (thaiBinh.Central, thaiBinh.Local, thaiBinh.Enterprise, thaiBinh.Total));
        Assert.Equal(2125.0 / 4890, thaiBinh.CentralShare!.Value, 12);
        var canTho = Assert.Single(splits, s => s.ProvinceCode == "can-tho");
        Assert.Equal(0.0, canTho.EnterpriseShare!.Value);

        var byYear = await cube.Queries.FundingSplitsAsync(byYear: true);
        Assert.Equal(15, byYear.Count);
        Assert.Equal(1436.3m, Assert.Single(byYear, s => s.ProvinceCode == "can-tho" && s.Year == 2022).Total);
    }
}
