using EcomCompare.Browser.Tests.Support;

namespace EcomCompare.Browser.Tests;

/// <summary>The keyboard's first stop is a skip link past the header and the page tabs to the page's content (issue 14).</summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class SkipLinkTests(DashboardFixture dashboard)
{
    [Theory]
    [InlineData("/", "Bỏ qua, đến nội dung chính")]
    [InlineData("/targets?lang=en", "Skip to the main content")]
    public async Task TheFirstTabIsTheSkipLinkAndItTakesTheFocusToTheContent(string address, string label)
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync(address);
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.Equal(label, await page.Page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        Assert.True(await page.ByTestId("skip-link").IsVisibleAsync(), "the focused skip link is on screen");

        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        // The next Tab lands inside the content (its first filter), not on the header or the page tabs.
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.True(
            await page.Page.EvaluateAsync<bool>(
                "() => document.getElementById('main-content').contains(document.activeElement) && document.activeElement.id !== 'main-content'"));
        Assert.Empty(page.Problems);
    }
}
