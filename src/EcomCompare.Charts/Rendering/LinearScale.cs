namespace EcomCompare.Charts.Rendering;

/// <summary>Maps values in [<paramref name="Min"/>, <paramref name="Max"/>] onto pixels [<paramref name="From"/>, <paramref name="To"/>] (To may be smaller: SVG y grows downwards).</summary>
internal sealed record LinearScale(double Min, double Max, double From, double To)
{
    public double Map(double value) => Max == Min ? From : From + ((value - Min) / (Max - Min) * (To - From));
}
