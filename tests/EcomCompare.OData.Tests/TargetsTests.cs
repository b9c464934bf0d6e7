namespace EcomCompare.OData.Tests;

/// <summary>The plans' 2025 targets over OData (issue #6): same query support as the other sets.</summary>
[Collection(ServerCollection.Name)]
public class TargetsTests(ODataServer server)
{
    [Fact]
    public async Task FiltersByIndicatorAndKeepsComparatorsAndRanges()
    {
        var rows = (await Http.JsonAsync(
            server.Client, "odata/Targets?$filter=IndicatorCode eq 'cashless-payment'&$orderby=Value desc,ProvinceCode&$select=ProvinceCode,Value,Comparator,Unit,Line"))
            .GetProperty("value").EnumerateArray()
            .Select(
                r => (r.GetProperty("ProvinceCode").GetString(), r.GetProperty("Value").GetDecimal(), r.GetProperty("Comparator").GetString(),
                    r.GetProperty("Line").GetInt32()))
            .ToList();
        Assert.Equal([("can-tho", 50m, "above", 106), ("thai-binh", 50m, "exactly", 59), ("binh-dinh", 35m, "exactly", 160)], rows);

        var smes = Assert.Single(
            (await Http.JsonAsync(server.Client,
                "odata/Targets?$filter=ProvinceCode eq 'binh-dinh' and IndicatorCode eq 'smes-on-marketplaces'")).GetProperty("value").EnumerateArray());
        Assert.Equal(
            (40m, 50m, "range", "%"),
            (smes.GetProperty("Value").GetDecimal(), smes.GetProperty("ValueMax").GetDecimal(), smes.GetProperty("Comparator").GetString(),
                smes.GetProperty("Unit").GetString()));
        Assert.StartsWith("Có 40-50% doanh nghiệp nhỏ và vừa", smes.GetProperty("Text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupsByIndicatorWithACount()
    {
        var page = await Http.JsonAsync(
            server.Client, "odata/Targets?$apply=groupby((IndicatorCode),aggregate($count as Provinces))&$filter=Provinces eq 3&$orderby=IndicatorCode");
        var all3 = page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("IndicatorCode").GetString()).ToList();
        Assert.Equal(
            [
                "b2c-retail-share", "cashless-payment", "e-invoices", "enterprises-mobile-apps", "last-mile-cost", "online-shoppers",
                "payment-intermediaries", "smes-on-marketplaces", "trainees", "utilities-e-contracts", "websites-online-ordering"], all3);
    }

    [Fact]
    public async Task CountsEveryTargetAndKeepsTheOnesWithoutAnIndicator()
    {
        Assert.Equal(51, (await Http.JsonAsync(server.Client, "odata/Targets?$count=true&$top=0")).GetProperty("@odata.count").GetInt32());
        var other = Assert.Single(
            (await Http.JsonAsync(server.Client, "odata/Targets?$filter=IndicatorCode eq 'other'")).GetProperty("value").EnumerateArray());
        Assert.Equal(("thai-binh", 83), (other.GetProperty("ProvinceCode").GetString(), other.GetProperty("Line").GetInt32()));
        Assert.Equal(JsonValueKindNull, other.GetProperty("Value").ValueKind);
    }

    [Fact]
    public async Task IndicatorsNameTheirUnitAndTheBudgetCategoryThatServesThem()
    {
        var trainees = await Http.JsonAsync(server.Client, "odata/Indicators('trainees')");
        Assert.Equal(("persons", "human-resources", "Lượt người được đào tạo kỹ năng TMĐT"),
            (trainees.GetProperty("Unit").GetString(), trainees.GetProperty("CategoryCode").GetString(), trainees.GetProperty("NameVi").GetString()));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
