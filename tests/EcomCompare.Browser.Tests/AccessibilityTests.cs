using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// axe-core on every page, in both languages on a wide screen and in Vietnamese on a phone: no serious or critical
/// violation (issue 14). Each page is checked as a person finds it once it is interactive.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class AccessibilityTests(DashboardFixture dashboard)
{
    public static TheoryData<string> Pages() => new(PhoneLayoutTests.Addresses);

    /// <summary>
    /// Each page three ways: Vietnamese at 1440 px, the same page narrowed to a phone's 390 px (the phone layout is
    /// CSS, so a resize shows what a phone shows), and English at 1440 px. One page load serves the first two: a
    /// page load and axe's start-up are most of a check's ~4 s.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AxeFindsNoSeriousOrCriticalViolation(string address)
    {
        var found = new List<string>();
        await using var page = await dashboard.NewPageAsync(Chromium.Desktop);
        await PhoneLayoutTests.OpenAnyAsync(page, address);
        found.AddRange((await Axe.SeriousViolationsAsync(page.Page)).Select(v => "1440 px: " + v));

        await page.Page.SetViewportSizeAsync(Chromium.Phone.Width, Chromium.Phone.Height);
        // a11y.js re-marks the scroll boxes on the next animation frame after a resize.
        await page.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        Assert.Equal(Chromium.Phone.Width, await page.Page.EvaluateAsync<int>("() => window.innerWidth"));
        found.AddRange((await Axe.SeriousViolationsAsync(page.Page)).Select(v => "390 px: " + v));

        await page.Page.SetViewportSizeAsync(Chromium.Desktop.Width, Chromium.Desktop.Height);
        await PhoneLayoutTests.OpenAnyAsync(page, address + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en");
        found.AddRange((await Axe.SeriousViolationsAsync(page.Page)).Select(v => "English, 1440 px: " + v));

        Assert.True(found.Count == 0, $"{address}:\n" + string.Join("\n", found));
    }

    [Fact]
    public async Task AxeSeesAViolationWhenThereIsOne()
    {
        // The check itself can fail: an image without a text alternative is a critical violation.
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/documents");
        await page.Page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = 'data:,'; document.querySelector('main').append(i); }");

        var violations = await Axe.SeriousViolationsAsync(page.Page);

        Assert.Contains(violations, v => v.StartsWith("critical image-alt", StringComparison.Ordinal));
    }
}
