using System.Globalization;
using System.Text.Json;
using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;
using EcomCompare.Testing;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Tokens;
using FundingSplit = EcomCompare.Dashboard.Pages.FundingSplit;

namespace EcomCompare.Dashboard.Tests;

/// <summary>
/// Every page's OData link gives what the screen gives (issue 25, 3): the address the export panel shows, fetched
/// from a real server over the test cube, returns one flat row per cell with the names, the amount, and the share and
/// whole the page's own model holds for the same slice — for every page and mode, filtered or not, in both languages.
/// Each row is written as one line of text (codes, names in the page's language, amount, share, total) and the two
/// sets of lines must be equal: no cell missing, none extra, no figure different.
/// </summary>
public sealed class ODataFeedTests : IAsyncLifetime
{
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/?mode=year&year=2022&lang=en")]
    [InlineData("/?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local")]
    [InlineData("/?categories=human-resources,management&lang=en")]
    [InlineData("/?mode=multiples&sources=local,enterprise&years=2023-2025")]
    [InlineData("/?mode=multiples&measure=amount&provinces=thai-binh&lang=en")]
    public async Task TheFundingSplitsRowsAreTheScreensNamesAmountsSharesAndTotals(string address)
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>(address);
        var view = (FundingSplit)page.Page;
        var byYear = address.Contains("multiples", StringComparison.Ordinal);
        var screen = view.Model!.Panels.SelectMany(panel => panel.Provinces.SelectMany(p => p.Amounts.Where(a => a.Value != 0).Select(a => Line(
            [p.Code, p.Name, byYear ? Year(panel.Year) : null, a.Key, view.Catalog!.SourceName(a.Key, view.T.Language)],
            a.Value, p.Share(a.Key), p.Total))));
        var feed = await FeedAsync(view.Exports.OData,
            r => [Text(r, "ProvinceCode"), Text(r, "Province"), byYear ? Year(r) : null, Text(r, "SourceCode"), Named(r, "Source", view.T.Language)]);
        AssertSame(screen, feed);
        Assert.Equal(
            byYear ? new[] { CubeDimension.Province, CubeDimension.Year, CubeDimension.Source } : [CubeDimension.Province, CubeDimension.Source],
            view.Exports.Feed!.Dimensions);
    }

    [Theory]
    [InlineData("/trends?provinces=can-tho,thai-binh&sources=central,enterprise")]
    [InlineData("/trends?chart=columns&years=2022-2024&categories=human-resources&lang=en")]
    public async Task TheTrendsRowsAreEachYearsAmountsAndTheProvincesMoneyThatYear(string address)
    {
        await using var page = await PageHarness.OpenAsync<Trends>(address);
        var view = (Trends)page.Page;
        var model = view.Model!;
        var screen = model.Provinces.SelectMany(p => p.BySource.SelectMany(s => s.Value.Select((amount, y) => (amount, y))
            .Where(a => a.amount is { } v && v != 0).Select(a => Line(
                [p.Code, p.Name, model.Years[a.y].ToString(CultureInfo.InvariantCulture), s.Key, view.Catalog!.SourceName(s.Key, view.T.Language)],
                a.amount!.Value, null, p.Totals[a.y]))));
        var feed = await FeedAsync(view.Exports.OData,
            r => [Text(r, "ProvinceCode"), Text(r, "Province"), Year(r), Text(r, "SourceCode"), Named(r, "Source", view.T.Language)]);
        AssertSame(screen, feed);
    }

    [Theory]
    [InlineData("/categories")]
    [InlineData("/categories?measure=amount&sources=local&lang=en")]
    [InlineData("/categories?provinces=thai-binh,can-tho&categories=management,human-resources&years=2022-2024")]
    [InlineData("/categories?by=native&provinces=binh-dinh,thai-binh&years=2022-2024")]
    [InlineData("/categories?by=native&sources=central&lang=en")]
    public async Task TheCategoriesRowsAreTheHeatmapsCellsWithTheirShareOfTheProvince(string address)
    {
        await using var page = await PageHarness.OpenAsync<Categories>(address);
        var view = (Categories)page.Page;
        var model = view.Model!;
        var names = model.Provinces.ToDictionary(p => p.Code, p => p.Name);
        var screen = model.Rows.SelectMany(row => row.Cells.Where(c => c.Value.Amount != 0).Select(c => Line(
            [c.Key, names[c.Key], row.Key, row.Label], c.Value.Amount, c.Value.Share, model.ProvinceTotals[c.Key])));
        var feed = await FeedAsync(view.Exports.OData, r => model.Native
            ? [Text(r, "ProvinceCode"), Text(r, "Province"), Text(r, "ProvinceCode") + "/" + Text(r, "NativeGroupCode"), GroupLabel(r)]
            : [Text(r, "ProvinceCode"), Text(r, "Province"), Text(r, "CategoryCode"), Named(r, "Category", view.T.Language)]);
        AssertSame(screen, feed);
        Assert.Empty(view.Exports.MoreOData); // no cell drilled into, no items address
    }

    [Theory]
    [InlineData("/categories?cell=thai-binh/management")]
    [InlineData("/categories?cell=can-tho/human-resources&years=2023-2025&lang=en")]
    [InlineData("/categories?provinces=thai-binh&by=native&cell=thai-binh/IV&lang=en")]
    public async Task TheDrillDownsRowsAreTheSelectedCellsItemsBySourceWithTheItemsTotal(string address)
    {
        await using var page = await PageHarness.OpenAsync<Categories>(address);
        var view = (Categories)page.Page;
        var drill = view.Model!.Drill!;
        Assert.NotEmpty(drill.Items);
        var screen = drill.Items.SelectMany(i => i.BySource.Where(s => s.Value != 0).Select(s => Line(
            [i.Key, drill.ProvinceName, i.Code, i.Name, s.Key, view.Catalog!.SourceName(s.Key, view.T.Language)], s.Value, null, i.Total)));
        var (kind, items) = Assert.Single(view.Exports.MoreOData);
        Assert.Equal("items", kind);
        var feed = await FeedAsync(items, r =>
            [Text(r, "ProvinceCode") + "/" + Text(r, "ItemCode"), Text(r, "Province"), Text(r, "ItemCode"), Text(r, "ItemName"), Text(r, "SourceCode"),
                Named(r, "Source", view.T.Language)]);
        AssertSame(screen, feed);
        var rows = await RowsAsync(items);
        Assert.Equal(drill.Total, rows.Sum(r => Amount(r)));
        Assert.All(rows, r => Assert.Equal(
            drill.MemberLabel, view.Model.Native ? GroupLabel(r) : Named(r, "Category", view.T.Language)));
    }

    [Theory]
    [InlineData("/explorer?rows=province&cols=year&sources=central")]
    [InlineData("/explorer?rows=province,category&measure=row&lang=en")]
    [InlineData("/explorer?rows=source,province&cols=none&measure=total&totals=off")]
    [InlineData("/explorer?rows=category&cols=province&measure=col&provinces=binh-dinh,can-tho&lang=en")]
    [InlineData("/explorer?rows=item&cols=province&measure=row&provinces=thai-binh&years=2022-2024")]
    [InlineData("/explorer?rows=group&cols=source&measure=total&categories=management,human-resources&lang=en")]
    [InlineData("/explorer?rows=year,subsource&cols=none&measure=row&provinces=can-tho")]
    [InlineData("/explorer?rows=category&cols=none&measure=col&sources=local,enterprise")]
    public async Task TheExplorersRowsAreThePivotsCellsInItsMeasure(string address)
    {
        await using var page = await PageHarness.OpenAsync<Explorer>(address);
        var view = (Explorer)page.Page;
        var model = view.Model!;
        var measure = ViewTokens.Measures.Parse(address.Split("measure=").ElementAtOrDefault(1)?.Split('&')[0]);
        var columns = model.Column is null ? [new PivotMember(string.Empty, string.Empty)] : model.Columns;
        var screen = new List<string>();
        foreach (var node in model.All.Where(n => n.Level == model.Rows.Count - 1))
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (node.Values[c] is not { } amount || amount == 0)
                {
                    continue;
                }

                // The whole each measure divides by, as the pivot shows it: the row's total, the column's, everything.
                decimal? whole = (measure, model.Column) switch
                {
                    (null, null) => null,
                    (null, _) or (Measure.ShareOfRow, _) => node.Total,
                    (Measure.ShareOfColumn, not null) => model.Grand.Values[c],
                    _ => model.Grand.Total,
                };
                var keys = node.Path.Split('~').Zip(node.Labels).SelectMany(p => new[] { p.First, p.Second });
                var column = model.Column is null || model.Rows.Contains(model.Column.Value) ? [] : new[] { columns[c].Key, columns[c].Label };
                screen.Add(Line([.. keys, .. column], amount, measure is null ? null : (double)(amount / whole!.Value), whole));
            }
        }

        var dimensions = model.Column is { } d && !model.Rows.Contains(d) ? model.Rows.Append(d).ToList() : model.Rows.ToList();
        var feed = await FeedAsync(
            view.Exports.OData, r => dimensions.SelectMany(d => new[] { Key(r, d), Label(r, d, view.Catalog!, view.T.Language) }).ToArray());
        AssertSame(screen, feed);
        Assert.Equal(dimensions, view.Exports.Feed!.Dimensions);
    }

    [Fact]
    public async Task TheFeedIsAFlatTableOfReadableColumns()
    {
        await using var page = await PageHarness.OpenAsync<Categories>("/categories?cell=thai-binh/management");
        var view = (Categories)page.Page;
        var rows = await RowsAsync(view.Exports.OData);
        Assert.Equal(
            ["CategoryCode", "CategoryVi", "Category", "ProvinceCode", "Province", "Amount", "Share", "Total"],
            rows[0].EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('@')));
        Assert.All(rows.SelectMany(r => r.EnumerateObject()),
            p => Assert.True(p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array), p.Name));
        var items = await RowsAsync(view.Exports.MoreOData[0].Address);
        Assert.Equal(
            ["CategoryCode", "CategoryVi", "Category", "ProvinceCode", "Province", "ItemCode", "ItemName", "SourceCode", "SourceVi", "Source", "Amount", "Total"],
            items[0].EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('@')));
    }

    /// <summary>The address's rows as lines: the members <paramref name="members"/> reads, then Amount, Share and Total.</summary>
    private async Task<IEnumerable<string>> FeedAsync(string address, Func<JsonElement, string?[]> members) =>
        (await RowsAsync(address)).Select(r => Line(members(r), Amount(r), Number(r, "Share"), Amount(r, "Total")));

    private async Task<List<JsonElement>> RowsAsync(string address)
    {
        var rows = new List<JsonElement>();
        for (var next = address; next is not null;)
        {
            using var response = await _server.Client.GetAsync(next);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            rows.AddRange(json.RootElement.GetProperty("value").EnumerateArray().Select(e => e.Clone()));
            next = json.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return rows;
    }

    // A member's code as the page keys it, and its name as the page shows it (the page's language).
    private static string? Key(JsonElement row, CubeDimension dimension) => dimension switch
    {
        CubeDimension.Province => Text(row, "ProvinceCode"),
        CubeDimension.Year => Year(row),
        CubeDimension.Source => Text(row, "SourceCode"),
        CubeDimension.Category => Text(row, "CategoryCode"),
        CubeDimension.NativeGroup => Text(row, "ProvinceCode") + "/" + Text(row, "NativeGroupCode"),
        CubeDimension.Item => Text(row, "ProvinceCode") + "/" + Text(row, "ItemCode"),
        _ => Text(row, "SubSourceCode"),
    };

    private static string? Label(JsonElement row, CubeDimension dimension, CubeCatalog catalog, Language language) => dimension switch
    {
        CubeDimension.Province => Text(row, "Province"),
        CubeDimension.Year => Year(row),
        CubeDimension.Source => Named(row, "Source", language),
        CubeDimension.Category => Named(row, "Category", language),
        CubeDimension.NativeGroup => Text(row, "NativeGroup"),
        CubeDimension.Item => Text(row, "ItemCode") + " " + Text(row, "ItemName"),
        _ => Named(row, "SubSource", language),
    };

    // The heatmap labels an own group with its number where the cube's name lacks it ("IV. Nâng cao …").
    private static string GroupLabel(JsonElement row) =>
        Text(row, "NativeGroup")!.StartsWith(Text(row, "NativeGroupCode")!, StringComparison.Ordinal)
            ? Text(row, "NativeGroup")!
            : $"{Text(row, "NativeGroupCode")}. {Text(row, "NativeGroup")}";

    private static string? Named(JsonElement row, string property, Language language) =>
        Text(row, language == Language.En ? property : property + "Vi");

    private static string? Text(JsonElement row, string property) => row.GetProperty(property).GetString();

    private static string? Year(JsonElement row) =>
        row.GetProperty("Year") is { ValueKind: JsonValueKind.Number } year ? Year(year.GetInt32()) : string.Empty;

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);

    private static decimal Amount(JsonElement row) => row.GetProperty("Amount").GetDecimal();

    private static decimal? Amount(JsonElement row, string property) => row.TryGetProperty(property, out var v) ? v.GetDecimal() : null;

    private static double? Number(JsonElement row, string property) => row.TryGetProperty(property, out var v) ? v.GetDouble() : null;

    // Shares to 9 decimals: the screen's and the feed's are the same division, done by DuckDB and by .NET.
    private static string Line(string?[] members, decimal amount, double? share, decimal? total) => string.Join(
        " | ", members.Where(m => m is not null).Append(amount.ToString("0.###", CultureInfo.InvariantCulture))
            .Append(share?.ToString("0.#########", CultureInfo.InvariantCulture) ?? "-")
            .Append(total?.ToString("0.###", CultureInfo.InvariantCulture) ?? "-"));

    private static void AssertSame(IEnumerable<string> screen, IEnumerable<string> feed)
    {
        var expected = screen.Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, feed.Where(l => !l.Contains(" | 0 | ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
