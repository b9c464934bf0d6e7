namespace EcomCompare.Charts.Rendering;

/// <summary>Band labels fitted to their bands: a font size (12 px, down to 7 px when bands are narrow), each label
/// wrapped into lines joined by "\n".</summary>
internal sealed record BandLabels(float Size, IReadOnlyList<string> Lines, double Widest)
{
    private const double FullSize = 12;

    /// <summary>Labels side by side under (or over) bands <paramref name="width"/> wide: shrink until the longest word fits.</summary>
    public static BandLabels Along(IReadOnlyList<string> labels, double width, bool bold)
    {
        var longestWord = labels.SelectMany(l => l.Split(' ')).Select(w => TextMeasure.Width(w, FullSize, bold)).DefaultIfEmpty(0).Max();
        var size = longestWord > width ? Math.Max(7, FullSize * width / longestWord) : FullSize;
        return Of(size, labels.Select(l => TextMeasure.Wrap(l, size, bold, width, 2)).ToList(), bold);
    }

    /// <summary>Labels stacked beside bands <paramref name="step"/> pixels apart: as many lines (≤ 2) as the step holds.</summary>
    public static BandLabels Across(IReadOnlyList<string> labels, double step, double maxWidth, bool bold)
    {
        var size = Math.Clamp(step / 1.25, 7, FullSize);
        var lines = Math.Clamp((int)(step / (size * 1.2)), 1, 2);
        return Of(size, labels.Select(l => TextMeasure.Wrap(l, size, bold, maxWidth, lines)).ToList(), bold);
    }

    private static BandLabels Of(double size, IReadOnlyList<IReadOnlyList<string>> lines, bool bold) => new(
        (float)Math.Round(size, 1),
        lines.Select(l => string.Join('\n', l)).ToList(),
        lines.SelectMany(l => l).Select(l => TextMeasure.Width(l, size, bold)).DefaultIfEmpty(0).Max());
}
