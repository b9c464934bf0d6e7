using System.Net;
using System.Text.Json;

namespace EcomCompare.OData.Tests;

/// <summary>
/// The Explorer's "% of row / column / total" over OData (issue 14): our custom aggregation methods divide a group's
/// sum by its row's, column's or the grand total, in DuckDB. Expected values from the documents' per-source totals
/// (Bình Định 3.785 / 3.075, Thái Bình 2.125 / 2.495 / 270, Cần Thơ 2.899 / 2.342,5; all 16.991,5).
/// </summary>
[Collection(ServerCollection.Name)]
public class ShareMethodsTests(ODataServer server)
{
    private const string Grouping =
        "odata/BudgetLines?$apply=groupby((ProvinceCode,SourceCode),aggregate(Amount with sum as Amount,Amount with EcomCompare.{0} as Share))";

    [Fact]
    public async Task ShareOfRowDividesByTheProvincesTotal()
    {
        var shares = await SharesAsync("shareOfRow");
        Assert.Equal(3785.0 / 6860, shares[("binh-dinh", "central")], 12);
        Assert.Equal(270.0 / 4890, shares[("thai-binh", "enterprise")], 12);
        Assert.Equal(2342.5 / 5241.5, shares[("can-tho", "local")], 12);
        foreach (var province in new[] { "binh-dinh", "thai-binh", "can-tho" })
        {
            Assert.Equal(1.0, shares.Where(s => s.Key.Province == province).Sum(s => s.Value), 12);
        }
    }

    [Fact]
    public async Task ShareOfColumnDividesByTheSourcesTotal()
    {
        var shares = await SharesAsync("shareOfColumn");
        Assert.Equal(3785.0 / (3785 + 2125 + 2899), shares[("binh-dinh", "central")], 12);
        Assert.Equal(1.0, shares[("thai-binh", "enterprise")], 12);
        Assert.Equal(2342.5 / (3075 + 2495 + 2342.5), shares[("can-tho", "local")], 12);
    }

    [Fact]
    public async Task ShareOfTotalDividesByTheGrandTotalAndFollowsTheFilter()
    {
        var shares = await SharesAsync("shareOfTotal");
        Assert.Equal(3785.0 / 16991.5, shares[("binh-dinh", "central")], 12);
        Assert.Equal(1.0, shares.Values.Sum(), 12);

        var filtered = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=filter(ProvinceCode eq 'thai-binh')/groupby((SourceCode),aggregate(Amount with EcomCompare.shareOfTotal as Share))");
        var local = filtered.GetProperty("value").EnumerateArray().Single(r => r.GetProperty("SourceCode").GetString() == "local");
        Assert.Equal(2495.0 / 4890, local.GetProperty("Share").GetDouble(), 12);
    }

    [Fact]
    public async Task APropertyListedInTheRowAndAgainAsTheColumnIsBoth()
    {
        // Rows (province, source) × column province: each row has one cell, 100 % of its row; the column is the province.
        var page = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=groupby((ProvinceCode,SourceCode,ProvinceCode),aggregate(Amount with EcomCompare.shareOfRow as OfRow,Amount with EcomCompare.shareOfColumn as OfColumn))");
        var rows = page.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        Assert.All(rows, r => Assert.Equal(1.0, r.GetProperty("OfRow").GetDouble(), 12));
        var canThoCentral = rows.Single(
            r => r.GetProperty("ProvinceCode").GetString() == "can-tho" && r.GetProperty("SourceCode").GetString() == "central");
        Assert.Equal(2899.0 / 5241.5, canThoCentral.GetProperty("OfColumn").GetDouble(), 12);
    }

    [Fact]
    public async Task TheTotalMethodsGiveTheWholeEachShareDividesBy()
    {
        var page = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$apply=groupby((ProvinceCode,SourceCode),aggregate(Amount with EcomCompare.totalOfRow as OfRow,"
            + "Amount with EcomCompare.totalOfColumn as OfColumn,Amount with EcomCompare.totalOfAll as OfAll))");
        var canThoLocal = page.GetProperty("value").EnumerateArray().Single(
            r => r.GetProperty("ProvinceCode").GetString() == "can-tho" && r.GetProperty("SourceCode").GetString() == "local");
        Assert.Equal(5241.5m, canThoLocal.GetProperty("OfRow").GetDecimal());
        Assert.Equal(3075m + 2495m + 2342.5m, canThoLocal.GetProperty("OfColumn").GetDecimal());
        Assert.Equal(16991.5m, canThoLocal.GetProperty("OfAll").GetDecimal());
    }

    [Theory]
    // A name grouped with its code belongs to the code's dimension: the row stays the province, the column the source.
    [InlineData("ProvinceCode,Province,SourceCode,SourceVi,Source")]
    [InlineData("Province,ProvinceCode,Source,SourceCode")]
    // A name grouped without its code is a dimension of its own, as a code would be.
    [InlineData("Province,SourceVi")]
    public async Task NamesBesideTheirCodesLeaveTheSharesAsTheCodesAloneGiveThem(string grouping)
    {
        var page = await Http.JsonAsync(server.Client, $"odata/BudgetLines?$apply=groupby(({grouping}),aggregate(Amount with sum as Amount,"
            + "Amount with EcomCompare.shareOfRow as Share,Amount with EcomCompare.totalOfRow as Total))");
        var rows = page.GetProperty("value").EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        var thaiBinhEnterprise = rows.Single(r => r.GetProperty("Province").GetString() == "Thái Bình" && r.GetProperty("Amount").GetDecimal() == 270m);
        Assert.Equal(270.0 / 4890, thaiBinhEnterprise.GetProperty("Share").GetDouble(), 12);
        Assert.Equal(4890m, thaiBinhEnterprise.GetProperty("Total").GetDecimal());
        Assert.All(rows.GroupBy(r => r.GetProperty("Province").GetString()), p => Assert.Equal(1.0, p.Sum(r => r.GetProperty("Share").GetDouble()), 12));
    }

    [Fact]
    public async Task AnItemsNameBesideItsCodeButWithoutItsProvinceStaysADimensionOfItsOwn()
    {
        // ItemName depends on the province and the item code together: grouped with ItemCode alone it may still split a
        // group (the same code in two plans), so it keeps its own place in the pivot — here the column: each group's
        // share of the money of the groups with the same item name (folded into ItemCode, it would be a share of everything).
        var page = await Http.JsonAsync(server.Client,
            "odata/BudgetLines?$apply=groupby((ItemCode,ItemName),aggregate(Amount with sum as Amount,Amount with EcomCompare.shareOfColumn as OfColumn))");
        var rows = page.GetProperty("value").EnumerateArray().ToList();
        var byName = rows.GroupBy(r => r.GetProperty("ItemName").GetString())
            .ToDictionary(g => g.Key!, g => g.Sum(r => r.GetProperty("Amount").GetDecimal()));
        Assert.All(rows, r => Assert.Equal(
            (double)(r.GetProperty("Amount").GetDecimal() / byName[r.GetProperty("ItemName").GetString()!]), r.GetProperty("OfColumn").GetDouble(), 9));
        Assert.Contains(rows, r => r.GetProperty("OfColumn").GetDouble() > 0.5);
    }

    [Fact]
    public async Task MetadataDeclaresTheMethodsAndAnUnknownOneIsRefusedByName()
    {
        var metadata = await server.Client.GetStringAsync("odata/$metadata");
        Assert.Contains("<String>EcomCompare.shareOfRow</String>", metadata, StringComparison.Ordinal);

        using var response = await server.Client.GetAsync(
            "odata/BudgetLines?$apply=groupby((ProvinceCode),aggregate(Amount with EcomCompare.median as M))");
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("EcomCompare.median", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var text = await server.Client.GetAsync(
            "odata/BudgetLines?$apply=groupby((ProvinceCode),aggregate(ItemName with EcomCompare.shareOfTotal as S))");
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
    }

    private async Task<Dictionary<(string Province, string Source), double>> SharesAsync(string method)
    {
        var page = await Http.JsonAsync(server.Client, string.Format(System.Globalization.CultureInfo.InvariantCulture, Grouping, method));
        return page.GetProperty("value").EnumerateArray().ToDictionary(
            r => (r.GetProperty("ProvinceCode").GetString()!, r.GetProperty("SourceCode").GetString()!),
            r => r.GetProperty("Share").GetDouble());
    }
}

/// <summary>Options after <c>$apply</c> see its result only; naming a property the grouping dropped gets plain words.</summary>
[Collection(ServerCollection.Name)]
public class OptionsAfterApplyTests(ODataServer server)
{
    [Theory]
    [InlineData("$filter=ProvinceCode eq 'thai-binh'", "$filter")]
    [InlineData("$orderby=ProvinceCode", "$orderby")]
    public async Task APropertyTheGroupingDroppedIsNamedWithTheResultsOwnNamesAndTheFix(string option, string target)
    {
        using var response = await Http.GetAsync(
            server.Client, "odata/BudgetLines?$apply=groupby((SourceCode),aggregate(Amount with sum as Total))&" + option);
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(target, error.GetProperty("target").GetString());
        Assert.Equal(
            $"{target} applies to the result of $apply, which has only SourceCode, Total; 'ProvinceCode' is not in it. To keep some rows before grouping, filter inside $apply: $apply=filter(ProvinceCode eq …)/groupby(…).",
            error.GetProperty("message").GetString());
    }
}
