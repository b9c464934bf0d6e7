using EcomCompare.Dashboard.Charts.Geometry;

namespace EcomCompare.Dashboard.Tests;

/// <summary>Value labels in small multiples: kept where they fit, never over each other, a mark or the edge.</summary>
public class LabelPlacerTests
{
    [Fact]
    public void ALabelGoesAboveItsPointWhenThereIsRoom()
    {
        var placer = new LabelPlacer(0, 300, 0, 200);
        placer.Reserve(100, 100, 5, 5);

        Assert.Equal(93, placer.Place("905", 10.5, 100, 100, 100, 7));
    }

    [Fact]
    public void ALabelThatWouldCoverAMarkGoesBelowItsPointAndOneWithNoRoomIsLeftOut()
    {
        var placer = new LabelPlacer(0, 300, 0, 200);
        placer.Reserve(100, 100, 5, 5);
        placer.Reserve(100, 120, 5, 5);

        Assert.Equal(93, placer.Place("905", 10.5, 100, 100, 100, 7)); // above the first point
        Assert.Equal(137.5, placer.Place("625", 10.5, 100, 120, 120, 7)); // above it is the first point: below
        Assert.Null(placer.Place("585", 10.5, 100, 100, 100, 7)); // above: the first label; below: the second point
    }

    [Fact]
    public void ALabelAtThePlotsEdgeOrWiderThanItsColumnIsLeftOut()
    {
        var placer = new LabelPlacer(50, 300, 0, 200);

        Assert.Null(placer.Place("1.234,5", 10.5, 52, 100, 100, 7)); // would stick out on the left
        Assert.Equal(21.5, placer.Place("977", 10.5, 150, 4, 4, 7)); // no room above the top: below
        Assert.Null(placer.Place("2.342,5", 10.5, 200, 150, 150, 3, maxWidth: 15)); // wider than its column
    }
}
