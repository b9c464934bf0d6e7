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
        const string Split = "groupby((ProvinceCode,Province,SourceCode,SourceVi,Source),AGG)";
        Assert.EndsWith(Split.Replace("AGG", "aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total)", StringComparison.Ordinal), whole, StringComparison.Ordinal);
        Assert.EndsWith(Split.Replace("AGG", "aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total)", StringComparison.Ordinal), filtered, StringComparison.Ordinal);
    }

    /// <summary>Every page and mode: its rows' codes and names, and the share and whole it shows (issue 25, 3).</summary>
    public static TheoryData<string, ExportView, string> Views { get; } = new()
    {
        { "funding, whole period or one year", View(ExportPage.FundingSplit), "groupby((ProvinceCode,Province,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))" },
        {
            "funding, small multiples", View(ExportPage.FundingSplit) with { Layout = ViewLayout.Multiples, Measure = Measure.Amount },
            "groupby((ProvinceCode,Province,Year,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))"
        },
        {
            "trends (lines or columns)", View(ExportPage.Trends) with { Layout = ViewLayout.Columns },
            "groupby((ProvinceCode,Province,Year,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))"
        },
        {
            "categories, shares or amounts", View(ExportPage.Categories) with { Measure = Measure.Amount },
            "groupby((CategoryCode,CategoryVi,Category,ProvinceCode,Province),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfColumn%20as%20Share,Amount%20with%20EcomCompare.totalOfColumn%20as%20Total))"
        },
        {
            "categories, the provinces' own groups", View(ExportPage.Categories) with { Grouping = Grouping.Native },
            "groupby((ProvinceCode,Province,NativeGroupCode,NativeGroup),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))"
        },
        {
            "explorer, amounts across a column", View(ExportPage.Explorer) with { Rows = [CubeDimension.Province, CubeDimension.Category], Column = CubeDimension.Year },
            "groupby((ProvinceCode,Province,CategoryCode,CategoryVi,Category,Year),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))"
        },
        {
            "explorer, amounts without a column", View(ExportPage.Explorer) with { Rows = [CubeDimension.SubSource] },
            "groupby((SourceCode,SourceVi,Source,SubSourceCode,SubSourceVi,SubSource),aggregate(Amount%20with%20sum%20as%20Amount))"
        },
        {
            "explorer, % of row", View(ExportPage.Explorer) with { Rows = [CubeDimension.Item], Column = CubeDimension.Source, Measure = Measure.ShareOfRow },
            "groupby((ProvinceCode,Province,ItemCode,ItemName,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))"
        },
        {
            "explorer, % of column",
            View(ExportPage.Explorer) with { Rows = [CubeDimension.NativeGroup], Column = CubeDimension.Province, Measure = Measure.ShareOfColumn },
            // The column's properties come last even when the row holds them: the service's column is the province.
            "groupby((ProvinceCode,Province,NativeGroupCode,NativeGroup,ProvinceCode,Province),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfColumn%20as%20Share,Amount%20with%20EcomCompare.totalOfColumn%20as%20Total))"
        },
        {
            "explorer, % of total", View(ExportPage.Explorer) with { Rows = [CubeDimension.Year], Column = CubeDimension.SubSource, Measure = Measure.ShareOfTotal },
            "groupby((Year,SourceCode,SourceVi,Source,SubSourceCode,SubSourceVi,SubSource),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfTotal%20as%20Share,Amount%20with%20EcomCompare.totalOfAll%20as%20Total))"
        },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void EveryPageAndModeGroupsByCodesAndNamesWithItsShareAndWholeWhateverTheFilter(string mode, ExportView view, string apply)
    {
        // Each kind of filter goes in front of the same grouping, so the same names, shares and totals come out.
        foreach (var (slice, filter) in new (CubeSlice, string?)[]
        {
            (CubeSlice.All, null),
            (new CubeSlice { Provinces = ["thai-binh"] }, "ProvinceCode%20in%20('thai-binh')"),
            (new CubeSlice { FromYear = 2022, ToYear = 2022 }, "Year%20eq%202022"),
            (new CubeSlice { FromYear = 2022, ToYear = 2024 }, "Year%20ge%202022%20and%20Year%20le%202024"),
            (new CubeSlice { Sources = ["local", "enterprise"] }, "SourceCode%20in%20('local','enterprise')"),
            (new CubeSlice { Categories = ["awareness"] }, "CategoryCode%20in%20('awareness')"),
            (Sliced, "ProvinceCode%20in%20('binh-dinh','can-tho')%20and%20Year%20ge%202021%20and%20Year%20le%202023%20and%20SourceCode%20in%20('central','local')%20and%20CategoryCode%20in%20('awareness')"),
        })
        {
            var exports = ViewExporter.For(view with { Slice = slice });
            Assert.True(
                exports.OData == "odata/BudgetLines?$apply=" + (filter is null ? string.Empty : $"filter({filter})/") + apply,
                $"{mode}, filter {filter ?? "none"}: {exports.OData}");
            Assert.NotNull(exports.Feed);
        }
    }

    [Theory]
    [InlineData(false, "filter(ProvinceCode%20in%20('thai-binh')%20and%20Year%20ge%202022%20and%20CategoryCode%20in%20('management'))/groupby((CategoryCode,CategoryVi,Category,ProvinceCode,Province,ItemCode,ItemName,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))")]
    [InlineData(true, "filter(ProvinceCode%20in%20('thai-binh')%20and%20Year%20ge%202022%20and%20ProvinceCode%20eq%20'thai-binh'%20and%20NativeGroupCode%20eq%20'IV')/groupby((ProvinceCode,Province,NativeGroupCode,NativeGroup,ItemCode,ItemName,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))")]
    public void ADrilledCellAddsItsItemsBySourceWithEachItemsTotal(bool native, string apply)
    {
        var slice = new CubeSlice { FromYear = 2022, Provinces = ["thai-binh"] };
        var cell = native ? slice with { NativeGroups = ["thai-binh/IV"] } : slice with { Categories = ["management"] };
        var exports = ViewExporter.For(
            new ExportView(ExportPage.Categories, slice, Language.En) { Grouping = native ? Grouping.Native : Grouping.Category, Drill = cell });
        var (kind, address) = Assert.Single(exports.MoreOData);
        Assert.Equal(ViewExporter.ItemsKind, kind);
        Assert.Equal("odata/BudgetLines?$apply=" + apply, address);
        Assert.Equal(
            [native ? CubeDimension.NativeGroup : CubeDimension.Category, CubeDimension.Item, CubeDimension.Source], exports.DrillFeed!.Dimensions);
        Assert.Equal([CubeDimension.Item], exports.DrillFeed.Whole);
        Assert.False(exports.DrillFeed.ShareShown);
    }

    private static ExportView View(ExportPage page) => new(page, CubeSlice.All, Language.Vi);

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
            "odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('thai-binh'))/groupby((ProvinceCode,Province,Year,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))",
            exports.OData);
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
        Assert.Equal(
            "odata/BudgetLines?$apply=groupby((ProvinceCode,Province,NativeGroupCode,NativeGroup),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))",
            native.OData);
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
            "odata/BudgetLines?$apply=filter(ProvinceCode%20in%20('thai-binh'))/groupby((ProvinceCode,Province,ItemCode,ItemName,SourceCode,SourceVi,Source),"
            + "aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))", exports.OData);
        Assert.Equal("export/pivot.xlsx?provinces=thai-binh&rows=province,item&cols=source&measure=row&totals=off&lang=en", exports.Workbook);
        Assert.Empty(exports.Charts);
    }

    [Theory]
    [InlineData("amount", "source", "groupby((CategoryCode,CategoryVi,Category,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))")]
    [InlineData("col", "source", "groupby((CategoryCode,CategoryVi,Category,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfColumn%20as%20Share,Amount%20with%20EcomCompare.totalOfColumn%20as%20Total))")]
    [InlineData("total", "source", "groupby((CategoryCode,CategoryVi,Category,SourceCode,SourceVi,Source),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfTotal%20as%20Share,Amount%20with%20EcomCompare.totalOfAll%20as%20Total))")]
    // The column's properties are listed last even when the row holds them: the service reads the last one as the column.
    [InlineData("col", "province", "groupby((CategoryCode,CategoryVi,Category,ProvinceCode,Province),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfColumn%20as%20Share,Amount%20with%20EcomCompare.totalOfColumn%20as%20Total))")]
    // No column: a row is one cell (100 % of itself, its own properties listed again as the column), a column share is a share of the total.
    [InlineData("row", null, "groupby((CategoryCode,CategoryVi,Category,CategoryCode,CategoryVi,Category),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfRow%20as%20Share,Amount%20with%20EcomCompare.totalOfRow%20as%20Total))")]
    [InlineData("col", null, "groupby((CategoryCode,CategoryVi,Category),aggregate(Amount%20with%20sum%20as%20Amount,Amount%20with%20EcomCompare.shareOfTotal%20as%20Share,Amount%20with%20EcomCompare.totalOfAll%20as%20Total))")]
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
