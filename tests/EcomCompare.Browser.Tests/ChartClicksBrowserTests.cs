using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// Charts you can use (issue 25, 6), in both languages at 1440 and 390 px: a click (or Enter) on a segment, point
/// or legend item filters the view by what it stands for, the address says so and Back undoes it; the tooltip says
/// the value, share and unit on hover and on keyboard focus. Figures from the documents.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class ChartClicksBrowserTests(DashboardFixture dashboard)
{
    public static TheoryData<string, int> LanguagesAndWidths() => new()
    {
        { "vi", 1440 },
        { "en", 1440 },
        { "vi", 390 },
        { "en", 390 },
    };

    private Task<WatchedPage> OpenPageAsync(int width) =>
        dashboard.NewPageAsync(width == Chromium.Phone.Width ? Chromium.Phone : Chromium.Desktop);

    private static string WithLanguage(string address, string language) =>
        language == "en" ? address + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en" : address;

    private string Absolute(string address) => dashboard.Server.BaseAddress + address.TrimStart('/');

    private static Task<string?> FocusedTestIdAsync(WatchedPage page) =>
        page.Page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-testid')");

    [Theory]
    [MemberData(nameof(LanguagesAndWidths))]
    public async Task ClickingASegmentFiltersToItsProvinceAndSourceAndBackUndoesIt(string language, int width)
    {
        var en = language == "en";
        await using var page = await OpenPageAsync(width);
        await page.OpenAsync(WithLanguage("/", language));
        await page.Page.EvaluateAsync("() => window.ecSameDocument = true");

        await page.ByTestId("share-chart-thai-binh-local").Locator("a.ec-mark").ClickAsync();

        await page.Page.WaitForURLAsync(Absolute(WithLanguage("/?provinces=thai-binh&sources=local", language)));
        await page.WaitForTextAsync("total-all", en ? "2,495" : "2.495");
        Assert.Equal(0, await page.ByTestId("split-row-binh-dinh").CountAsync());
        var filters = await page.ByTestId("print-filters").TextContentAsync() ?? string.Empty;
        Assert.Contains("Thái Bình", filters, StringComparison.Ordinal);
        Assert.DoesNotContain("Bình Định", filters, StringComparison.Ordinal);
        Assert.Contains(en ? "Local" : "Địa phương", filters, StringComparison.Ordinal);
        // The live page went there itself (no reload): the filter is as quick as the filter panel's.
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.ecSameDocument === true"));

        await page.Page.GoBackAsync();
        await page.Page.WaitForURLAsync(Absolute(WithLanguage("/", language)));
        await page.WaitForTextAsync("total-all", en ? "16,991.5" : "16.991,5");
        Assert.Equal(1, await page.ByTestId("split-row-binh-dinh").CountAsync());
        Assert.Empty(page.Problems);
    }

    [Theory]
    [MemberData(nameof(LanguagesAndWidths))]
    public async Task TheKeyboardMovesAlongATrendsPointsWithTheirTooltipAndEnterFilters(string language, int width)
    {
        var en = language == "en";
        await using var page = await OpenPageAsync(width);
        await page.OpenAsync(WithLanguage("/trends", language));
        var tip = page.ByTestId("chart-tip");

        // The chart's one Tab stop is its first point: Bình Định's central money in 2021, 535 of 1.120.
        await page.ByTestId("trend-binh-dinh").Locator("a.ec-mark[tabindex='0']").FocusAsync();
        Assert.Equal("mark-trend-binh-dinh-central-2021", await FocusedTestIdAsync(page));
        await tip.WaitForAsync();
        Assert.Equal(
            en ? "Bình Định · Central · 2021 535 million VND · 47.8% Click to show only Bình Định · Central · 2021"
               : "Bình Định · Trung ương · 2021 535 triệu đồng · 47,8% Bấm để chỉ xem Bình Định · Trung ương · 2021",
            Collapse(await tip.InnerTextAsync()));

        await page.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("mark-trend-binh-dinh-central-2022", await FocusedTestIdAsync(page));
        Assert.Contains(en ? "905 million VND · 59.2%" : "905 triệu đồng · 59,2%", await tip.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(Screenshots.Artifacts, $"dashboard-chart-focus-{language}-{width}");
        await AssertOnScreenAsync(tip, width);

        await page.Page.Keyboard.PressAsync("Escape");
        await tip.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });

        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.WaitForURLAsync(Absolute(WithLanguage("/trends?provinces=binh-dinh&years=2022&sources=central", language)));
        await page.ByTestId("trend-binh-dinh-central-2021").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.ByTestId("trend-thai-binh").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("905", await page.TextAsync("trend-binh-dinh-central-2022"));

        await page.Page.GoBackAsync();
        await page.WaitForTextAsync("trend-binh-dinh-central-2021", "535");
        Assert.Empty(page.Problems);
    }

    [Theory]
    [MemberData(nameof(LanguagesAndWidths))]
    public async Task HoveringASegmentShowsItsValueShareAndUnitAndEscapeHidesIt(string language, int width)
    {
        var en = language == "en";
        await using var page = await OpenPageAsync(width);
        await page.OpenAsync(WithLanguage("/", language));
        var tip = page.ByTestId("chart-tip");

        await page.ByTestId("amount-chart-binh-dinh-central").Locator("a.ec-mark").HoverAsync();

        await tip.WaitForAsync();
        Assert.Equal(
            en ? "Bình Định · Central 3,785 million VND · 55.2% Click to show only Bình Định · Central"
               : "Bình Định · Trung ương 3.785 triệu đồng · 55,2% Bấm để chỉ xem Bình Định · Trung ương",
            Collapse(await tip.InnerTextAsync()));
        await AssertOnScreenAsync(tip, width);
        Assert.Equal(0, await page.Page.Locator("svg.ec-chart title ~ * title").CountAsync()); // no native tooltip besides
        var shot = await page.ScreenshotAsync(Screenshots.Artifacts, $"dashboard-chart-tooltip-{language}-{width}");
        if (language == "vi" && width == Chromium.Desktop.Width)
        {
            Screenshots.Publish(shot);
        }

        await page.Page.Keyboard.PressAsync("Escape");
        await tip.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
    }

    [Theory]
    [MemberData(nameof(LanguagesAndWidths))]
    public async Task ALegendItemFiltersToItsSourceAndAgainShowsAllSources(string language, int width)
    {
        var en = language == "en";
        await using var page = await OpenPageAsync(width);
        await page.OpenAsync(WithLanguage("/", language));
        var local = page.Page.Locator("[data-testid=legend-link]", new() { HasText = en ? "Local" : "Địa phương" });

        await local.ClickAsync();
        await page.Page.WaitForURLAsync(Absolute(WithLanguage("/?sources=local", language)));
        await page.WaitForTextAsync("total-all", en ? "7,912.5" : "7.912,5"); // 3.075 + 2.495 + 2.342,5
        Assert.Equal("true", await local.GetAttributeAsync("aria-current"));

        await local.ClickAsync();
        await page.Page.WaitForURLAsync(Absolute(WithLanguage("/", language)));
        await page.WaitForTextAsync("total-all", en ? "16,991.5" : "16.991,5");
        Assert.Empty(page.Problems);
    }

    [Theory]
    [InlineData("vi", 1440)]
    [InlineData("en", 390)]
    public async Task ASmallMultiplesSegmentFiltersToItsYearToo(string language, int width)
    {
        await using var page = await OpenPageAsync(width);
        await page.OpenAsync(WithLanguage("/?layout=multiples", language));

        await page.ByTestId("multiple-2022-can-tho-central").Locator("a.ec-mark").ClickAsync();

        await page.Page.WaitForURLAsync(Absolute(WithLanguage("/?provinces=can-tho&years=2022&sources=central&layout=multiples", language)));
        await page.ByTestId("multiple-2021").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(1, await page.ByTestId("multiple-2022").CountAsync());
        Assert.Equal("977", await page.TextAsync("amount-can-tho-2022-central"));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task AMarkWorksFromTheFirstPaintBeforeThePageIsLive()
    {
        // Without Blazor's script the page never goes live: what works is what the prerendered page does alone.
        await using var page = await dashboard.NewPageAsync(Chromium.Desktop);
        await page.Page.RouteAsync("**/_framework/blazor.web.js", route => route.AbortAsync());
        await page.Page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        await page.ByTestId("amount-chart-can-tho-local").Locator("a.ec-mark").HoverAsync();
        await page.ByTestId("chart-tip").WaitForAsync();
        Assert.Contains("2.342,5 triệu đồng · 44,7%", await page.ByTestId("chart-tip").InnerTextAsync(), StringComparison.Ordinal);

        await page.ByTestId("amount-chart-can-tho-local").Locator("a.ec-mark").ClickAsync();
        await page.Page.WaitForURLAsync(Absolute("/?provinces=can-tho&sources=local"));
        await page.WaitForTextAsync("total-all", "2.342,5");
    }

    private static async Task AssertOnScreenAsync(ILocator tip, int width)
    {
        var box = await tip.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the tooltip runs off the screen: {box.X} + {box.Width} of {width}");
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
