using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;

namespace EcomCompare.Charts.Definitions;

/// <summary>
/// A named chart (<c>funding-split</c>, …): which parameters it takes, and how it turns a request into a
/// <see cref="ChartFigure"/> with data read through <see cref="CubeQueries"/>.
/// </summary>
internal interface IChartDefinition
{
    /// <summary>The name in the URL.</summary>
    string Name { get; }

    /// <summary>The measures it draws, the default first; empty when it has no <c>measure</c> parameter.</summary>
    IReadOnlyList<string> Measures { get; }

    /// <summary>The layouts it draws, the default first.</summary>
    IReadOnlyList<string> Layouts { get; }

    /// <summary>False when the chart fixes the funding sources itself (then <c>sources</c> is an error).</summary>
    bool UsesSources => true;

    /// <summary>What the chart compares when it fixes the sources, for the error message.</summary>
    string FixedSourcesDescription => string.Empty;

    int DefaultWidth => 800;

    int DefaultHeight => 480;

    Task<ChartFigure> BuildAsync(ChartRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation);
}
