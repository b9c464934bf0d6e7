using System.Xml.Linq;
using EcomCompare.Charts.Tests.Support;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>
/// The SVG of each chart kind, drawn from the real cube, compared line by line with its golden file
/// (<c>Goldens/*.svg</c>; regenerate with <c>ECOMCOMPARE_UPDATE_GOLDENS=1</c>).
/// </summary>
[Collection(ChartCollection.Name)]
public sealed class SvgGoldenTests(ChartFixture fixture)
{
    public static TheoryData<string, string> Cases => new()
    {
        { "funding-split", "funding-split.svg" },
        { "funding-split-amount-en", "funding-split.svg?measure=amount&lang=en" },
        { "funding-split-multiples", "funding-split.svg?layout=multiples&height=640" },
        { "funding-split-sliced", "funding-split.svg?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local&categories=awareness" },
        { "funding-trend", "funding-trend.svg" },
        { "funding-trend-columns-en", "funding-trend.svg?layout=columns&lang=en&width=1000" },
        { "funding-trend-share-thai-binh", "funding-trend.svg?measure=share&provinces=thai-binh" },
        { "categories", "categories.svg" },
        { "categories-heatmap-en", "categories.svg?layout=heatmap&lang=en" },
        { "categories-share-small", "categories.svg?measure=share&width=480&height=360" },
        { "co-financing", "co-financing.svg" },
        { "co-financing-two-provinces", "co-financing.svg?provinces=binh-dinh,can-tho&years=2022-2024&title=Đối ứng địa phương" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachChartKindMatchesItsGoldenSvg(string name, string url)
    {
        var svg = await fixture.SvgAsync(url);
        XDocument.Parse(svg); // well-formed XML, whatever the texts contain
        Goldens.Match(name + ".svg", svg);
    }
}
