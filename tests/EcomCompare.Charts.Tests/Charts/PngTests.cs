using System.Diagnostics;
using System.Text;
using EcomCompare.Charts.Svg;
using EcomCompare.Charts.Tests.Support;
using EcomCompare.Charts.Text;
using EcomCompare.Testing;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>PNG: librsvg rasterising the chart's own SVG at the requested pixel size, with the named font.</summary>
[Collection(ChartCollection.Name)]
public sealed class PngTests(ChartFixture fixture)
{
    [Theory]
    [InlineData("funding-split.png", 800, 420)]
    [InlineData("funding-trend.png?width=640&height=400&scale=2", 1280, 800)]
    [InlineData("categories.png?width=1000&height=700&scale=1.5", 1500, 1050)]
    [InlineData("co-financing.png?width=300&height=200&scale=0.5", 150, 100)]
    [InlineData("categories.png?layout=heatmap&width=1200&height=900", 1200, 900)]
    public async Task ThePngHasExactlyTheRequestedPixelSize(string url, int width, int height)
    {
        var png = await fixture.RenderAsync(url);
        Assert.Equal((width, height), PngImage.Size(png));
    }

    [Fact]
    public async Task ThePngIsNotBlankAndShowsEachFundingSourcesColour()
    {
        var bytes = await fixture.RenderAsync("funding-split.png");
        File.WriteAllBytes(Path.Combine(RepoPaths.Artifacts, "funding-split.png"), bytes);
        var png = PngImage.Decode(bytes);
        Assert.True(png.DistinctColors() > 50, $"{png.DistinctColors()} colours");
        // Bars are large flat areas of the palette colours; enterprise is Thái Bình's thin 5,5% segment.
        Assert.True(png.Count(ChartPalette.Central) > 20_000, $"central {png.Count(ChartPalette.Central)} px");
        Assert.True(png.Count(ChartPalette.Local) > 20_000, $"local {png.Count(ChartPalette.Local)} px");
        Assert.True(png.Count(ChartPalette.Enterprise) > 1_000, $"enterprise {png.Count(ChartPalette.Enterprise)} px");
        Assert.True(png.Count("#FFFFFF") > 100_000, "a white background");
    }

    [Theory]
    [InlineData("funding-trend")]
    [InlineData("categories")]
    [InlineData("co-financing")]
    public async Task EveryChartKindRastersToAPictureWithContent(string chart)
    {
        var bytes = await fixture.RenderAsync(chart + ".png");
        File.WriteAllBytes(Path.Combine(RepoPaths.Artifacts, chart + ".png"), bytes);
        var png = PngImage.Decode(bytes);
        Assert.True(png.DistinctColors() > 50);
        var ink = png.Ink();
        Assert.NotNull(ink);
        Assert.True(ink.Value.Right - ink.Value.Left > png.Width / 2, "drawn across the picture");
    }

    [Fact]
    public async Task ThePngIsTheSvgRasterised()
    {
        var svg = await fixture.RenderAsync("funding-trend.svg?width=700&height=420");
        var png = await fixture.RenderAsync("funding-trend.png?width=700&height=420&scale=2");
        Assert.Equal(png, await fixture.Rasterizer.RasterizeAsync(svg, 1400, 840, CancellationToken.None));
    }

    [Fact]
    public async Task ThePngBytesAreTheSameEveryTime()
    {
        Assert.Equal(await fixture.RenderAsync("categories.png?layout=heatmap"), await fixture.RenderAsync("categories.png?layout=heatmap"));
    }

    [Fact]
    public void FontconfigResolvesTheNamedFontToNotoSans()
    {
        var info = new ProcessStartInfo("fc-match", [TextMeasure.FontFamily]) { RedirectStandardOutput = true };
        using var process = Process.Start(info)!;
        var match = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.StartsWith("NotoSans-Regular", match, StringComparison.Ordinal); // Debian fonts-noto-core
    }

    [Fact]
    public async Task VietnameseDiacriticsRenderAsMarksAboveAndBelowTheLetter()
    {
        var plain = await InkOf("e");
        var marked = await InkOf("ệ"); // circumflex above, dot below
        Assert.True(marked.Top < plain.Top - 8, $"no mark above: ệ starts at y={marked.Top}, e at {plain.Top}");
        Assert.True(marked.Bottom > plain.Bottom + 5, $"no dot below: ệ ends at y={marked.Bottom}, e at {plain.Bottom}");

        var o = await InkOf("O");
        var horned = await InkOf("Ở"); // horn to the right, hook above
        Assert.True(horned.Top < o.Top - 8 && horned.Right > o.Right + 3, "Ở is drawn as O with its hook and horn");
    }

    [Fact]
    public async Task TheRenderedTextIsAsWideAsTheNotoSansWidthTableSays()
    {
        // A different font (DejaVu Sans, the usual fallback) renders this ~15% wider: labels would overflow.
        const string text = "Bình Định — Cần Thơ 2.342,5";
        const double size = 40;
        var ink = await InkOf(text, size);
        var estimate = TextMeasure.Width(text, size);
        var width = ink.Right - ink.Left + 1;
        Assert.InRange(width, estimate * 0.93, estimate * 1.01);
    }

    private async Task<(int Left, int Top, int Right, int Bottom)> InkOf(string text, double size = 80)
    {
        var width = (int)TextMeasure.Width(text, size) + 60;
        var svg = new SvgBuilder(width, 200, text);
        svg.Rect(new Box(0, 0, width, 200), "#FFFFFF").Text(30, 130, text, size, "#000000");
        var png = PngImage.Decode(await fixture.Rasterizer.RasterizeAsync(Encoding.UTF8.GetBytes(svg.ToString()), width, 200, CancellationToken.None));
        return png.Ink() ?? throw new InvalidOperationException($"'{text}' drew nothing");
    }
}
