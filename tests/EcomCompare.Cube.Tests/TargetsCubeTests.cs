using EcomCompare.Cube.Query;

namespace EcomCompare.Cube.Tests;

/// <summary>The targets in the cube, next to the money of the category that serves them.</summary>
[Collection(CubeCollection.Name)]
public class TargetsCubeTests(CubeFixture cube)
{
    [Fact]
    public async Task HoldsEveryTargetOfEveryProvince()
    {
        var targets = await cube.Queries.TargetsAsync();
        Assert.Equal(22 + 16 + 13, targets.Count);
        var cashless = targets.Where(t => t.IndicatorCode == "cashless-payment").ToList();
        Assert.Equal([("binh-dinh", 35m, "exactly"), ("thai-binh", 50m, "exactly"), ("can-tho", 50m, "above")],
            cashless.Select(t => (t.ProvinceCode, t.Value!.Value, t.Comparator)));
        Assert.Equal("infrastructure", cashless[0].CategoryCode);
    }

    [Fact]
    public async Task KeepsRangesAndTargetsWithoutANumber()
    {
        var binhDinh = await cube.Queries.TargetsAsync(["binh-dinh"]);
        var smes = Assert.Single(binhDinh, t => t.IndicatorCode == "smes-on-marketplaces");
        Assert.Equal((40m, 50m, "range"), (smes.Value!.Value, smes.ValueMax!.Value, smes.Comparator));
        var database = Assert.Single(binhDinh, t => t.IndicatorCode == "shared-database");
        Assert.Null(database.Value);
        Assert.Equal(("binh-dinh.txt", 166), (database.Document, database.Line));
    }

    [Fact]
    public async Task RelatesHumanResourcesTargetsToTrainingMoney()
    {
        var indicators = await cube.Queries.IndicatorsAsync();
        Assert.Equal("human-resources", Assert.Single(indicators, i => i.Code == "trainees").CategoryCode);
        var training = await cube.Queries.AskAsync(new CubeQuestion([CubeDimension.Province], new CubeSlice { Categories = ["human-resources"] }));
        Assert.Equal(850m, Assert.Single(training.Rows, r => r.Keys[0] == "thai-binh").Amount); // II.1 200 + II.2 650
    }
}
