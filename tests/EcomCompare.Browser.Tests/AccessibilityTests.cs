using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// axe-core on every page, in both languages on a wide screen and in Vietnamese on a phone: no serious or critical violation
/// (issue 14). Each page is checked as a person finds it once it is interactive.
/// </summary>
[Collection(DashboardCollection.Name)]
public class AccessibilityTests(DashboardFixture dashboard)
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        // Both languages on a wide screen, and the phone layout once (in Vietnamese): the two languages differ in
        // their words, not in layout or colour, and each run costs ~5 s of the suite's time.
        foreach (var address in PhoneLayoutTests.Addresses)
        {
            data.Add(address, 1440);
            data.Add(address + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en", 1440);
            data.Add(address, 390);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AxeFindsNoSeriousOrCriticalViolation(string address, int width)
    {
        await using var page = await dashboard.NewPageAsync(width == 390 ? Chromium.Phone : Chromium.Desktop);
        await PhoneLayoutTests.OpenAnyAsync(page, address);

        var violations = await Axe.SeriousViolationsAsync(page.Page);

        Assert.True(violations.Count == 0, $"{address} at {width} px:\n" + string.Join("\n", violations));
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
