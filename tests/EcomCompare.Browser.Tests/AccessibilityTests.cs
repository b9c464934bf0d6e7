using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// axe-core on every page, in both languages, on a wide screen and on a phone: no serious or critical violation
/// (issue 14). Each page is checked as a person finds it once it is interactive.
/// </summary>
[Collection(DashboardCollection.Name)]
public class AccessibilityTests(DashboardFixture dashboard)
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 1440, 390 })
        {
            foreach (var address in PhoneLayoutTests.Addresses)
            {
                data.Add(address, width);
                data.Add(address + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en", width);
            }
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
