using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>The dashboard on a phone, 390×844 (issue 14): nothing wider than the screen, filters in a drawer.</summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
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
        ["/"] = "funding-split",
        ["/categories"] = "categories",
        ["/targets?target=7"] = "targets",
        ["/documents"] = "documents",
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
    public async Task TheOpenDrawerKeepsTheKeyboardInsideAndGivesThePageBackWhenClosed()
    {
        await using var page = await dashboard.NewPageAsync(Chromium.Phone);
        await page.OpenAsync("/");
        await page.ByTestId("filters-open").ClickAsync();
        await page.ByTestId("filters").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.Page.WaitForFunctionAsync("() => document.activeElement?.dataset.testid === 'filters-close'");
        Assert.Equal(1, await page.Page.GetByRole(AriaRole.Dialog, new() { Name = "Bộ lọc" }).CountAsync());

        // More Tabs than the drawer has controls: every one lands in the drawer (or, past its end, on the document
        // itself before it comes round again), never on the page behind it.
        var outside = new List<string>();
        var inside = 0;
        for (var i = 0; i < 60; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var where = await page.Page.EvaluateAsync<string>("""
                () => { const a = document.activeElement;
                        return !a || a === document.body ? 'body' : a.closest('#ec-filters') ? 'drawer'
                             : a.tagName.toLowerCase() + ' ' + (a.dataset.testid || a.textContent.trim().slice(0, 30)); }
                """);
            if (where == "drawer")
            {
                inside++;
            }
            else if (where != "body")
            {
                outside.Add(where);
            }
        }

        Assert.True(outside.Count == 0, "Tab left the drawer for: " + string.Join(", ", outside.Distinct()));
        Assert.True(inside > 20, $"{inside} of 60 Tabs landed in the drawer");

        await page.Page.Keyboard.PressAsync("Escape");
        await page.ByTestId("filters").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        await page.Page.WaitForFunctionAsync("() => document.activeElement?.dataset.testid === 'filters-open'");
        // Nothing outside the drawer stays inert (Radzen marks its own hidden checkbox inputs inert, inside it).
        const string InertOutside = "() => [...document.querySelectorAll('[inert]')].filter(e => !e.closest('#ec-filters')).length";
        Assert.Equal(0, await page.Page.EvaluateAsync<int>(InertOutside));

        // A window widened with the drawer open gets its page back (the panel is a sidebar again).
        await page.ByTestId("filters-open").ClickAsync();
        await page.Page.WaitForFunctionAsync(InertOutside.Replace("=> [", "=> 0 < [", StringComparison.Ordinal));
        await page.Page.SetViewportSizeAsync(Chromium.Desktop.Width, Chromium.Desktop.Height);
        await page.Page.WaitForFunctionAsync(InertOutside.Replace("=> [", "=> 0 === [", StringComparison.Ordinal));
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
