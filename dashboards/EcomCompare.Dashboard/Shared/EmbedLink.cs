using EcomCompare.Views.Exports;


namespace EcomCompare.Dashboard.Shared;

/// <summary>A chart of the view as an image address (<c>/charts/…</c>), in SVG and PNG.</summary>
/// <param name="Label">Which chart.</param>
/// <param name="Svg">Relative SVG address.</param>
/// <param name="Png">Relative PNG address.</param>
public sealed record EmbedLink(string Label, string Svg, string Png)
{
    /// <summary>A chart address from the shared export builder, under the page's label for it.</summary>
    public static EmbedLink From(ChartLink chart, string label) => new(label, chart.Svg, chart.Png);
}

/// <summary>A further OData address of the view's numbers.</summary>
/// <param name="Label">What it returns.</param>
/// <param name="Path">Relative OData address.</param>
public sealed record ODataLink(string Label, string Path);
