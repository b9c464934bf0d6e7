using EcomCompare.Cube.Query;

namespace EcomCompare.Cube.Tests;

/// <summary>The OLAP operations the surfaces share: slice, dice, roll-up, drill-down, shares, pivot.</summary>
[Collection(CubeCollection.Name)]
public class CubeQueriesTests(CubeFixture cube)
{
    [Fact]
    public async Task SharesWithinAProvinceGiveItsFundingSplit()
    {
        var result = await cube.Queries.AskAsync(
            new CubeQuestion([CubeDimension.Province, CubeDimension.Source], CubeSlice.All, ShareWithin: [CubeDimension.Province]));
        var binhDinhLocal = Assert.Single(result.Rows, r => r.Keys[0] == "binh-dinh" && r.Keys[1] == "local");
        Assert.Equal(3075m, binhDinhLocal.Amount);
        Assert.Equal(3075.0 / 6860, binhDinhLocal.Share!.Value, 12);
        Assert.Equal(["Bình Định", "Ngân sách địa phương"], binhDinhLocal.Labels);
        Assert.Equal(7, result.Rows.Count); // 2 + 3 + 2 sources with money
    }

    [Fact]
    public async Task RollupAddsSubtotalsAfterTheRowsTheyAddUpAndAGrandTotalLast()
    {
        var result = await cube.Queries.AskAsync(new CubeQuestion([CubeDimension.Province, CubeDimension.Source], CubeSlice.All, CubeTotals.Rollup));
        Assert.Equal(7 + 3 + 1, result.Rows.Count);
        var grand = result.Rows[^1];
        Assert.Equal([true, true], grand.RolledUp);
        Assert.Equal(6860m + 4890m + 5241.5m, grand.Amount);
        // Province order (manifest), subtotal right after its sources.
        Assert.Equal(["binh-dinh", "binh-dinh", "binh-dinh"], result.Rows.Take(3).Select(r => r.Keys[0]));
        Assert.Equal((string?)null, result.Rows[2].Keys[1]);
        Assert.Equal(6860m, result.Rows[2].Amount);
        Assert.Equal(["central", "local"], result.Rows.Take(2).Select(r => r.Keys[1]));
    }

    [Fact]
    public async Task DrillsDownFromACategoryCellToItsItems()
    {
        var items = await cube.Queries.AskAsync(new CubeQuestion([CubeDimension.Item],
            new CubeSlice { Provinces = ["thai-binh"], Categories = ["management"] }));
        Assert.Equal(["thai-binh/I.3", "thai-binh/IV.1", "thai-binh/IV.*"], items.Rows.Select(r => r.Keys[0]));
        Assert.Equal(30m + 300m + 415m, items.Total);
    }

    [Fact]
    public async Task DicesByYearRangeAndSources()
    {
        var result = await cube.Queries.AskAsync(new CubeQuestion([CubeDimension.Year],
            new CubeSlice { Provinces = ["can-tho"], FromYear = 2022, ToYear = 2023, Sources = ["local"] }));
        Assert.Equal([("2022", 459.3m), ("2023", 344.3m)], result.Rows.Select(r => (r.Keys[0]!, r.Amount)));
    }

    [Fact]
    public async Task CubeTotalsGiveEveryCombinationsMargins()
    {
        var result = await cube.Queries.AskAsync(new CubeQuestion([CubeDimension.Province, CubeDimension.Source], CubeSlice.All, CubeTotals.Cube));
        var centralEverywhere = Assert.Single(result.Rows, r => r.RolledUp[0] && !r.RolledUp[1] && r.Keys[1] == "central");
        Assert.Equal(3785m + 2125m + 2899m, centralEverywhere.Amount);
        Assert.Equal(7 + 3 + 3 + 1, result.Rows.Count);
    }

    [Fact]
    public async Task PivotsSourcesIntoColumnsWithRowTotals()
    {
        var pivot = await cube.Queries.PivotAsync([CubeDimension.Province], CubeDimension.Source, CubeSlice.All);
        Assert.Equal(["central", "local", "enterprise"], pivot.Columns.Select(c => c.Key));
        var thaiBinh = Assert.Single(pivot.Cells, r => r.Keys[0] == "thai-binh");
        Assert.Equal([2125m, 2495m, 270m], thaiBinh.Values);
        Assert.Equal(4890m, thaiBinh.Total);
        var canTho = Assert.Single(pivot.Cells, r => r.Keys[0] == "can-tho");
        Assert.Null(canTho.Values[2]);
        Assert.Equal(16991.5m, pivot.Cells[^1].Total);
    }

    [Fact]
    public async Task UsesEnglishLabelsOnRequest()
    {
        var result = await cube.Queries.AskAsync(
            new CubeQuestion([CubeDimension.Category], new CubeSlice { Provinces = ["binh-dinh"] }, Language: Language.En));
        Assert.Contains(result.Rows, r => r.Labels[0] == "Support to enterprises & sectors" && r.Amount == 3325m);
    }

    [Fact]
    public async Task ListsDiscrepanciesWithTheirLines()
    {
        var all = await cube.Queries.DiscrepanciesAsync();
        Assert.Equal(13 + 7 + 5, all.Count);
        var group5 = Assert.Single(all, d => d.ProvinceCode == "binh-dinh" && d.Kind == "group-header");
        Assert.Equal(
            ("binh-dinh.txt", 413, 3235m, 3325m, -90m),
            (group5.Document, group5.Line, group5.Stated!.Value, group5.Computed!.Value, group5.Difference!.Value));
        Assert.Equal(7, (await cube.Queries.DiscrepanciesAsync("thai-binh")).Count);
    }

    [Fact]
    public async Task ShowsASourceLineInContext()
    {
        var lines = await cube.Queries.DocumentContextAsync("binh-dinh.txt", 413, radius: 1);
        Assert.Equal([412, 413, 414], lines.Select(l => l.Line));
        Assert.StartsWith("5\t<b>Đẩy mạnh ứng dụng", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnsTheCategoriesAndSourcesInOrder()
    {
        Assert.Equal(8, (await cube.Queries.CategoriesAsync()).Count);
        Assert.Equal(["central", "local", "enterprise"], (await cube.Queries.SourcesAsync()).Select(s => s.Code));
    }
}
