using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Slices;
using EcomCompare.Views.Tokens;
using Microsoft.AspNetCore.WebUtilities;

namespace EcomCompare.Charts.Tests.Exports;

/// <summary>
/// The chart addresses the export builder writes are read back by the chart endpoint's own parser into the same
/// view — slice, measure, layout, language — so the two cannot drift apart (issue 14: they had, once).
/// </summary>
public sealed class ChartLinksRoundTripTests
{
    public static TheoryData<ExportView> Views()
    {
        var sliced = new CubeSlice
        {
            Provinces = ["binh-dinh", "can-tho"],
            FromYear = 2022,
            ToYear = 2024,
            Sources = ["central", "local"],
            Categories = ["awareness", "infrastructure"]
        };
        return
        [
            new ExportView(ExportPage.FundingSplit, CubeSlice.All, Language.Vi),
            new ExportView(ExportPage.FundingSplit, sliced, Language.En),
            new ExportView(ExportPage.FundingSplit, sliced with { FromYear = 2023, ToYear = 2023 }, Language.Vi) { Layout = ViewLayout.Stacked },
            new ExportView(ExportPage.FundingSplit, sliced, Language.En) { Layout = ViewLayout.Multiples, Measure = Measure.Amount },
            new ExportView(ExportPage.FundingSplit, CubeSlice.All, Language.Vi) { Layout = ViewLayout.Multiples },
            new ExportView(ExportPage.Trends, sliced with { Sources = [] }, Language.En) { Layout = ViewLayout.Columns },
            new ExportView(ExportPage.Trends, CubeSlice.All, Language.Vi) { Layout = ViewLayout.Lines },
            new ExportView(ExportPage.Categories, sliced with { Sources = [] },
                Language.En) { Grouping = Grouping.Category, Measure = Measure.Amount },
            new ExportView(ExportPage.Categories, CubeSlice.All, Language.Vi) { Grouping = Grouping.Category, Measure = Measure.Share },
            new ExportView(ExportPage.Targets, sliced with { Sources = [] }, Language.En),
        ];
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void EveryChartLinkParsesBackToItsView(ExportView view)
    {
        var links = ViewExporter.For(view).Charts;
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            foreach (var (address, format) in new[] { (link.Svg, ChartFormat.Svg), (link.Png, ChartFormat.Png) })
            {
                var request = Parse(address);
                Assert.Equal(link.Chart, request.Chart.Name);
                Assert.Equal(format, request.Format);
                Assert.Equal(SliceQueryString.Format(view.Slice), SliceQueryString.Format(request.Slice));
                Assert.Equal(view.Language, request.Language);
                Assert.Equal(link.Measure ?? (request.Chart.Measures.Count == 0 ? null : request.Chart.Measures[0]), request.Measure);
                var layout = QueryHelpers.ParseQuery(address[address.IndexOf('?', StringComparison.Ordinal)..]).TryGetValue("layout", out var l)
                    ? ViewTokens.Layouts.Parse(l.ToString())
                    : request.Chart.Layouts[0];
                Assert.Equal(layout, request.Layout);
                Assert.Contains(request.Layout, request.Chart.Layouts);
                // The PNG is for printed reports: twice the screen's pixels; the SVG scales by itself.
                Assert.Equal(format == ChartFormat.Png ? ViewExporter.ReportPngScale : 1, request.Scale);
            }
        }
    }

    [Fact]
    public void TheViewsModesReachTheChartsLayouts()
    {
        Assert.Equal(
            ViewLayout.Multiples, Parse(
                Assert.Single(
                    ViewExporter.For(new ExportView(ExportPage.FundingSplit, CubeSlice.All,
                        Language.Vi)
                    { Layout = ViewLayout.Multiples }).Charts).Svg).Layout);
        Assert.Equal(
            ViewLayout.Columns, Parse(
                ViewExporter.For(new ExportView(ExportPage.Trends, CubeSlice.All,
                    Language.Vi)
                { Layout = ViewLayout.Columns }).Charts[0].Png).Layout);
        Assert.Equal(
            Measure.Amount, Parse(
                Assert.Single(ViewExporter.For(new ExportView(ExportPage.Categories, CubeSlice.All,
                    Language.En)
                { Measure = Measure.Amount }).Charts).Svg).Measure);
    }

    private static ChartRequest Parse(string address)
    {
        Assert.StartsWith("charts/", address, StringComparison.Ordinal);
        var question = address.IndexOf('?', StringComparison.Ordinal);
        var file = Uri.UnescapeDataString(question < 0 ? address["charts/".Length..] : address["charts/".Length..question]);
        var query = question < 0 ? [] : QueryHelpers.ParseQuery(address[question..]);
        Assert.True(ChartRequestParser.TryParse(file, query, out var request, out var error), error);
        return request;
    }
}
