using AngleSharp.Dom;
using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>
/// Charts you can use (issue 25, 6): every bar, segment, point and legend item is a link to the view filtered by
/// what it stands for, with a tooltip saying its value, share and unit. Figures from the documents: Bình Định's
/// central money 3.785 of 6.860 (55,2 %); in 2023 695 of 1.280 (54,3 %); Cần Thơ's 2021 co-financing 664,3 / 102.
/// </summary>
public class ChartLinksTests
{
    private static IElement Mark(PageHarness page, string testId) =>
        page.Find(testId).QuerySelector("a.ec-mark") ?? throw new InvalidOperationException($"{testId} has no mark");

    [Fact]
    public async Task ASegmentFiltersToItsProvinceAndSourceAndSaysItsValueShareAndUnit()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/");
        var segment = Mark(page, "share-chart-binh-dinh-central");

        Assert.Equal("./?provinces=binh-dinh&sources=central", segment.GetAttribute("href"));
        Assert.Equal("Bình Định · Trung ương", segment.GetAttribute("data-tip"));
        Assert.Equal("3.785 triệu đồng · 55,2%", segment.GetAttribute("data-tip-value"));
        Assert.Equal("Bấm để chỉ xem Bình Định · Trung ương", segment.GetAttribute("data-tip-hint"));
        Assert.Equal("Bình Định · Trung ương: 3.785 triệu đồng · 55,2%. Bấm để chỉ xem Bình Định · Trung ương", segment.GetAttribute("aria-label"));
        // The amount chart's segment is the same mark on another scale.
        Assert.Equal("./?provinces=binh-dinh&sources=central", Mark(page, "amount-chart-binh-dinh-central").GetAttribute("href"));
    }

    [Fact]
    public async Task ABarsLabelFiltersToItsProvinceAndSaysItsTotal()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?years=2021-2023");
        var label = page.Find("amount-chart-thai-binh-label");

        Assert.Equal("./?provinces=thai-binh&years=2021-2023", label.GetAttribute("href"));
        Assert.Equal("Thái Bình", label.GetAttribute("data-tip"));
        Assert.Equal("2.705 triệu đồng", label.GetAttribute("data-tip-value")); // 800 + 920 + 985 (filters it does not stand for stay)
    }

    [Fact]
    public async Task TheMarkOfTheCurrentFilterLeadsBackToAll()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?provinces=binh-dinh&sources=central");
        var segment = Mark(page, "share-chart-binh-dinh-central");

        Assert.Equal("./", segment.GetAttribute("href"));
        Assert.Contains("ec-mark-active", segment.GetAttribute("class"), StringComparison.Ordinal);
        Assert.Equal("Bấm để xem lại tất cả (đang chỉ xem Bình Định · Trung ương)", segment.GetAttribute("data-tip-hint"));
    }

    [Theory]
    [InlineData("/?mode=year&year=2022", "share-chart-can-tho-central", "./?provinces=can-tho&sources=central&mode=year&year=2022",
        "Cần Thơ · Trung ương · 2022", "977 triệu đồng · 68,0%")]
    [InlineData("/?layout=multiples", "multiple-2023-binh-dinh-local", "./?provinces=binh-dinh&years=2023&sources=local&layout=multiples",
        "Bình Định · Địa phương · 2023", "585 triệu đồng · 45,7%")]
    [InlineData("/?layout=multiples&measure=amount&lang=en", "multiple-2021-thai-binh-enterprise",
        "./?provinces=thai-binh&years=2021&sources=enterprise&layout=multiples&measure=amount&lang=en", "Thái Bình · Enterprise · 2021",
        "20 million VND · 2.5%")]
    public async Task OneYearAndSmallMultiplesFilterToTheirYearToo(string address, string testId, string href, string title, string value)
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>(address);
        var segment = Mark(page, testId);

        Assert.Equal(href, segment.GetAttribute("href"));
        Assert.Equal(title, segment.GetAttribute("data-tip"));
        Assert.Equal(value, segment.GetAttribute("data-tip-value"));
    }

    [Fact]
    public async Task ALegendItemFiltersToItsSourceAndTheCurrentOneSaysSo()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?sources=local&lang=en");
        var legend = page.Document.QuerySelectorAll("[data-testid=legend-link]");

        var local = Assert.Single(legend);
        Assert.Equal("Local", local.GetAttribute("data-tip"));
        Assert.Equal("./?lang=en", local.GetAttribute("href"));
        Assert.Equal("true", local.GetAttribute("aria-current"));
        Assert.Equal("Click to show all again (now only Local)", local.GetAttribute("data-tip-hint"));

        await using var all = await PageHarness.OpenAsync<FundingSplit>("/");
        Assert.Equal(
            ["./?sources=central", "./?sources=local", "./?sources=enterprise"],
            all.Document.QuerySelectorAll("[data-testid=legend-link]").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/trends", "mark-trend-binh-dinh-central-2023", "trends?provinces=binh-dinh&years=2023&sources=central",
        "Bình Định · Trung ương · 2023", "695 triệu đồng · 54,3%")]
    [InlineData("/trends?layout=columns&lang=en", "mark-trend-thai-binh-enterprise-2022",
        "trends?provinces=thai-binh&years=2022&sources=enterprise&layout=columns&lang=en", "Thái Bình · Enterprise · 2022",
        "55 million VND · 6.0%")] // 55 / 920
    [InlineData("/trends", "mark-co-financing-chart-can-tho-2021", "trends?provinces=can-tho&years=2021", "Cần Thơ · 2021",
        "6,51 đồng địa phương trên mỗi đồng trung ương")]
    public async Task ATrendPointFiltersToItsProvinceSourceAndYear(string address, string testId, string href, string title, string value)
    {
        await using var page = await PageHarness.OpenAsync<Trends>(address);
        var point = page.Find(testId);

        Assert.Equal(href, point.GetAttribute("href"));
        Assert.Equal(title, point.GetAttribute("data-tip"));
        Assert.Equal(value, point.GetAttribute("data-tip-value"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?layout=multiples")]
    [InlineData("/trends")]
    [InlineData("/trends?layout=columns")]
    public async Task EachChartIsOneTabStopAndAGroupOfLinks(string address)
    {
        await using var page = address.StartsWith("/trends", StringComparison.Ordinal)
            ? await PageHarness.OpenAsync<Trends>(address)
            : await PageHarness.OpenAsync<FundingSplit>(address);
        var charts = page.Document.QuerySelectorAll("svg.ec-chart");

        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            // A group: an image's parts would be hidden from assistive technology, and these are links.
            Assert.Equal("group", chart.GetAttribute("role"));
            Assert.Single(chart.QuerySelectorAll("a.ec-mark[tabindex='0']"));
            Assert.True(chart.QuerySelectorAll("a.ec-mark[href]").Length > 3, address);
            Assert.Empty(chart.QuerySelectorAll("title:not(:first-child)")); // no native tooltips besides the chart's name
        }
    }
}
