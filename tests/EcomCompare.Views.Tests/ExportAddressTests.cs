using EcomCompare.Cube.Query;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Tokens;

namespace EcomCompare.Views.Tests;

/// <summary>The one builder of export addresses: the OData, workbook and chart contracts, and each page's view.</summary>
public sealed class ExportAddressTests
{
    private static readonly CubeSlice Sliced = new()
    {
        Provinces = ["binh-dinh", "can-tho"],
        FromYear = 2021,
        ToYear = 2023,
        Sources = ["central", "local"],
        Categories = ["awareness"],
    };

    [Fact]
    public void TheFilterNamesEveryPartOfTheSlice()
    {
        Assert.Equal(
            "ProvinceCode in ('binh-dinh','can-tho') and Year ge 2021 and Year le 2023 and SourceCode in ('central','local') and CategoryCode in ('awareness')",
            ExportAddress.Filter(Sliced));
        Assert.Equal("Year eq 2024", ExportAddress.Filter(new CubeSlice { FromYear = 2024, ToYear = 2024 }));
        Assert.Equal("Year ge 2023", ExportAddress.Filter(new CubeSlice { FromYear = 2023 }));
        Assert.Null(ExportAddress.Filter(CubeSlice.All));
        Assert.Equal("ProvinceCode in ('o''brien')", ExportAddress.Filter(new CubeSlice { Provinces = ["o'brien"] }));
    }

    [Fact]
    public void TheGroupedAddressFiltersThenGroupsAndSumsTheAmount()
    {
        var url = ExportAddress.BudgetLines(Sliced, "ProvinceCode", "SourceCode");
        Assert.Equal(
            "odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20ge%202021%20and%20Year%20le%202023%20and%20SourceCode%20in%20('central','local')%20and%20CategoryCode%20in%20('awareness'))/groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))",
            url);
        Assert.True(Uri.TryCreate(new Uri("http://h/"), url, out var absolute));
        Assert.Contains("groupby((ProvinceCode,SourceCode)", Uri.UnescapeDataString(absolute!.Query), StringComparison.Ordinal);
        Assert.Equal(
            "odata/BudgetLines?$apply=groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))", ExportAddress.BudgetLines(
                CubeSlice.All, "ProvinceCode", "SourceCode"));
        Assert.Equal("odata/BudgetLines", ExportAddress.BudgetLineRows(CubeSlice.All));
        Assert.Equal("odata/FundingSplitsByYear?$filter=Year%20eq%202022", ExportAddress.EntitySet("FundingSplitsByYear", "Year eq 2022"));
    }

    [Fact]
    public void WorkbookAndChartAddressesUseTheSharedSliceFormat()
    {
        Assert.Equal(
            "export/funding-split.xlsx?provinces=binh-dinh,can-tho&years=2021-2023&sources=central,local&categories=awareness",
            ExportAddress.Workbook("funding-split", Sliced, Language.Vi));
        Assert.Equal(
            "export/categories.xlsx?by=native&lang=en", ExportAddress.Workbook(
                "categories", CubeSlice.All, Language.En, ("by", "native"), ("measure", null)));
        Assert.Equal(
            "charts/funding-split.png?provinces=can-tho&years=2021-2023&width=1200&scale=2&title=C%E1%BA%A7n%20Th%C6%A1%20%26%20co",
            ExportAddress.Chart(
                "funding-split", "png", new CubeSlice { Provinces = ["can-tho"], FromYear = 2021, ToYear = 2023 }, width: 1200, scale: 2,
                title: "Cần Thơ & co"));
        Assert.Equal("charts/funding-split.svg?title=", ExportAddress.Chart("funding-split", "svg", CubeSlice.All, title: string.Empty));
    }

    [Fact]
    public void OneODataShapePerPageWhateverTheFilter()
    {
        // Unfiltered and filtered funding-split views group the same properties (the page once switched to the FundingSplits set).
        var whole = ViewExporter.For(new ExportView(ExportPage.FundingSplit, CubeSlice.All, Language.Vi)).OData;
        var filtered = ViewExporter.For(new ExportView(ExportPage.FundingSplit, Sliced, Language.Vi)).OData;
        Assert.EndsWith("groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))", whole, StringComparison.Ordinal);
        Assert.EndsWith("groupby((ProvinceCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))", filtered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "odata/FundingSplits")]
    [InlineData("provinces", "odata/FundingSplits?$filter=ProvinceCode%20in%20('binh-dinh','can-tho')")]
    [InlineData("one-year", "odata/FundingSplitsByYear?$filter=ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20eq%202023")]
    [InlineData("range", null)]
    [InlineData("sources", null)]
    [InlineData("categories", null)]
    public void TheFundingSplitOffersTheNamedFeedWhereItHoldsTheViewsNumbers(string filter, string? named)
    {
        // Names, each source's money and share, the total: what the screen shows, when the feed holds just that.
        var provinces = new CubeSlice { Provinces = ["binh-dinh", "can-tho"] };
        var slice = filter switch
        {
            "provinces" => provinces,
            "one-year" => provinces with { FromYear = 2023, ToYear = 2023 },
            "range" => provinces with { FromYear = 2021, ToYear = 2023 },
            "sources" => provinces with { Sources = ["local"] },
            "categories" => provinces with { Categories = ["awareness"] },
            _ => CubeSlice.All,
        };
        var more = ViewExporter.For(new ExportView(ExportPage.FundingSplit, slice, Language.Vi) { Layout = ViewLayout.Stacked }).MoreOData;
        Assert.Equal(named is null ? [] : [named], more.Select(m => m.Address));
    }

    [Fact]
    public void YearByYearViewsOfferTheNamedFeedByYear()
    {
        var range = new CubeSlice { FromYear = 2022, ToYear = 2024 };
        foreach (var view in new[]
        {
            new ExportView(ExportPage.FundingSplit, range, Language.En) { Layout = ViewLayout.Multiples },
            new ExportView(ExportPage.Trends, range, Language.En),
        })
        {
            var (kind, address) = Assert.Single(ViewExporter.For(view).MoreOData);
            Assert.Equal("FundingSplitsByYear", kind);
            Assert.Equal("odata/FundingSplitsByYear?$filter=Year%20ge%202022%20and%20Year%20le%202024", address);
        }

        Assert.Empty(ViewExporter.For(new ExportView(ExportPage.Trends, range with { Sources = ["central"] }, Language.En)).MoreOData);
    }

    [Fact]
    public void SmallMultiplesExportTheYearByYearViewInItsMeasure()
    {
        var exports = ViewExporter.For(
            new ExportView(ExportPage.FundingSplit, new CubeSlice { Provinces = ["thai-binh"] },
                Language.En)
            { Layout = ViewLayout.Multiples, Measure = Measure.Amount });
        Assert.Equal(
            "odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('thai-binh'))/groupby((ProvinceCode,Year,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))", exports.OData);
        Assert.Equal("export/funding-split.xlsx?provinces=thai-binh&layout=multiples&lang=en", exports.Workbook);
        var chart = Assert.Single(exports.Charts);
        Assert.Equal("charts/funding-split.svg?provinces=thai-binh&measure=amount&layout=multiples&lang=en", chart.Svg);
        Assert.Equal("charts/funding-split.png?provinces=thai-binh&measure=amount&layout=multiples&scale=2&lang=en", chart.Png);
    }

    [Fact]
    public void TheWholePeriodHasBothChartsAndTheVietnameseWorkbook()
    {
        var exports = ViewExporter.For(new ExportView(ExportPage.FundingSplit, CubeSlice.All, Language.Vi) { Layout = ViewLayout.Stacked });
        Assert.Equal("export/funding-split.xlsx", exports.Workbook);
        Assert.Equal(
            ["charts/funding-split.svg?measure=share&lang=vi", "charts/funding-split.svg?measure=amount&lang=vi"], exports.Charts.Select(c => c.Svg));
    }

    [Fact]
    public void TrendsAsColumnsEmbedTheColumnsChart()
    {
        var exports = ViewExporter.For(
            new ExportView(ExportPage.Trends, new CubeSlice { FromYear = 2022, ToYear = 2022 }, Language.Vi) { Layout = ViewLayout.Columns });
        Assert.Equal("charts/funding-trend.svg?years=2022&layout=columns&lang=vi", exports.Charts[0].Svg);
        Assert.Equal("charts/co-financing.svg?years=2022&lang=vi", exports.Charts[1].Svg);
        Assert.Equal("export/funding-trend.xlsx?years=2022", exports.Workbook);
    }

    [Fact]
    public void OwnGroupsExportOwnGroupsAndNoHarmonizedChart()
    {
        var native = ViewExporter.For(
            new ExportView(ExportPage.Categories, CubeSlice.All, Language.Vi) { Grouping = Grouping.Native, Measure = Measure.Amount });
        Assert.Equal("odata/BudgetLines?$apply=groupby((ProvinceCode,NativeGroup),aggregate(Amount%20with%20sum%20as%20Amount))", native.OData);
        Assert.Equal("export/categories.xlsx?by=native", native.Workbook);
        Assert.Empty(native.Charts);

        var shares = ViewExporter.For(
            new ExportView(ExportPage.Categories, CubeSlice.All, Language.Vi) { Grouping = Grouping.Category, Measure = Measure.Share });
        Assert.Equal("export/categories.xlsx?measure=share", shares.Workbook);
        Assert.Equal("charts/categories.svg?measure=share&layout=heatmap&lang=vi", Assert.Single(shares.Charts).Svg);
    }

    [Fact]
    public void TheExplorerExportsItsPivotAsLaidOut()
    {
        var exports = ViewExporter.For(new ExportView(ExportPage.Explorer, new CubeSlice { Provinces = ["thai-binh"] }, Language.En)
        {
            Rows = [CubeDimension.Province, CubeDimension.Item],
            Column = CubeDimension.Source,
            Measure = Measure.ShareOfRow,
            Subtotals = false,
        });
        Assert.Equal(
            "odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('thai-binh'))/groupby((ProvinceCode,ItemCode,ItemName,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share))", exports.OData);
        Assert.Equal("export/pivot.xlsx?provinces=thai-binh&rows=province,item&cols=source&measure=row&totals=off&lang=en", exports.Workbook);
        Assert.Empty(exports.Charts);
    }

    [Theory]
    [InlineData("amount", "source", "groupby((CategoryCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount))")]
    [InlineData(
        "col", "source", "groupby((CategoryCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfColumn%20as%20Share))")]
    [InlineData(
        "total", "source", "groupby((CategoryCode,SourceCode),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfTotal%20as%20Share))")]
    // The column's property is listed last even when the row holds it: the service reads the last one as the column.
    [InlineData(
        "col", "province", "groupby((CategoryCode,ProvinceCode),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfColumn%20as%20Share))")]
    // No column: a row is one cell (100 % of itself), a column share is a share of the total.
    [InlineData(
        "row", null, "groupby((CategoryCode,CategoryCode),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share))")]
    [InlineData(
        "col", null, "groupby((CategoryCode),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfTotal%20as%20Share))")]
    public void TheExplorersODataCarriesItsMeasure(string measure, string? column, string apply)
    {
        var exports = ViewExporter.For(new ExportView(ExportPage.Explorer, CubeSlice.All, Language.Vi)
        {
            Rows = [CubeDimension.Category],
            Column = ViewTokens.Dimensions.Parse(column),
            Measure = ViewTokens.Measures.Parse(measure),
        });
        Assert.Equal("odata/BudgetLines?$apply=" + apply, exports.OData);
    }

    [Fact]
    public void TargetsAndQualityHaveWorkbooksOfTheirRows()
    {
        var targets = ViewExporter.For(
            new ExportView(ExportPage.Targets, new CubeSlice { Provinces = ["binh-dinh"], Categories = ["human-resources"] }, Language.Vi));
        Assert.Equal(
            "odata/Targets?$filter=ProvinceCode%20in%20('binh-dinh')%20and%20(CategoryCode%20in%20('human-resources')%20or%20IndicatorCode%20eq%20'other')", targets.OData);
        Assert.Equal("export/targets.xlsx?provinces=binh-dinh&categories=human-resources", targets.Workbook);
        Assert.Equal("budget", Assert.Single(targets.MoreOData).Kind);

        var quality = ViewExporter.For(new ExportView(ExportPage.Quality, new CubeSlice { Provinces = ["can-tho"], FromYear = 2022 }, Language.En));
        Assert.Equal("odata/Discrepancies?$filter=ProvinceCode%20in%20('can-tho')", quality.OData);
        Assert.Equal("export/discrepancies.xlsx?provinces=can-tho&lang=en", quality.Workbook);
    }
}
