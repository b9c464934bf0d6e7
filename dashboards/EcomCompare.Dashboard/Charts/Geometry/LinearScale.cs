namespace EcomCompare.Dashboard.Charts.Geometry;

/// <summary>Maps a value domain onto a pixel range (either may be reversed, e.g. SVG's downward y).</summary>
/// <param name="DomainMin">Value at <paramref name="RangeMin"/>.</param>
/// <param name="DomainMax">Value at <paramref name="RangeMax"/>.</param>
/// <param name="RangeMin">Pixel of <paramref name="DomainMin"/>.</param>
/// <param name="RangeMax">Pixel of <paramref name="DomainMax"/>.</param>
public readonly record struct LinearScale(double DomainMin, double DomainMax, double RangeMin, double RangeMax)
{
    /// <summary>The pixel of <paramref name="value"/>; a degenerate domain maps everything to <see cref="RangeMin"/>.</summary>
    public double Map(double value)
    {
        var span = DomainMax - DomainMin;
        return span == 0 ? RangeMin : RangeMin + ((value - DomainMin) / span * (RangeMax - RangeMin));
    }

    /// <summary>The pixel length of <paramref name="value"/> measured from the domain's start.</summary>
    public double Length(double value) => Math.Abs(Map(value) - Map(DomainMin));
}
