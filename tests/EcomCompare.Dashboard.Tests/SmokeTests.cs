using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

public class SmokeTests
{
    [Fact]
    public async Task QueryParametersReachThePage()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?mode=year&year=2022");
        Assert.Empty(page.Errors);
        Assert.Equal("905", page.Text("amount-binh-dinh-central"));
        await page.ClickAsync(a => (a.GetValueOrDefault("aria-label") as string) == "Thái Bình", "Thái Bình checkbox");
        Assert.Equal("http://localhost/?provinces=binh-dinh,can-tho&mode=year&year=2022", page.Uri);
        await page.WaitForAsync(() => !page.Has("split-row-thai-binh"), "Thái Bình gone");
    }
}
