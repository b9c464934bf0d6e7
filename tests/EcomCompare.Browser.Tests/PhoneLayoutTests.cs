using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>The dashboard on a phone, 390×844 (issue 14): nothing wider than the screen, filters in a drawer.</summary>
[Collection(DashboardCollection.Name)]
public class PhoneLayoutTests(DashboardFixture dashboard)
{
    /// <summary>Every page and mode a person reaches from the page tabs, and the plain summary.</summary>
    public static readonly string[] Addresses =
    [
        "/", "/?mode=year&year=2022", "/?mode=multiples", "/trends", "/trends?chart=columns", "/categories",
        "/categories?cell=thai-binh/management", "/categories?by=native", "/explorer", "/targets?target=7", "/quality",
        "/documents", "/summary",
    ];

    public static TheoryData<string> PhonePages() => new(Addresses);

    /// <summary>Opens a dashboard page and waits for it to be interactive; the plain summary just loads.</summary>
    internal static async Task OpenAnyAsync(WatchedPage page, string address)
    {
        if (address.StartsWith("/summary", StringComparison.Ordinal))
        {
            await page.Page.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }
        else
        {
            await page.OpenAsync(address);
        }
    }

    [Theory]
    [MemberData(nameof(PhonePages))]
    public async Task NothingIsWiderThanThePhone(string address)
    {
        await using var page = await dashboard.NewPageAsync(Chromium.Phone);
        await OpenAnyAsync(page, address);

        var width = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        // Which elements stick out, to name them when it fails.
        var wide = await page.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > 391 && !e.closest('.ec-table-wrap, .ec-source, .ec-scroll'))
              .slice(0, 8).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' → ' + Math.round(e.getBoundingClientRect().right))
            """);
        Assert.True(width <= 390, $"{address}: {width} px wide; " + string.Join(", ", wide));

        if (ReadmeShots.TryGetValue(address, out var name))
        {
            Screenshots.Publish(await page.ScreenshotAsync(Screenshots.Artifacts, "dashboard-phone-" + name));
        }
    }

    // The phone screenshots the README shows (dashboards/screenshots/phone-*.png).
    private static readonly Dictionary<string, string> ReadmeShots = new(StringComparer.Ordinal)
    {
        ["/"] = "funding-split", ["/categories"] = "categories", ["/targets?target=7"] = "targets", ["/documents"] = "documents",
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/?mode=multiples")]
    [InlineData("/trends")]
    [InlineData("/trends?chart=columns")]
    public async Task ChartTextIsAtLeastTenPixelsOnThePhone(string address)
    {
        await using var page = await dashboard.NewPageAsync(Chromium.Phone);
        await page.OpenAsync(address);

        // The text's computed size × the scale the SVG is drawn at (its width on screen over its viewBox width).
        var smallest = await page.Page.EvaluateAsync<double>("""
            () => Math.min(...[...document.querySelectorAll('svg.ec-chart')].flatMap(svg => {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
            }))
            """);
        Assert.True(smallest >= 10, $"{address}: the smallest chart text is {smallest:0.0} px");
    }

    [Fact]
    public async Task TheFiltersOpenInADrawerAndCloseAgain()
    {
        await using var page = await dashboard.NewPageAsync(Chromium.Phone);
        await page.OpenAsync("/?lang=en");
        var open = page.ByTestId("filters-open");
        Assert.False(await page.ByTestId("filters").IsVisibleAsync(), "the filters start folded away on a phone");
        // Its name is the word alone (the ☰ beside it is hidden from screen readers).
        Assert.Equal(1, await page.Page.GetByRole(AriaRole.Button, new() { Name = "Filters", Exact = true }).CountAsync());
        Assert.Equal("false", await open.GetAttributeAsync("aria-expanded"));

        await open.ClickAsync();
        await page.ByTestId("filters").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal("true", await open.GetAttributeAsync("aria-expanded"));
        Screenshots.Publish(await page.ScreenshotAsync(Screenshots.Artifacts, "dashboard-phone-filters-en"));
        // The drawer works: a filter ticked in it changes the table behind it.
        // By its role, as the other filter tests click it; the address changes by history.pushState (no load event
        // to wait for), so the wait is on the address itself.
        await page.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Cần Thơ", Exact = true }).ClickAsync();
        await page.Page.WaitForFunctionAsync("() => location.search.includes('provinces=')", null, new() { Timeout = 20_000 });

        await page.ByTestId("filters-close").ClickAsync();
        await page.ByTestId("filters").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Equal("false", await open.GetAttributeAsync("aria-expanded"));

        // Escape closes it too.
        await open.ClickAsync();
        await page.ByTestId("filters").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.Page.Keyboard.PressAsync("Escape");
        await page.ByTestId("filters").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task OnAWideScreenTheFiltersStayBesideTheContent()
    {
        await using var page = await dashboard.NewPageAsync(new ViewportSize { Width = 1024, Height = 768 });
        await page.OpenAsync("/");
        Assert.True(await page.ByTestId("filters").IsVisibleAsync());
        Assert.False(await page.ByTestId("filters-open").IsVisibleAsync());
    }

    [Fact]
    public async Task TheLastPageTabIsReachableOnThePhone()
    {
        await using var page = await dashboard.NewPageAsync(Chromium.Phone);
        await page.OpenAsync("/");
        var last = page.ByTestId("nav-documents");
        var box = await last.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"the last tab spans {box.X:0}–{box.X + box.Width:0} px");
    }

    [Fact]
    public async Task AWideTableScrollsInItsOwnBoxWithAHint()
    {
        await using var page = await dashboard.NewPageAsync(Chromium.Phone);
        await page.OpenAsync("/?lang=en");
        var wrap = page.Page.Locator(".ec-table-wrap").Filter(new() { Has = page.ByTestId("split-table") });
        Assert.True(await wrap.EvaluateAsync<bool>("w => w.scrollWidth > w.clientWidth"), "the table is wider than its box");
        Assert.Equal("scroll sideways →", (await wrap.GetAttributeAsync("data-scroll-hint"))?.Trim());
        Assert.True(await wrap.EvaluateAsync<bool>("w => w.classList.contains('ec-scrollable')"), "the box says it scrolls");
    }
}
