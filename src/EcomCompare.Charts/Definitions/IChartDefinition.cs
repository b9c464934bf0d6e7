using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Tokens;

namespace EcomCompare.Charts.Definitions;

/// <summary>
/// A named chart (<c>funding-split</c>, …): which parameters it takes, the one cube question it asks, and how it
/// turns the answer into a <see cref="ChartFigure"/> — data in, picture out, testable without a server.
/// </summary>
internal interface IChartDefinition
{
    /// <summary>The name in the URL.</summary>
    string Name { get; }

    /// <summary>The measures it draws, the default first; empty when it has no <c>measure</c> parameter.</summary>
    IReadOnlyList<Measure> Measures { get; }

    /// <summary>The layouts it draws, the default first.</summary>
    IReadOnlyList<ViewLayout> Layouts { get; }

    /// <summary>False when the chart fixes the funding sources itself (then <c>sources</c> is an error).</summary>
    bool UsesSources => true;

    /// <summary>What the chart compares when it fixes the sources, for the error message.</summary>
    string FixedSourcesDescription => string.Empty;

    int DefaultWidth => 800;

    int DefaultHeight => 480;

    /// <summary>The cube question whose answer the chart draws.</summary>
    CubeQuestion Question(ChartRequest request);

    /// <summary>The figure of <paramref name="result"/>, the answer to <see cref="Question"/>.</summary>
    ChartFigure Build(ChartRequest request, CubeCatalog catalog, CubeResult result);
}
