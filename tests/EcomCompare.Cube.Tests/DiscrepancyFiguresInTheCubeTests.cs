using EcomCompare.Cube.Query;
using F = EcomCompare.Ingestion.Model.DiscrepancyFigure;

namespace EcomCompare.Cube.Tests;

/// <summary>A discrepancy's figures survive the cube: written as JSON by the build, read back by the queries.</summary>
[Collection(CubeCollection.Name)]
public class DiscrepancyFiguresInTheCubeTests(CubeFixture cube)
{
    [Fact]
    public async Task ADeclaredSharesFiguresComeBackFromTheCube()
    {
        var all = await cube.Queries.DiscrepanciesAsync("binh-dinh");
        var share = Assert.Single(all, d => d.Kind == "declared-share" && d.Line == 411);
        Assert.Equal(
            ("4.3", "local", 30m, 390m),
            (share.Figures[F.Item], share.Figures[F.Source], F.Number(share.Figures, F.Percent), F.Number(share.Figures, F.ItemTotal)));
    }

    [Fact]
    public async Task EveryDiscrepancyCarriesFiguresToWordIt()
    {
        // Every kind the documents produce has something besides its two numbers: what it is about.
        Assert.All(await cube.Queries.DiscrepanciesAsync(), d => Assert.NotEmpty(d.Figures));
    }
}
