namespace EcomCompare.Charts.Svg;

/// <summary>An axis-aligned rectangle in SVG pixels (y grows downwards).</summary>
internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + (Width / 2);

    public double CenterY => Y + (Height / 2);

    public bool Intersects(Box other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public bool Contains(Box other) =>
        other.X >= X - 0.01 && other.Right <= Right + 0.01 && other.Y >= Y - 0.01 && other.Bottom <= Bottom + 0.01;

    public Box Inflate(double by) => new(X - by, Y - by, Width + (2 * by), Height + (2 * by));
}
