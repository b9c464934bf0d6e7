using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Slices;
using EcomCompare.Views.Words;
using EcomCompare.Workbooks.Comparisons;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks;

/// <summary>
/// Builds a comparison's workbook so that it stands alone: a cover first (what it holds, for which provinces, years,
/// sources and categories, its figures and units, the plan documents, the build time in Vietnam time), then its table
/// sheets with the unit in every money or share header, each printed page headed by the title and filter.
/// </summary>
internal static class WorkbookBuilder
{
    public static async Task<byte[]> BuildAsync(WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var sheets = await request.Comparison.BuildAsync(request, catalog, queries, cancellation).ConfigureAwait(false);
        return WorkbookWriter.Write(Content(request, catalog, sheets));
    }

    /// <summary>The workbook of <paramref name="sheets"/>: the cover, the sheets with units and print titles, the page footer.</summary>
    public static WorkbookContent Content(WorkbookRequest request, CubeCatalog catalog, IReadOnlyList<DataSheet> sheets)
    {
        var words = WorkbookWords.For(request.Language);
        var cover = Cover(request, catalog);
        var printTitle = $"{cover.Title} · {Filter(request, catalog)}";
        var finished = sheets.Select(s => WithUnits(s, words)).Select(s => s with
        {
            PrintTitle = printTitle,
            Note = s.Note ?? (IsEmpty(s) ? words.NoData : null),
            Chart = IsEmpty(s) ? null : s.Chart,
        }).ToList();
        var footer = string.Format(CultureInfo.InvariantCulture, words.Footer, VietnamTime.Format(catalog.Identity.BuiltAt, request.Language));
        return new WorkbookContent(cover, finished, new PrintWords(footer, words.PageOf));
    }

    /// <summary>The title with its period: "Cơ cấu nguồn kinh phí theo tỉnh, 2021–2025".</summary>
    public static string Title(WorkbookRequest request) =>
        request.Comparison.Page is ExportPage.Quality or ExportPage.Targets
            ? request.Comparison.Describe(request).Title
            : $"{request.Comparison.Describe(request).Title}, {MemberWords.Period(request.Slice)}";

    /// <summary>The cover: title, scope, units and build time; the documents; the technical details.</summary>
    public static CoverSheet Cover(WorkbookRequest request, CubeCatalog catalog)
    {
        var words = WorkbookWords.For(request.Language);
        var quality = QualityWords.For(request.Language);
        var description = request.Comparison.Describe(request);
        var slice = request.Slice;
        var provinces = catalog.ProvincesIn(slice);
        var scope = new List<(string, string)>
        {
            (words.Contents, description.Contents),
            (words.Provinces, ProvincesText(slice, catalog, words)),
            (words.Years, MemberWords.Period(slice)),
            (words.SourcesLabel, SourcesText(slice, catalog, request.Language, words)),
            (words.Categories, CategoriesText(slice, catalog, request.Language, words)),
            (words.MeasureLabel, description.Measure),
            (words.UnitsLabel, request.Comparison.Page == ExportPage.Targets ? words.UnitsTargets : words.UnitsMoney),
            (words.BuiltAtVietnam, VietnamTime.Format(catalog.Identity.BuiltAt, request.Language)),
        };
        var partial = PartialSources(slice, catalog);
        var warning = partial is null ? null : string.Format(CultureInfo.InvariantCulture, words.PartialSources, partial
            .Select(s => MemberWords.SourceName(s, catalog, request.Language).ToLowerInvariant()).Aggregate((a, b) => $"{a}, {b}"));

        var columns = new List<SheetColumn>
        {
            new(words.Province, ColumnKind.Text, 36), new(words.PlanDocument, ColumnKind.Text, 72), new(words.DocumentFile, ColumnKind.Text, 14),
            new(words.StatedTotal, ColumnKind.Money, 16), new(words.CubeTotal, ColumnKind.Money, 16),
        };
        var documents = provinces.Select(p => (IReadOnlyList<SheetCell>)
        [
            p.Name, quality.Document(p), p.Document, new SheetCell((object?)p.StatedTotal), p.CubeTotal,
        ]).ToList();

        return new CoverSheet(words.About, Title(request), scope, warning, words.DocumentsHeading, columns, documents, words.TechnicalHeading,
            Facts(request, catalog, words));
    }

    /// <summary>The technical details: the data's decisions as written, the build, the URLs that fetch the same data.</summary>
    private static List<(string, string, bool)> Facts(WorkbookRequest request, CubeCatalog catalog, WorkbookWords words)
    {
        // The OData filter leaves out what keeps everything: the years when they are the plans' whole period.
        var odataSlice = request.Slice;
        if (catalog.Years.Count > 0 && odataSlice.FromYear == catalog.Years[0] && odataSlice.ToYear == catalog.Years[^1])
        {
            odataSlice = odataSlice with { FromYear = null, ToYear = null };
        }

        // The same addresses the dashboard shows for this view (one builder for both).
        var exports = ViewExporter.For(request.View with { Slice = odataSlice });
        var root = request.BaseUrl.TrimEnd('/') + "/";
        var refresh = root + (request.Comparison.Page is null ? ExportAddress.BudgetLineRows(odataSlice) : exports.OData);
        var identity = catalog.Identity;
        var sliceText = SliceQueryString.Format(odataSlice);
        var facts = new List<(string, string, bool)>();
        foreach (var p in catalog.ProvincesIn(request.Slice))
        {
            var date = p.DecisionDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            // The manifest writes an unnumbered draft in Vietnamese ("Dự thảo quyết định (chưa số), 10/2020").
            var decision = p.IsDraft && request.Language == Language.En && p.Decision.LastIndexOf(", ", StringComparison.Ordinal) is var comma and > 0
                ? "draft decision (no number), " + p.Decision[(comma + 2)..]
                : p.Decision;
            facts.Add(($"{words.Decision} · {p.Name}", date is null ? decision : $"{decision} · {date}", false));
        }

        facts.AddRange(
        [
            (words.Slice, sliceText.Length == 0 ? words.WholeCube : sliceText, false),
            (words.BuildId, identity.BuildId, false),
            (words.BuiltAt, VietnamTime.Format(identity.BuiltAt, request.Language), false),
            (words.Fingerprint, identity.SourcesFingerprint, false),
            (words.Refresh, refresh, true),
            (words.RefreshHow, words.RefreshHowValue, false),
            (words.AllSplits, root + ExportAddress.EntitySet(ODataNames.FundingSplits), true),
            (words.AllSplitsByYear, root + ExportAddress.EntitySet(ODataNames.FundingSplitsByYear), true),
        ]);
        if (request.Comparison.Page is not null && exports.Charts.Count > 0)
        {
            facts.Add((words.Chart, root + exports.Charts[0].Svg, true));
        }

        facts.Add((words.Producer, "EcomCompare", false));
        return facts;
    }

    /// <summary>The filter in a line, for the top of every printed page: "Bình Định, Cần Thơ · chỉ địa phương".</summary>
    private static string Filter(WorkbookRequest request, CubeCatalog catalog)
    {
        var words = WorkbookWords.For(request.Language);
        var slice = request.Slice;
        var parts = new List<string> { string.Join(", ", catalog.ProvincesIn(slice).Select(p => p.Name)) };
        if (PartialSources(slice, catalog) is not null)
        {
            parts.Add(SourcesText(slice, catalog, request.Language, words));
        }

        if (slice.Categories.Count > 0 && slice.Categories.Count < catalog.Categories.Count)
        {
            parts.Add(CategoriesText(slice, catalog, request.Language, words));
        }

        return string.Join(" · ", parts);
    }

    private static string ProvincesText(CubeSlice slice, CubeCatalog catalog, WorkbookWords words)
    {
        var names = string.Join(", ", catalog.ProvincesIn(slice).Select(p => p.Name));
        return slice.Provinces.Count == 0 || slice.Provinces.Count == catalog.Provinces.Count
            ? string.Format(CultureInfo.InvariantCulture, words.AllProvinces, catalog.Provinces.Count, names)
            : names;
    }

    private static string SourcesText(CubeSlice slice, CubeCatalog catalog, Language language, WorkbookWords words)
    {
        var names = string.Join(", ", catalog.SourcesIn(slice).Select(s => MemberWords.SourceName(s, catalog, language)));
        return string.Format(CultureInfo.InvariantCulture, PartialSources(slice, catalog) is null ? words.AllSources : words.OnlySources, names);
    }

    private static string CategoriesText(CubeSlice slice, CubeCatalog catalog, Language language, WorkbookWords words) =>
        slice.Categories.Count == 0 || slice.Categories.Count == catalog.Categories.Count
            ? string.Format(CultureInfo.InvariantCulture, words.AllCategories, catalog.Categories.Count)
            : string.Join("; ", slice.Categories.Select(c => catalog.CategoryName(c, language)));

    /// <summary>The slice's sources when they are not all of them (the money is then part of the budget only), else null.</summary>
    private static IReadOnlyList<string>? PartialSources(CubeSlice slice, CubeCatalog catalog) =>
        slice.Sources.Count > 0 && slice.Sources.Count < catalog.Sources.Count ? slice.Sources : null;

    /// <summary>
    /// True when the sheet shows nothing: no rows, or rows whose money is all zero (a filter that keeps no money, as
    /// Cần Thơ's enterprise money) — the sheet then says so rather than show a table of zeros and a blank chart.
    /// </summary>
    private static bool IsEmpty(DataSheet sheet)
    {
        if (sheet.Rows.Count == 0)
        {
            return true;
        }

        var money = sheet.Columns.Select((c, i) => (c, i)).Where(p => p.c.Kind == ColumnKind.Money).Select(p => p.i).ToList();
        var values = sheet.Rows.SelectMany(r => money.Where(i => i < r.Count).Select(i => r[i].Value)).Where(v => v is not null).ToList();
        return values.Count > 0 && values.All(v => Convert.ToDecimal(v, CultureInfo.InvariantCulture) == 0m);
    }

    /// <summary>
    /// The unit in every money or share header ("Trung ương (triệu đồng)", "Tỷ trọng trung ương (%)"); the charts then
    /// name their series without it (their axis says the unit).
    /// </summary>
    private static DataSheet WithUnits(DataSheet sheet, WorkbookWords words)
    {
        var columns = sheet.Columns.Select(c => c.Kind switch
        {
            ColumnKind.Money when !c.Header.Contains(words.MoneyUnit, StringComparison.OrdinalIgnoreCase) =>
                c with { Header = $"{c.Header} ({words.MoneyUnit})" },
            ColumnKind.Share when !c.Header.Contains('%', StringComparison.Ordinal) => c with { Header = $"{c.Header} (%)" },
            _ => c,
        }).ToList();
        var chart = sheet.Chart is { } c ? c with { Series = c.Series.Select(s => s with { NameCell = null }).ToList() } : null;
        return sheet with { Columns = columns, Chart = chart };
    }
}
