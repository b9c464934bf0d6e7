namespace EcomCompare.Dashboard.Charts.Geometry;

/// <summary>
/// How narrow a chart may be drawn and its text still read (issue 14): an SVG scales its text with its width, so
/// on a phone a 560-unit chart squeezed into 360 px drew its 11.5-unit ticks at 7 px. A chart is never drawn
/// narrower than the width at which its smallest text is 10 px; below that its box scrolls sideways.
/// </summary>
public static class ReadableSize
{
    /// <summary>The smallest text the charts draw, in SVG units (the tick labels, <c>.ec-tick</c> in dashboard.css).</summary>
    public const double SmallestText = 11.5;

    /// <summary>The smallest text a person should have to read, in CSS pixels.</summary>
    public const double MinimumPixels = 10;

    /// <summary>The narrowest a chart <paramref name="width"/> units wide may be drawn, in CSS pixels.</summary>
    /// <example><c>ReadableSize.MinimumWidth(560)</c> → about 487.</example>
    public static double MinimumWidth(double width) => Math.Ceiling(width * MinimumPixels / SmallestText);
}
