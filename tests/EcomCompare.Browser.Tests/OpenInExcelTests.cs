using System.Globalization;
using System.Net;
using System.Text.Json;
using EcomCompare.Browser.Tests.Support;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// "Open in Excel": the OData address the page shows, fetched as Excel would, returns the numbers on screen.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class OpenInExcelTests(DashboardFixture dashboard)
{
    // Power Query's own Accept header (issue #3).
    private const string PowerQueryAccept =
        "application/json;odata.metadata=minimal;q=1.0,application/json;odata=minimalmetadata;q=0.9,application/atomsvc+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,text/plain;q=0.7";

    [Theory]
    [InlineData("/")]
    [InlineData("/?mode=year&year=2022")]
    [InlineData("/?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local&categories=awareness")]
    [InlineData("/?provinces=thai-binh&sources=enterprise,local&years=2023-2025")]
    public async Task TheODataAddressReturnsTheSameNumbersAsTheView(string address)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync(address);
        var odata = await page.ByTestId("odata-url").InputValueAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, odata);
        request.Headers.TryAddWithoutValidation("Accept", PowerQueryAccept);
        request.Headers.TryAddWithoutValidation("OData-MaxVersion", "4.0");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var fromOData = AmountsByProvinceAndSource(json.RootElement.GetProperty("value"));
        var onScreen = new Dictionary<(string, string), decimal>();
        foreach (var row in await page.Page.Locator("td[data-testid^='amount-']").AllAsync())
        {
            var id = (await row.GetAttributeAsync("data-testid"))!["amount-".Length..];
            if (id.StartsWith("all-", StringComparison.Ordinal))
            {
                continue;
            }

            var text = (await row.InnerTextAsync()).Trim();
            var source = id[(id.LastIndexOf('-') + 1)..];
            var province = id[..id.LastIndexOf('-')];
            if (text != "–")
            {
                onScreen[(province, source)] = decimal.Parse(
                    text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
            }
        }

        Assert.NotEmpty(onScreen);
        Assert.Equal(onScreen.OrderBy(p => p.Key), fromOData.Where(p => p.Value != 0).OrderBy(p => p.Key));
    }

    /// <summary>The page's one OData shape, filtered or not: per-province, per-source rows of a <c>$apply</c> groupby.</summary>
    private static Dictionary<(string, string), decimal> AmountsByProvinceAndSource(JsonElement rows)
    {
        var result = new Dictionary<(string, string), decimal>();
        foreach (var row in rows.EnumerateArray())
        {
            result[(row.GetProperty("ProvinceCode").GetString()!, row.GetProperty("SourceCode").GetString()!)] =
                row.GetProperty("Amount").GetDecimal();
        }

        return result;
    }
}
