using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EcomCompare.Charts.Tests.Support;
using EcomCompare.Views.Palette;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>What the SVG says: the real figures, formatted per language, the units, the sources, the colours.</summary>
[Collection(ChartCollection.Name)]
public sealed partial class SvgContentTests(ChartFixture fixture)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task FundingSplitByAmountLabelsEachSourceAndTotalVietnameseStyle()
    {
        var texts = Texts(await fixture.SvgAsync("funding-split.svg?measure=amount"));
        // Bình Định central 3.785 + local 3.075 = 6.860; Thái Bình 2.125 + 2.495 + 270 = 4.890; Cần Thơ 2.899 + 2.342,5 = 5.241,5.
        foreach (var label in new[] { "3.785", "3.075", "6.860", "2.125", "2.495", "270", "4.890", "2.899", "2.342,5", "5.241,5" })
        {
            Assert.Contains(label, texts);
        }

        Assert.Contains("Triệu đồng", texts);
    }

    [Fact]
    public async Task FundingSplitInEnglishWritesNumbersEnglishStyle()
    {
        var texts = Texts(await fixture.SvgAsync("funding-split.svg?measure=amount&lang=en"));
        Assert.Contains("3,785", texts);
        Assert.Contains("5,241.5", texts);
        Assert.Contains("Million VND", texts);
        Assert.DoesNotContain("5.241,5", texts);
    }

    [Fact]
    public async Task FundingSplitSharesAreTheSourcesShareOfEachProvince()
    {
        var texts = Texts(await fixture.SvgAsync("funding-split.svg"));
        // Thái Bình: 2.125 / 4.890 = 43,5%, 2.495 / 4.890 = 51,0%, 270 / 4.890 = 5,5%; Bình Định 3.785 / 6.860 = 55,2%.
        Assert.Contains("43,5%", texts);
        Assert.Contains("51,0%", texts);
        Assert.Contains("5,5%", texts);
        Assert.Contains("55,2%", texts);
        Assert.Contains("100%", texts); // the axis of a 100%-stacked bar
    }

    [Fact]
    public async Task FundingTrendLabelsTheYearlyFiguresOfTheDocuments()
    {
        var svg = await fixture.SvgAsync("funding-trend.svg?provinces=binh-dinh&sources=central");
        var texts = Texts(svg);
        foreach (var label in new[] { "535", "905", "695", "815", "835", "2021", "2025" })
        {
            Assert.Contains(label, texts);
        }

        Assert.Contains("Bình Định · Trung ương", texts);
    }

    [Fact]
    public async Task CategoriesShowThaiBinhsManagementMoneyIncludingTheUnitemizedPart()
    {
        // Thái Bình management = 30 + 300 + 415 unitemized = 745.
        var texts = Texts(await fixture.SvgAsync("categories.svg?provinces=thai-binh&layout=heatmap"));
        Assert.Contains("745", texts);
        Assert.Contains("Năng lực quản lý nhà nước, thực thi và thống kê", texts);
    }

    [Fact]
    public async Task CoFinancingIsLocalMoneyPerUnitOfCentralMoney()
    {
        var texts = Texts(await fixture.SvgAsync("co-financing.svg?provinces=thai-binh"));
        // Thái Bình: 2.495 / 2.125 = 1,17 for the plan; 2021: 325 / 455 = 0,71; 2023: 560 / 360 = 1,56.
        Assert.Contains(texts, t => t.Contains("1,17", StringComparison.Ordinal));
        Assert.Contains("0,71", texts);
        Assert.Contains("1,56", texts);
    }

    [Theory]
    [InlineData("funding-split.svg", "Cơ cấu nguồn kinh phí theo tỉnh, 2021–2025", "Tỷ trọng (%)", "Trung ương")]
    [InlineData("funding-split.svg?layout=multiples", "Cơ cấu nguồn kinh phí theo tỉnh, từng năm, 2021–2025", "Tỷ trọng (%)", "Địa phương")]
    [InlineData("funding-trend.svg", "Kinh phí theo năm, tỉnh và nguồn, 2021–2025", "Triệu đồng", "Bình Định · Trung ương")]
    [InlineData("funding-trend.svg?layout=columns", "Kinh phí theo năm, tỉnh và nguồn, 2021–2025", "Triệu đồng", "Doanh nghiệp")]
    [InlineData("categories.svg", "Kinh phí theo nhóm nhiệm vụ và tỉnh, 2021–2025", "Triệu đồng", "Cần Thơ")]
    [InlineData("categories.svg?layout=heatmap", "Kinh phí theo nhóm nhiệm vụ và tỉnh, 2021–2025", null, null)]
    [InlineData(
        "co-financing.svg", "Vốn địa phương trên mỗi đồng vốn trung ương, 2021–2025", "Đồng địa phương trên 1 đồng trung ương",
        "địa phương = trung ương")]
    public async Task EveryChartHasTitleUnitsLegendAndASourceFootnoteNamingTheDecisions(string url, string title, string? unit, string? legend)
    {
        var svg = await fixture.SvgAsync(url);
        var doc = XDocument.Parse(svg);
        Assert.Equal(title, doc.Root!.Element(Svg + "title")!.Value);
        var texts = Texts(svg);
        Assert.Contains(title, texts);
        Assert.Contains(
            texts, t => t.StartsWith("Số liệu: ", StringComparison.Ordinal) || t.StartsWith("Kinh phí", StringComparison.Ordinal) || t.StartsWith(
                "Tỷ trọng", StringComparison.Ordinal));
        if (unit is not null)
        {
            Assert.Contains(unit, texts);
        }

        if (legend is not null)
        {
            Assert.Contains(legend, texts);
        }

        var footnote = string.Join(" ", texts.SkipWhile(t => !t.StartsWith("Số liệu:", StringComparison.Ordinal)));
        Assert.Contains("3192/QĐ-UBND", footnote, StringComparison.Ordinal);
        Assert.Contains("18/11/2020", footnote, StringComparison.Ordinal);
        Assert.Contains("1279/QĐ-UBND", footnote, StringComparison.Ordinal);
        Assert.Contains("Dự thảo quyết định", footnote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmallMultiplesDrawEveryYearsSplitOnOneScale()
    {
        var svg = await fixture.SvgAsync("funding-split.svg?layout=multiples&measure=amount&provinces=binh-dinh&height=640");
        var texts = Texts(svg);
        foreach (var year in new[] { "2021", "2022", "2023", "2024", "2025" })
        {
            Assert.Contains(year, texts);
        }

        // Bình Định's central money per year, as the document's table gives it.
        foreach (var label in new[] { "535", "905", "695", "815", "835" })
        {
            Assert.Contains(label, texts);
        }
    }

    [Fact]
    public async Task GroupedColumnsLabelEachProvincesBlock()
    {
        var texts = Texts(await fixture.SvgAsync("funding-trend.svg?layout=columns&width=1000"));
        foreach (var province in new[] { "Bình Định", "Thái Bình", "Cần Thơ" })
        {
            Assert.Contains(province, texts);
        }

        Assert.Equal(3, texts.Count(t => t == "2021"));
    }

    [Fact]
    public async Task TheFootnoteNamesOnlyTheProvincesDrawn()
    {
        var svg = await fixture.SvgAsync("funding-split.svg?provinces=can-tho");
        Assert.Contains("1279/QĐ-UBND", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("3192/QĐ-UBND", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VietnameseTextIsInTheSvgAsCharactersNamingTheNotoSansFont()
    {
        var svg = await fixture.SvgAsync("funding-split.svg");
        Assert.Contains("font-family=\"Noto Sans\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family=\"DejaVu", svg, StringComparison.Ordinal);
        foreach (var text in new[] { "Bình Định", "Thái Bình", "Cần Thơ", "Cơ cấu nguồn kinh phí theo tỉnh", "Trung ương", "Địa phương",
            "Doanh nghiệp" })
        {
            Assert.Contains(text, svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FundingSourcesHaveTheirFixedColoursInEveryChart()
    {
        var split = await fixture.SvgAsync("funding-split.svg");
        var trend = await fixture.SvgAsync("funding-trend.svg");
        foreach (var color in new[] { ChartPalette.Central, ChartPalette.Local, ChartPalette.Enterprise })
        {
            Assert.Contains($"fill=\"{color}\"", split, StringComparison.Ordinal);
            // Solid lines are strokes; SkiaSharp's SVG writes dashed ones as filled outlines.
            Assert.True(
                trend.Contains($"stroke=\"{color}\"", StringComparison.Ordinal) || trend.Contains($"fill=\"{color}\"", StringComparison.Ordinal),
                color);
        }

        Assert.Equal("#E69F00", ChartPalette.ForSource("local"));
    }

    [Fact]
    public async Task ACustomTitleIsEscapedAndAnEmptyOneDrawsNoTitle()
    {
        var svg = await fixture.SvgAsync("funding-split.svg?title=" + Uri.EscapeDataString("<script>alert('x')</script> & Cần Thơ"));
        XDocument.Parse(svg);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);

        var untitled = XDocument.Parse(await fixture.SvgAsync("funding-split.svg?title="));
        Assert.DoesNotContain("Cơ cấu nguồn kinh phí theo tỉnh, 2021–2025", untitled.Descendants(Svg + "text").Select(t => t.Value.Trim()));
        Assert.Equal("Cơ cấu nguồn kinh phí theo tỉnh, 2021–2025", untitled.Root!.Element(Svg + "title")!.Value); // still named for screen readers
    }

    [Fact]
    public async Task TheSameParametersGiveTheSameBytes()
    {
        foreach (var url in new[] { "funding-split.svg", "funding-trend.svg?lang=en", "categories.svg?layout=heatmap", "co-financing.svg" })
        {
            Assert.Equal(await fixture.RenderAsync(url), await fixture.RenderAsync(url));
        }
    }

    [Fact]
    public async Task TheMarkupHasStableIdsNoTimestampsAndNoCultureDependentNumbers()
    {
        // Drawn after other charts (ScottPlot's clip-id counter has moved on), the ids still start at cl_1.
        await fixture.SvgAsync("funding-trend.svg");
        var svg = await fixture.SvgAsync("categories.svg");
        var ids = Ids().Matches(svg).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => "cl_" + i), ids);
        Assert.DoesNotMatch(DateLike(), svg);
        // Coordinates use '.' decimals: no attribute value has a decimal comma.
        Assert.DoesNotMatch(CommaNumberAttribute(), svg);
    }

    [Fact]
    public async Task ASliceWithNoMoneySaysSoInsteadOfDrawingEmptyAxes()
    {
        var svg = await fixture.SvgAsync("funding-split.svg?categories=policy");
        // The dashboard's and the workbook's words for it (issue 25).
        Assert.Contains("Không có dữ liệu cho lựa chọn này", svg, StringComparison.Ordinal);
        XDocument.Parse(svg);
        Assert.Contains("No data for this selection", await fixture.SvgAsync("funding-split.svg?categories=policy&lang=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryTextFitsInsideThePicture()
    {
        foreach (var url in new[] { "funding-split.svg", "funding-split.svg?layout=multiples", "funding-trend.svg",
            "funding-trend.svg?layout=columns", "categories.svg", "categories.svg?layout=heatmap", "co-financing.svg",
                "funding-trend.svg?width=240&height=160", "categories.svg?width=320&height=240" })
        {
            var doc = XDocument.Parse(await fixture.SvgAsync(url));
            var width = double.Parse(doc.Root!.Attribute("width")!.Value, CultureInfo.InvariantCulture);
            foreach (var text in doc.Descendants(Svg + "text"))
            {
                // ScottPlot writes each text at translate(x y) with one x offset per glyph (rotated axis titles: matrix(…)).
                var transform = text.Attribute("transform")?.Value ?? string.Empty;
                if (!transform.StartsWith("translate", StringComparison.Ordinal) || text.Value.Trim().Length == 0)
                {
                    continue;
                }

                var origin = Translate().Match(transform) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
                var first = double.Parse(text.Attribute("x")!.Value.Split(',')[0], CultureInfo.InvariantCulture);
                var size = double.Parse(text.Attribute("font-size")!.Value, CultureInfo.InvariantCulture);
                var left = origin + first;
                var right = left + Rendering.TextMeasure.Width(text.Value.Trim(), size, text.Attribute("font-weight") is not null);
                Assert.True(
                    left >= -0.5 && right <= width + 0.5,
                    $"{url}: '{text.Value.Trim()}' runs from {left:0.#} to {right:0.#} in a {width} px picture");
            }
        }
    }

    /// <summary>The text of every <c>&lt;text&gt;</c>, trimmed (ScottPlot indents it on its own lines).</summary>
    internal static List<string> Texts(string svg) => XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

    [GeneratedRegex(@"<clipPath id=""(cl_[0-9a-f]+)""")]
    private static partial Regex Ids();

    [GeneratedRegex(@"translate\((-?[0-9.]+)[ ,]")]
    private static partial Regex Translate();

    [GeneratedRegex(@"20\d\d-\d\d-\d\dT")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"(x|y|width|height|r|cx|cy|x1|x2|y1|y2)=""-?\d+,\d")]
    private static partial Regex CommaNumberAttribute();
}
