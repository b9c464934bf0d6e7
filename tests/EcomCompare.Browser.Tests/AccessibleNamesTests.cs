using System.Text.RegularExpressions;
using EcomCompare.Browser.Tests.Support;
using EcomCompare.Dashboard.Text;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// Every filter and view control has an accessible name a screen reader announces — the filter's label, not the
/// selected value. Radzen.Blazor 13 dropped the names our markup used to pass (RadzenCheckBoxList no longer forwards
/// aria-labelledby; its dropdowns name themselves after their value), so this is checked in the browser's own
/// accessibility tree, on every page, in both languages.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public partial class AccessibleNamesTests(DashboardFixture dashboard)
{
    [Theory]
    [InlineData("/", "vi")]
    [InlineData("/trends", "vi")]
    [InlineData("/categories", "vi")]
    [InlineData("/explorer", "vi")]
    [InlineData("/targets", "vi")]
    [InlineData("/quality", "vi")]
    [InlineData("/?lang=en", "en")]
    [InlineData("/explorer?lang=en", "en")]
    public async Task EveryFilterControlIsNamedAfterItsLabel(string address, string language)
    {
        var text = language == "en" ? UiText.En : UiText.Vi;
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync(address);
        await page.WaitInteractiveAsync();
        var filters = page.ByTestId("filters");

        Assert.Equal(1, await filters.GetByRole(AriaRole.Group, new() { Name = text.FilterProvinces }).CountAsync());
        foreach (var province in new[] { "Bình Định", "Thái Bình", "Cần Thơ" })
        {
            var box = filters.GetByRole(AriaRole.Group, new() { Name = text.FilterProvinces }).GetByRole(
                AriaRole.Checkbox, new() { Name = province, Exact = true });
            Assert.Equal(1, await box.CountAsync());
        }

        Assert.Equal(1, await filters.GetByRole(AriaRole.Combobox, new() { Name = text.FilterYearFrom, Exact = true }).CountAsync());
        Assert.Equal(1, await filters.GetByRole(AriaRole.Combobox, new() { Name = text.FilterYearTo, Exact = true }).CountAsync());
        Assert.Equal(1, await filters.GetByRole(AriaRole.Group, new() { Name = text.FilterSources }).CountAsync());
        Assert.Equal(3, await filters.GetByRole(AriaRole.Group, new() { Name = text.FilterSources }).GetByRole(AriaRole.Checkbox).CountAsync());
        Assert.Equal(1, await filters.GetByRole(AriaRole.Combobox, new() { Name = text.FilterCategories }).CountAsync());

        // Nothing on the page that takes input is nameless or named by its current value alone (a year, "Empty").
        var tree = await page.Page.Locator("main").AriaSnapshotAsync();
        var unnamed = tree.Split('\n').Where(line => Control().IsMatch(line) && !Named().IsMatch(line)).ToList();
        Assert.True(unnamed.Count == 0, "controls without a name:\n" + string.Join("\n", unnamed));
        var valueNamed = tree.Split('\n').Where(line => ValueAsName().IsMatch(line)).ToList();
        Assert.True(valueNamed.Count == 0, "dropdowns named by their value:\n" + string.Join("\n", valueNamed));
    }

    [GeneratedRegex(@"^\s*- (combobox|checkbox|radio|textbox|button|slider|spinbutton|switch)\b")]
    private static partial Regex Control();

    [GeneratedRegex(@"^\s*- \w+ ""[^""]+""")]
    private static partial Regex Named();

    [GeneratedRegex(@"^\s*- combobox ""(\d{4}|Empty|[^""]*System\.[^""]*)""")]
    private static partial Regex ValueAsName();
}
