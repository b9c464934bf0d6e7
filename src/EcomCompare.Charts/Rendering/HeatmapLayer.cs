using EcomCompare.Views.Palette;
using ScottPlot;

namespace EcomCompare.Charts.Rendering;

/// <summary>
/// A heatmap: rows down the band axis, columns across, each cell a rectangle coloured along
/// <see cref="ChartPalette.Heat"/> (the dashboard's ramp) by its value (0 → lightest, the largest → darkest) and
/// labelled, in a colour that reads on it, when the label fits.
/// </summary>
internal sealed class HeatmapLayer(double?[,] values, string?[,] labels) : IChartLayer
{
    private const string NoValue = "#F2F2F2";

    public IEnumerable<LegendItem> LegendItems => [];

    public (double Min, double Max)? ValueRange => null;

    public int Columns => values.GetLength(1);

    public void AddTo(LayerContext context)
    {
        var max = 0.0;
        foreach (var v in values)
        {
            if (v is { } value && value > max)
            {
                max = value;
            }
        }

        for (var r = 0; r < values.GetLength(0); r++)
        {
            var y = context.BandCenters[r];
            var half = context.BandWidth / 2;
            for (var c = 0; c < values.GetLength(1); c++)
            {
                var fraction = values[r, c] is { } v && v > 0 && max > 0 ? v / max : (double?)null;
                var fill = fraction is { } f ? ChartPalette.Heat(f) : NoValue;
                var cell = context.Plot.Add.Rectangle(c - 0.48, c + 0.48, y - half, y + half);
                cell.FillColor = ScottPlot.Color.FromHex(fill);
                cell.LineWidth = 0;
                if (labels[r, c] is { } text)
                {
                    var rect = new CoordinateRect(c - 0.48, c + 0.48, y - half, y + half);
                    var center = new Coordinates(c, y);
                    var color = fraction is { } t ? ChartPalette.HeatText(t) : ChartPalette.Ink;
                    context.Labels.Add(text,
                    [
                        new LabelPlacement(center, 0, 0, LabelAlign.Center, rect, color, Size: 12),
                        new LabelPlacement(center, 0, 0, LabelAlign.Center, rect, color, Size: 10),
                    ]);
                }
            }
        }
    }
}
