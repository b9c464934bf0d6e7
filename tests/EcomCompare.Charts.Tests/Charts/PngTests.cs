using System.Text;
using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Charts.Tests.Support;
using EcomCompare.Testing;
using EcomCompare.Views.Palette;
using SkiaSharp;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>PNG: drawn in process by ScottPlot / SkiaSharp at the requested pixel size, in Noto Sans loaded from its file.</summary>
[Collection(ChartCollection.Name)]
public sealed class PngTests(ChartFixture fixture)
{
    private const string Provinces = "Bình Định, Thái Bình, Cần Thơ";

    [Theory]
    [InlineData("funding-split.png", 800, 420)]
    [InlineData("funding-trend.png?width=640&height=400&scale=2", 1280, 800)]
    [InlineData("categories.png?width=1000&height=700&scale=1.5", 1500, 1050)]
    [InlineData("co-financing.png?width=300&height=200&scale=0.5", 150, 100)]
    [InlineData("categories.png?layout=heatmap&width=1200&height=900", 1200, 900)]
    [InlineData("funding-split.png?layout=multiples&width=800&height=500", 800, 500)]
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
    [InlineData("funding-trend", "funding-trend.png")]
    [InlineData("funding-trend-columns", "funding-trend.png?layout=columns")]
    [InlineData("categories", "categories.png")]
    [InlineData("categories-heatmap", "categories.png?layout=heatmap")]
    [InlineData("co-financing", "co-financing.png")]
    [InlineData("funding-split-multiples", "funding-split.png?layout=multiples&height=640")]
    public async Task EveryChartKindDrawsAPictureWithContent(string name, string url)
    {
        var bytes = await fixture.RenderAsync(url);
        File.WriteAllBytes(Path.Combine(RepoPaths.Artifacts, name + ".png"), bytes);
        var png = PngImage.Decode(bytes);
        Assert.True(png.DistinctColors() > 50);
        var ink = png.Ink();
        Assert.NotNull(ink);
        Assert.True(ink.Value.Right - ink.Value.Left > png.Width / 2, "drawn across the picture");
    }

    [Fact]
    public async Task TheHeatmapCellsTakeTheDashboardsRamp()
    {
        var png = PngImage.Decode(await fixture.RenderAsync("categories.png?layout=heatmap"));
        // The largest cell is the ramp's dark end; no cell is drawn in another ramp's colours (the old YlGnBu).
        Assert.True(png.Count(ChartPalette.HeatHigh) > 1_000, $"{png.Count(ChartPalette.HeatHigh)} px of {ChartPalette.HeatHigh}");
        Assert.Equal(0, png.Count("#0C2C84"));
    }

    [Theory]
    [InlineData("funding-split.png?measure=amount")]
    [InlineData("funding-trend.png?provinces=binh-dinh&sources=central")]
    [InlineData("categories.png?layout=heatmap&lang=en")]
    [InlineData("co-financing.png")]
    public async Task ThePngAndTheSvgOfOneRequestShowTheSameNumbers(string url)
    {
        var (figure, png) = await fixture.FigureAsync(url);
        var svgRequest = png with { Format = ChartFormat.Svg, Scale = 1 };
        var (_, pngLabels) = ChartService.Draw(figure, png);
        var (svgBytes, svgLabels) = ChartService.Draw(figure, svgRequest);
        Assert.NotEmpty(pngLabels);
        Assert.Equal(pngLabels, svgLabels);
        var texts = SvgContentTests.Texts(Encoding.UTF8.GetString(svgBytes));
        Assert.All(pngLabels, label => Assert.Contains(label, texts));
    }

    [Fact]
    public async Task ThePngBytesAreTheSameEveryTime()
    {
        Assert.Equal(await fixture.RenderAsync("categories.png?layout=heatmap"), await fixture.RenderAsync("categories.png?layout=heatmap"));
        Assert.Equal(await fixture.RenderAsync("funding-trend.png?scale=2"), await fixture.RenderAsync("funding-trend.png?scale=2"));
    }

    [Fact]
    public void TheChartFontIsNotoSansFromItsFileAndHasEveryVietnameseLetter()
    {
        var (regular, bold) = ChartFonts.Load();
        Assert.Equal("Noto Sans", regular.FamilyName);
        Assert.True(bold.IsBold);
        const string Letters = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
        foreach (var face in new[] { regular, bold })
        {
            var glyphs = face.GetGlyphs(Letters + Letters.ToLowerInvariant() + Provinces);
            Assert.DoesNotContain((ushort)0, glyphs); // glyph 0 is .notdef: a box where the letter should be
        }
    }

    [Fact]
    public void AMissingFontIsAnErrorNamingThePackageToInstall()
    {
        var e = Assert.Throws<ChartFontException>(() => ChartFonts.LoadFrom("/nonexistent/fonts"));
        Assert.Contains("fonts-noto-core", e.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/fonts/NotoSans-Regular.ttf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVietnameseTitleIsDrawnWithItsDiacriticsInThePng()
    {
        // The same chart titled with and without diacritics: only the title line (y 0–36, above the subtitle) differs.
        // The marks are drawn: the Vietnamese title reaches higher (ì, ầ, ơ above the letters) and has more ink; a
        // font without them would draw boxes or nothing (the font's glyph coverage is checked above).
        var marked = PngImage.Decode(await fixture.RenderAsync("funding-split.png?title=" + Uri.EscapeDataString(Provinces)));
        var plain = PngImage.Decode(await fixture.RenderAsync("funding-split.png?title=" + Uri.EscapeDataString("Binh Dinh, Thai Binh, Can Tho")));
        var title = (Left: 0, Top: 0, Right: 420, Bottom: 36);
        var markedInk = marked.Ink(area: title) ?? throw new InvalidOperationException("no title drawn");
        var plainInk = plain.Ink(area: title) ?? throw new InvalidOperationException("no plain title drawn");
        Assert.True(markedInk.Top < plainInk.Top,
            $"no marks above: the Vietnamese title starts at y={markedInk.Top}, the plain one at {plainInk.Top}");
        Assert.True(
            marked.DarkPixels(title) > plain.DarkPixels(title),
            $"{marked.DarkPixels(title)} dark pixels with diacritics, {plain.DarkPixels(title)} without");
        Assert.Equal(markedInk.Left, plainInk.Left); // the same place: the title, not something else
    }

    [Fact]
    public void VietnameseDiacriticsRenderAsMarksAboveAndBelowTheLetter()
    {
        var plain = InkOf("e");
        var marked = InkOf("ệ"); // circumflex above, dot below
        Assert.True(marked.Top < plain.Top - 8, $"no mark above: ệ starts at y={marked.Top}, e at {plain.Top}");
        Assert.True(marked.Bottom > plain.Bottom + 5, $"no dot below: ệ ends at y={marked.Bottom}, e at {plain.Bottom}");

        var o = InkOf("O");
        var horned = InkOf("Ở"); // horn to the right, hook above
        Assert.True(horned.Top < o.Top - 8 && horned.Right > o.Right + 3, "Ở is drawn as O with its hook and horn");
    }

    [Fact]
    public void TextIsMeasuredWithTheFontItIsDrawnIn()
    {
        // Labels are fitted by TextMeasure; drawn in another font (DejaVu Sans, the usual fallback, is ~15% wider) they would overflow.
        const string text = "Bình Định — Cần Thơ 2.342,5";
        const float size = 40;
        var ink = InkOf(text, size);
        var estimate = TextMeasure.Width(text, size);
        var width = ink.Right - ink.Left + 1;
        Assert.InRange(width, estimate * 0.93, estimate * 1.01);
    }

    private static (int Left, int Top, int Right, int Bottom) InkOf(string text, float size = 80)
    {
        var width = (int)TextMeasure.Width(text, size) + 60;
        using var surface = SKSurface.Create(new SKImageInfo(width, 200, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        Painter.Text(surface.Canvas, text, 30, 130, size, "#000000");
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return PngImage.Decode(data.ToArray()).Ink() ?? throw new InvalidOperationException($"'{text}' drew nothing");
    }
}
