using System.Text;
using EcomCompare.Charts.Definitions;
using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Charts.Tests.Support;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using Microsoft.Extensions.Primitives;

namespace EcomCompare.Charts.Tests.Charts;

/// <summary>A chart definition is data in, picture out: a hand-made query answer, no cube, no server.</summary>
public sealed class ChartDefinitionTests
{
    private static readonly CubeCatalog Catalog = new(
        new CubeIdentity("test", DateTimeOffset.UnixEpoch, "none"),
        [
            new ProvinceRecord(
                "an-giang", "An Giang", "Mekong", "12/QĐ-UBND", new DateOnly(2021, 3, 4), "2021–2025", "an-giang", null, 300, "an-giang.txt"),
            new ProvinceRecord("ha-giang", "Hà Giang", "North", "34/QĐ-UBND", null, "2021–2025", "tuyen-quang", null, 100, "ha-giang.txt"),
        ],
        [new NamedMember("central", "Central budget", "Ngân sách trung ương"), new NamedMember("local", "Local budget", "Ngân sách địa phương")],
        [new NamedMember("policy", "Policy", "Chính sách")],
        [2021, 2022],
        []);

    [Fact]
    public void FundingSplitTurnsAnAnswerIntoStackedAmountsWithTotals()
    {
        var request = Request("funding-split.svg", ("measure", "amount"), ("lang", "en"));
        var chart = ChartDefinitions.Find("funding-split")!;
        Assert.Equal([CubeDimension.Province, CubeDimension.Source], chart.Question(request).By);
        var answer = new CubeResult([CubeDimension.Province, CubeDimension.Source],
        [
            Row(200, "an-giang", "central"), Row(100, "an-giang", "local"), Row(100, "ha-giang", "local"),
        ]);

        var figure = chart.Build(request, Catalog, answer);

        Assert.Equal(["An Giang", "Hà Giang"], figure.Bands);
        Assert.Contains("12/QĐ-UBND", figure.Footnote, StringComparison.Ordinal);
        var (svg, labels) = ChartService.Draw(figure, request);
        var texts = SvgContentTests.Texts(Encoding.UTF8.GetString(svg));
        foreach (var label in new[] { "200", "100", "300" }) // segments and An Giang's total
        {
            Assert.Contains(label, labels);
            Assert.Contains(label, texts);
        }

        Assert.Contains("Funding by source and province, 2021–2022", texts);
    }

    private static CubeRow Row(decimal amount, params string[] keys) =>
        new(keys, keys, keys.Select(_ => false).ToList(), amount, 1, null);

    private static ChartRequest Request(string file, params (string Key, string Value)[] query)
    {
        Assert.True(
            ChartRequestParser.TryParse(file, query.ToDictionary(q => q.Key, q => new StringValues(q.Value)), out var parsed, out var error), error);
        Assert.True(ChartRequestParser.TryResolve(parsed, Catalog, out var request, out error), error);
        return request;
    }
}
