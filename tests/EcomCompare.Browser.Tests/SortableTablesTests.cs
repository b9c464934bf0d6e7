using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>Tables sort by a column from the keyboard: its header is a button, Enter and Space both work (issue 14).</summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public class SortableTablesTests(DashboardFixture dashboard)
{
    // The provinces' rows of the funding table, top to bottom, with their totals (Vietnamese number format).
    private const string FundingRows = """
        () => [...document.querySelectorAll('[data-testid=split-table] tbody tr')].map(r => r.dataset.testid.replace('split-row-', '') + '=' +
          (r.querySelector('[data-testid^=total-]')?.textContent.trim().replaceAll('.', '').replace(',', '.') ?? ''))
        """;

    [Fact]
    public async Task TheFundingTableSortsByItsTotalWithEnterThenSpaceAndKeepsItsReferenceRowsLast()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/");
        var header = page.Page.Locator("th").Filter(new() { Has = page.ByTestId("sort-total") });
        Assert.Null(await header.GetAttributeAsync("aria-sort"));

        await page.ByTestId("sort-total").FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "ascending");
        var ascending = await page.Page.EvaluateAsync<string[]>(FundingRows);
        AssertOrdered(ascending, descending: false);

        await page.Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        var descending = await page.Page.EvaluateAsync<string[]>(FundingRows);
        AssertOrdered(descending, descending: true);
        Assert.NotEqual(ascending, descending);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task TheDocumentsSortByProvinceNameInVietnameseOrder()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/documents");
        await page.ByTestId("sort-province").FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.Keyboard.PressAsync("Enter");
        var header = page.Page.Locator("th").Filter(new() { Has = page.ByTestId("sort-province") });
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "descending");

        var names = await page.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('[data-testid=documents-table] tbody th')].map(t => t.textContent.trim())");
        Assert.Equal(["Thái Bình", "Cần Thơ", "Bình Định"], names);
    }

    [Fact]
    public async Task TheCategoriesSortByAProvincesShareAndKeepTheTotalRowLast()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/categories");
        await page.ByTestId("sort-p:thai-binh").FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.Keyboard.PressAsync("Space");
        var header = page.Page.Locator("th").Filter(new() { Has = page.ByTestId("sort-p:thai-binh") });
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "descending");

        // Thái Bình's shares down the column, largest first; blanks (categories it has no money for) last.
        var shares = await page.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('[data-testid=heatmap] tbody tr')].map(r => r.dataset.testid ?? 'total')
            """);
        Assert.Equal("total", shares[^1]);
        var column = await page.Page.EvaluateAsync<double?[]>("""
            () => [...document.querySelectorAll('[data-testid=heatmap] tbody tr[data-testid^=heat-row-]')].map(r => {
              const cell = r.querySelectorAll('td.ec-cell')[1];
              const m = cell && cell.textContent.match(/([0-9]+,[0-9])\s*%/);
              return m ? parseFloat(m[1].replace(',', '.')) : null;
            })
            """);
        var known = column.TakeWhile(v => v is not null).Select(v => v!.Value).ToList();
        Assert.True(known.Count >= 5, string.Join(" | ", column));
        Assert.Equal(known.OrderDescending(), known);
        Assert.All(column.Skip(known.Count), v => Assert.Null(v));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task TheDrillDownSortsByTotalAndBackToTheDocumentsOrderByCode()
    {
        await using var page = await dashboard.NewPageAsync();
        await page.OpenAsync("/categories?cell=thai-binh/management");
        const string Items = """
            () => [...document.querySelectorAll('[data-testid=drill-table] tbody tr')].map(r =>
              (r.dataset.testid ?? (r.classList.contains('ec-total-row') ? 'total' : 'other')).replace('drill-item-thai-binh/', '') + '=' +
              (r.querySelector('[data-testid^=drill-total]')?.textContent.trim() ?? ''))
            """;
        Assert.Equal(
            ["I.3=", "IV.*=", "IV.1=", "total=745"], (await page.Page.EvaluateAsync<string[]>(Items)).Select(
                r => r.Split('=')[0] == "total" ? r : r.Split('=')[0] + "="));

        await page.ByTestId("sort-drill-total").FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.Locator("th").Filter(new() { Has = page.ByTestId("sort-drill-total") })).ToHaveAttributeAsync("aria-sort",
            "ascending");
        Assert.Equal(["I.3=30", "IV.1=300", "IV.*=415", "total=745"], await page.Page.EvaluateAsync<string[]>(Items));

        // Rows are read once the header says the new order: the header and the rows change in one render.
        await page.Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Page.Locator("th").Filter(new() { Has = page.ByTestId("sort-drill-total") })).ToHaveAttributeAsync("aria-sort",
            "descending");
        Assert.Equal(["IV.*=415", "IV.1=300", "I.3=30", "total=745"], await page.Page.EvaluateAsync<string[]>(Items));

        // By code: the document's own order again (I before IV, IV.* — its unitemized line — before IV.1).
        await page.ByTestId("sort-drill-code").ClickAsync();
        await Assertions.Expect(page.Page.Locator("th").Filter(new() { Has = page.ByTestId("sort-drill-code") })).ToHaveAttributeAsync("aria-sort",
            "ascending");
        Assert.Equal(["I.3", "IV.*", "IV.1", "total"], (await page.Page.EvaluateAsync<string[]>(Items)).Select(r => r.Split('=')[0]));
        Assert.Empty(page.Problems);
    }

    private static void AssertOrdered(string[] rows, bool descending)
    {
        // The all-provinces total and the average share are references, not rows of the sort: always last.
        Assert.Equal(["all", "average"], rows[^2..].Select(r => r.Split('=')[0]));
        var totals = rows[..^2].Select(r => decimal.Parse(r.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, totals.Count);
        Assert.Equal(descending ? totals.OrderDescending() : totals.Order(), totals);
    }
}
