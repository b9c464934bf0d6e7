using System.Text.RegularExpressions;
using System.Xml.Linq;
using EcomCompare.Charts.Tests.Support;

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

    [Fact]
    public async Task EveryChartHasTitleUnitsLegendAndASourceFootnoteNamingTheDecisions()
    {
        foreach (var chart in new[] { "funding-split", "funding-trend", "categories", "co-financing" })
        {
            var svg = await fixture.SvgAsync(chart + ".svg");
            var doc = XDocument.Parse(svg);
            Assert.NotNull(doc.Root!.Element(Svg + "title"));
            Assert.NotNull(Group(doc, "title"));
            Assert.NotNull(Group(doc, "legend"));
            var footnote = string.Join(" ", Group(doc, "footnote")!.Elements(Svg + "text").Select(t => t.Value));
            Assert.Contains("3192/QĐ-UBND", footnote, StringComparison.Ordinal);
            Assert.Contains("18/11/2020", footnote, StringComparison.Ordinal);
            Assert.Contains("1279/QĐ-UBND", footnote, StringComparison.Ordinal);
            Assert.Contains("Dự thảo quyết định", footnote, StringComparison.Ordinal);
            Assert.NotNull(Group(doc, "axis-titles") ?? Group(doc, "column-labels"));
        }
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
        Assert.Contains("font-family=\"&apos;Noto Sans&apos;, sans-serif\"", svg, StringComparison.Ordinal);
        foreach (var text in new[] { "Bình Định", "Thái Bình", "Cần Thơ", "Cơ cấu nguồn kinh phí theo tỉnh", "Trung ương", "Địa phương", "Doanh nghiệp" })
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
            Assert.Contains($"stroke=\"{color}\"", trend, StringComparison.Ordinal);
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
        Assert.Null(Group(untitled, "title"));
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
    public async Task TheMarkupHasNoIdsTimestampsOrCultureDependentNumbers()
    {
        var svg = await fixture.SvgAsync("categories.svg");
        Assert.DoesNotContain(" id=", svg, StringComparison.Ordinal);
        Assert.DoesNotMatch(DateLike(), svg);
        // Coordinates use '.' decimals: no attribute value has a decimal comma.
        Assert.DoesNotMatch(CommaNumberAttribute(), svg);
    }

    [Fact]
    public async Task ASliceWithNoMoneySaysSoInsteadOfDrawingEmptyAxes()
    {
        var svg = await fixture.SvgAsync("funding-split.svg?categories=policy");
        Assert.Contains("Không có kinh phí trong phạm vi đã chọn", svg, StringComparison.Ordinal);
        XDocument.Parse(svg);
    }

    [Fact]
    public async Task EveryTextFitsInsideThePicture()
    {
        foreach (var url in new[] { "funding-split.svg", "funding-trend.svg", "categories.svg", "categories.svg?layout=heatmap", "co-financing.svg", "funding-trend.svg?width=240&height=160", "categories.svg?width=320&height=240" })
        {
            var doc = XDocument.Parse(await fixture.SvgAsync(url));
            var width = double.Parse(doc.Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var text in doc.Descendants(Svg + "text").Where(t => t.Attribute("transform") is null))
            {
                var x = double.Parse(text.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);
                var size = double.Parse(text.Attribute("font-size")!.Value, System.Globalization.CultureInfo.InvariantCulture);
                var w = Text.TextMeasure.Width(text.Value, size, text.Attribute("font-weight") is not null);
                var (left, right) = text.Attribute("text-anchor")?.Value switch
                {
                    "middle" => (x - (w / 2), x + (w / 2)),
                    "end" => (x - w, x),
                    _ => (x, x + w),
                };
                Assert.True(left >= -0.5 && right <= width + 0.5, $"{url}: '{text.Value}' runs from {left:0.#} to {right:0.#} in a {width} px picture");
            }
        }
    }

    private static List<string> Texts(string svg) => XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value).ToList();

    private static XElement? Group(XDocument doc, string className) =>
        doc.Descendants(Svg + "g").FirstOrDefault(g => (string?)g.Attribute("class") == className);

    [GeneratedRegex(@"20\d\d-\d\d-\d\dT")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"(x|y|width|height|r|cx|cy|x1|x2|y1|y2)=""-?\d+,\d")]
    private static partial Regex CommaNumberAttribute();
}
