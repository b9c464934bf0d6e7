using System.Net;
using System.Text.Json;
using EcomCompare.Testing;

namespace EcomCompare.OData.Tests;

/// <summary>Server-driven paging with a small page (50 rows): every row exactly once, whatever the order, even concurrently.</summary>
public sealed class PagingTests : IAsyncLifetime
{
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync(null, "--OData:PageSize", "50");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task FollowingNextLinksReturnsEveryBudgetLineExactlyOnce()
    {
        var (rows, pages) = await Http.AllPagesAsync(_server.Client, "odata/BudgetLines?$select=Id");
        Assert.Equal(6, pages); // 287 rows, 50 a page
        Assert.Equal(Enumerable.Range(1, 287).Select(i => (long)i), rows.Select(r => r.GetProperty("Id").GetInt64()));
    }

    [Fact]
    public async Task PagingByANullableDescendingKeyKeepsTheOrderAndLosesNothing()
    {
        var (rows, _) = await Http.AllPagesAsync(_server.Client,
            "odata/BudgetLines?$select=Id,Agency,Amount&$orderby=Agency desc,Amount&$count=true");
        Assert.Equal(287, rows.Count);
        Assert.Equal(287, rows.Select(r => r.GetProperty("Id").GetInt64()).Distinct().Count());
        var keys = rows.Select(
            r => (Agency: r.GetProperty("Agency").GetString(), Amount: r.GetProperty("Amount").GetDecimal(), Id: r.GetProperty("Id").GetInt64())).ToList();
        var expected = keys
            .OrderBy(k => k.Agency is null ? 1 : 0) // nulls last when descending
            .ThenByDescending(k => k.Agency, StringComparer.Ordinal)
            .ThenBy(k => k.Amount)
            .ThenBy(k => k.Id)
            .ToList();
        Assert.Equal(expected, keys);
    }

    [Fact]
    public async Task TopAndSkipSpanPagesAndTheCountStaysTheWholeSet()
    {
        var (rows, pages) = await Http.AllPagesAsync(_server.Client, "odata/BudgetLines?$select=Id&$skip=10&$top=120");
        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(11, 120).Select(i => (long)i), rows.Select(r => r.GetProperty("Id").GetInt64()));

        var first = await Http.JsonAsync(_server.Client, "odata/BudgetLines?$select=Id&$count=true&$filter=Year ge 2023");
        var next = await Http.JsonAsync(_server.Client, first.GetProperty("@odata.nextLink").GetString()!);
        Assert.Equal(first.GetProperty("@odata.count").GetInt32(), next.GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public async Task AggregatedResultsPageByTheirGroupingKeys()
    {
        var (rows, pages) = await Http.AllPagesAsync(
            _server.Client, "odata/BudgetLines?$apply=groupby((ProvinceCode,ItemCode,Year),aggregate(Amount with sum as Total))");
        Assert.True(pages > 2);
        var groups = rows.Select(
            r => (r.GetProperty("ProvinceCode").GetString(), r.GetProperty("ItemCode").GetString(), r.GetProperty("Year").GetInt32())).ToList();
        Assert.Equal(groups.Count, groups.Distinct().Count());
        Assert.Equal(6860m + 4890m + 5241.5m, rows.Sum(r => r.GetProperty("Total").GetDecimal()));

        var (byTotal, _) = await Http.AllPagesAsync(
            _server.Client, "odata/BudgetLines?$apply=groupby((ProvinceCode,ItemCode,Year),aggregate(Amount with sum as Total))&$orderby=Total desc");
        Assert.Equal(
            groups.Order().ToList(), byTotal.Select(
                r => (r.GetProperty("ProvinceCode").GetString(), r.GetProperty("ItemCode").GetString(), r.GetProperty("Year").GetInt32())).Order().ToList());
        Assert.Equal(
            byTotal.Select(r => r.GetProperty("Total").GetDecimal()).OrderDescending(), byTotal.Select(r => r.GetProperty("Total").GetDecimal()));
    }

    [Fact]
    public async Task ConcurrentReadersEachGetEveryRowOnce()
    {
        string[] orders = ["Id", "Amount desc", "Year,SourceCode", "Agency", "ItemName desc", "Line", "ProvinceCode desc,Amount", "CategoryCode"];
        var results = await Task.WhenAll(orders.Select(async order =>
            (await Http.AllPagesAsync(_server.Client, $"odata/BudgetLines?$select=Id&$orderby={order}")).Rows.Select(
                r => r.GetProperty("Id").GetInt64()).ToList()));
        Assert.All(results, ids => Assert.Equal(Enumerable.Range(1, 287).Select(i => (long)i), ids.Order()));
    }

    [Fact]
    public async Task ThePreferHeaderSetsASmallerPage()
    {
        using var response = await Http.GetAsync(
            _server.Client, "odata/BudgetLines?$select=Id", Http.PowerQueryAccept, ("Prefer", "odata.maxpagesize=20"));
        Assert.Equal(["odata.maxpagesize=20"], response.Headers.GetValues("Preference-Applied"));
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(20, page.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task ASkipTokenFromAnotherQueryIsRefused()
    {
        var page = await Http.JsonAsync(_server.Client, "odata/BudgetLines?$select=Id&$orderby=Amount");
        var token = new Uri(page.GetProperty("@odata.nextLink").GetString()!).Query.Split("$skiptoken=")[1];
        using var response = await Http.GetAsync(_server.Client, "odata/BudgetLines?$select=Id&$orderby=Year&$skiptoken=" + token);
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("$skiptoken", error.GetProperty("target").GetString());
    }
}
