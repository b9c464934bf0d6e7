namespace EcomCompare.Charts.Rendering;

/// <summary>One entry of a chart's legend.</summary>
/// <param name="Label">What the colour means.</param>
/// <param name="Color">Fill or stroke colour (<c>#RRGGBB</c>).</param>
/// <param name="Symbol">A filled box (bars) or a line with its marker (lines).</param>
/// <param name="Dash">Dash pattern of a line.</param>
/// <param name="Marker">Marker of a line.</param>
/// <param name="Order">Entries sort by it (stable): guides such as a reference line go after the data.</param>
internal sealed record LegendItem(
    string Label, string Color, LegendSymbol Symbol, LineDash Dash = LineDash.Solid, MarkerShape Marker = MarkerShape.None, int Order = 0);

/// <summary>How a legend entry is drawn.</summary>
internal enum LegendSymbol
{
    Box,
    Line,
}

/// <summary>Point markers; shapes tell lines apart without relying on colour alone.</summary>
internal enum MarkerShape
{
    None,
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// <summary>Line patterns, paired with the markers to tell provinces apart.</summary>
internal enum LineDash
{
    Solid,
    Dashed,
    Dotted,
    DenselyDashed,
}

/// <summary>The marker and dash cycles, by a province's position in the cube.</summary>
internal static class Markers
{
    public static IReadOnlyList<MarkerShape> Cycle { get; } = [MarkerShape.Circle, MarkerShape.Square, MarkerShape.Triangle, MarkerShape.Diamond];

    /// <summary>Dash patterns paired with <see cref="Cycle"/>.</summary>
    public static IReadOnlyList<LineDash> Dashes { get; } = [LineDash.Solid, LineDash.Dashed, LineDash.Dotted, LineDash.DenselyDashed];

    public static ScottPlot.MarkerShape ToScottPlot(MarkerShape shape) => shape switch
    {
        MarkerShape.Circle => ScottPlot.MarkerShape.FilledCircle,
        MarkerShape.Square => ScottPlot.MarkerShape.FilledSquare,
        MarkerShape.Triangle => ScottPlot.MarkerShape.FilledTriangleUp,
        MarkerShape.Diamond => ScottPlot.MarkerShape.FilledDiamond,
        _ => ScottPlot.MarkerShape.None,
    };

    public static ScottPlot.LinePattern ToScottPlot(LineDash dash) => dash switch
    {
        LineDash.Dashed => ScottPlot.LinePattern.Dashed,
        LineDash.Dotted => ScottPlot.LinePattern.Dotted,
        LineDash.DenselyDashed => ScottPlot.LinePattern.DenselyDashed,
        _ => ScottPlot.LinePattern.Solid,
    };
}
