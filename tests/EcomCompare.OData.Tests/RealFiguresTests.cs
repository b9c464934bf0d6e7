using System.Text.Json;

namespace EcomCompare.OData.Tests;

/// <summary>Figures the three plan documents state, read over HTTP from the real server (million VND).</summary>
[Collection(ServerCollection.Name)]
public class RealFiguresTests(ODataServer server)
{
    [Fact]
    public async Task GroupByProvinceAndSourceReturnsEachProvincesPerSourceTotalsTheDocumentsState()
    {
        var page = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=groupby((ProvinceCode,SourceCode),aggregate(Amount with sum as Total))");
        var totals = page.GetProperty("value").EnumerateArray()
            .ToDictionary(
                r => (r.GetProperty("ProvinceCode").GetString(), r.GetProperty("SourceCode").GetString()), r => r.GetProperty("Total").GetDecimal());
        Assert.Equal(new Dictionary<(string?, string?), decimal>
        {
            [("binh-dinh", "central")] = 3785m,
            [("binh-dinh", "local")] = 3075m,
            [("thai-binh", "central")] = 2125m,
            [("thai-binh", "local")] = 2495m,
            [("thai-binh", "enterprise")] = 270m,
            [("can-tho", "central")] = 2899m,
            [("can-tho", "local")] = 2342.5m,
        }, totals);
        Assert.EndsWith(
            "/odata/$metadata#BudgetLines(ProvinceCode,SourceCode,Total)", page.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FundingSplitsGiveEachProvincesWholePlanSplitAndShares()
    {
        var rows = (await Http.JsonAsync(server.Client, "odata/FundingSplits")).GetProperty("value").EnumerateArray().ToDictionary(
            r => r.GetProperty("ProvinceCode").GetString()!);
        Assert.Equal(3, rows.Count);
        Assert.Equal((3785m, 3075m, 0m, 6860m), Split(rows["binh-dinh"]));
        Assert.Equal((2125m, 2495m, 270m, 4890m), Split(rows["thai-binh"]));
        Assert.Equal((2899m, 2342.5m, 0m, 5241.5m), Split(rows["can-tho"]));
        Assert.Equal(270.0 / 4890.0, rows["thai-binh"].GetProperty("EnterpriseShare").GetDouble(), 12);
        Assert.Equal("Thái Bình", rows["thai-binh"].GetProperty("Province").GetString());
        Assert.Equal(5241.5m, rows["can-tho"].GetProperty("StatedTotal").GetDecimal());
    }

    [Theory]
    [InlineData("binh-dinh", new[] { 535.0, 905, 695, 815, 835 }, new[] { 585.0, 625, 585, 605, 675 }, new[] { 0.0, 0, 0, 0, 0 })]
    [InlineData("thai-binh", new[] { 455.0, 420, 360, 360, 530 }, new[] { 325.0, 445, 560, 575, 590 }, new[] { 20.0, 55, 65, 65, 65 })]
    [InlineData("can-tho", new[] { 102.0, 977, 522, 662, 636 }, new[] { 664.3, 459.3, 344.3, 444.3, 430.3 }, new[] { 0.0, 0, 0, 0, 0 })]
    public async Task FundingSplitsByYearGiveEveryYearOfEveryProvince(string province, double[] central, double[] local, double[] enterprise)
    {
        var rows = (await Http.JsonAsync(server.Client,
            $"odata/FundingSplitsByYear?$filter=ProvinceCode eq '{province}'&$orderby=Year")).GetProperty("value").EnumerateArray().ToList();
        Assert.Equal([2021, 2022, 2023, 2024, 2025], rows.Select(r => r.GetProperty("Year").GetInt32()));
        Assert.Equal(central.Select(v => (decimal)v), rows.Select(r => r.GetProperty("Central").GetDecimal()));
        Assert.Equal(local.Select(v => (decimal)v), rows.Select(r => r.GetProperty("Local").GetDecimal()));
        Assert.Equal(enterprise.Select(v => (decimal)v), rows.Select(r => r.GetProperty("Enterprise").GetDecimal()));
    }

    [Fact]
    public async Task TheDashboardsComparisonUrlsWork()
    {
        var comparison = await Http.JsonAsync(server.Client,
            "odata/BudgetLines?$apply=filter(ProvinceCode in ('binh-dinh','can-tho') and Year ge 2021 and Year le 2023 and SourceCode in ('central','local'))/groupby((ProvinceCode,SourceCode),aggregate(Amount with sum as Amount))");
        var amounts = comparison.GetProperty("value").EnumerateArray()
            .Select(
                r => $"{r.GetProperty("ProvinceCode").GetString()}/{r.GetProperty("SourceCode").GetString()}={r.GetProperty("Amount").GetDecimal()}");
        Assert.Equal(["binh-dinh/central=2135", "binh-dinh/local=1795", "can-tho/central=1601", "can-tho/local=1467.9"], amounts);

        Assert.Equal(3, (await Http.JsonAsync(server.Client, "odata/FundingSplits")).GetProperty("value").GetArrayLength());
        var year2022 = (await Http.JsonAsync(server.Client,
            "odata/FundingSplitsByYear?$filter=Year eq 2022")).GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(
            [1530m, 920m, 1436.3m], year2022.OrderBy(
                r => r.GetProperty("ProvinceCode").GetString() switch { "binh-dinh" => 0, "thai-binh" => 1, _ => 2 }).Select(
                    r => r.GetProperty("Total").GetDecimal()));
    }

    [Fact]
    public async Task ThaiBinhsManagementCategoryIncludesItsUnitemizedRemainder()
    {
        var all = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=filter(ProvinceCode eq 'thai-binh' and CategoryCode eq 'management')/aggregate(Amount with sum as Total)");
        Assert.Equal(745m, all.GetProperty("value")[0].GetProperty("Total").GetDecimal());
        var unitemized = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=filter(ProvinceCode eq 'thai-binh' and IsUnitemized)/aggregate(Amount with sum as Total,$count as Lines)");
        Assert.Equal(415m, unitemized.GetProperty("value")[0].GetProperty("Total").GetDecimal());
    }

    [Fact]
    public async Task CategoryByYearWithComputeSumsToTheCubeTotal()
    {
        var rows = (await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=groupby((CategoryCode,Year),aggregate(Amount with sum as Total))/compute(Total mul 1000 as TotalMillionsTimesThousand)")).GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(6860m + 4890m + 5241.5m, rows.Sum(r => r.GetProperty("Total").GetDecimal()));
        Assert.All(rows, r => Assert.Equal(r.GetProperty("Total").GetDecimal() * 1000, r.GetProperty("TotalMillionsTimesThousand").GetDecimal()));
        // Seven of the eight categories carry money: no plan budgets anything under "policy".
        Assert.Equal(7, rows.Select(r => r.GetProperty("CategoryCode").GetString()).Distinct().Count());
        Assert.DoesNotContain(rows, r => r.GetProperty("CategoryCode").GetString() == "policy");
    }

    [Fact]
    public async Task DiscrepanciesCountPerProvince()
    {
        Assert.Equal(25, (await Http.JsonAsync(server.Client, "odata/Discrepancies?$count=true&$top=0")).GetProperty("@odata.count").GetInt32());
        foreach (var (province, expected) in new[] { ("binh-dinh", 13), ("thai-binh", 7), ("can-tho", 5) })
        {
            using var response = await Http.GetAsync(server.Client, $"odata/Discrepancies/$count?$filter=ProvinceCode eq '{province}'");
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task KeyLookupsReturnOneEntity()
    {
        var canTho = await Http.JsonAsync(server.Client, "odata/Provinces('can-tho')");
        Assert.Equal("Cần Thơ", canTho.GetProperty("Name").GetString());
        Assert.Equal("2021-06-15", canTho.GetProperty("DecisionDate").GetString());
        Assert.Equal("2021-2025", canTho.GetProperty("PlanPeriod").GetString());
        Assert.Equal(5241.5m, canTho.GetProperty("StatedTotal").GetDecimal());
        Assert.EndsWith("$metadata#Provinces/$entity", canTho.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);

        var line = await Http.JsonAsync(server.Client, "odata/BudgetLines(42)");
        Assert.Equal(42, line.GetProperty("Id").GetInt64());
        var amount = await Http.JsonAsync(server.Client, "odata/BudgetLines(42)/Amount");
        Assert.Equal(line.GetProperty("Amount").GetDecimal(), amount.GetProperty("value").GetDecimal());

        var split = await Http.JsonAsync(server.Client, "odata/FundingSplitsByYear(ProvinceCode='thai-binh',Year=2021)");
        Assert.Equal(20m, split.GetProperty("Enterprise").GetDecimal());
    }

    [Fact]
    public async Task TheDimensionsListTheirMembers()
    {
        var categories = (await Http.JsonAsync(server.Client, "odata/Categories")).GetProperty("value").EnumerateArray().Select(
            c => c.GetProperty("Code").GetString()!).ToList();
        Assert.Equal(
            new[] { "policy", "awareness", "management", "human-resources", "market-trust", "infrastructure", "enterprise-support",
                "digital-transformation" }.Order(StringComparer.Ordinal),
            categories); // in key order
        var sources = (await Http.JsonAsync(server.Client, "odata/FundingSources")).GetProperty("value").EnumerateArray().Select(
            c => c.GetProperty("Code").GetString());
        Assert.Equal(["central", "enterprise", "local"], sources);
    }

    [Fact]
    public async Task FilterFunctionsAndOperatorsRunInDuckDbWithTheRightAnswers()
    {
        async Task<int> Count(string filter) => (await Http.JsonAsync(
            server.Client, $"odata/BudgetLines?$filter={Uri.EscapeDataString(filter)}&$count=true&$top=0")).GetProperty("@odata.count").GetInt32();

        var all = await Count("true");
        Assert.Equal(all, await Count("Agency eq null") + await Count("Agency ne null"));
        Assert.Equal(all, await Count("not (Agency eq 'Sở Công Thương')") + await Count("Agency eq 'Sở Công Thương'"));
        Assert.Equal(await Count("ProvinceCode eq 'can-tho'"), await Count("startswith(tolower(Province),'cần')"));
        Assert.Equal(await Count("SourceCode eq 'enterprise'"), await Count("SourceCode in ('enterprise')"));
        Assert.Equal(await Count("Year eq 2021 or Year eq 2023 or Year eq 2025"), await Count("Year mod 2 eq 1"));
        Assert.Equal(await Count("Year eq 2022 or Year eq 2023"), await Count("Year div 2 eq 1011"));
        Assert.Equal(await Count("Amount gt 100"), await Count("Amount div 2 gt 50"));
    }

    private static (decimal Central, decimal Local, decimal Enterprise, decimal Total) Split(JsonElement row) =>
        (row.GetProperty("Central").GetDecimal(), row.GetProperty("Local").GetDecimal(), row.GetProperty("Enterprise").GetDecimal(),
            row.GetProperty("Total").GetDecimal());
}
