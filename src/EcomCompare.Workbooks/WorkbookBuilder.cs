using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Slices;
using EcomCompare.Workbooks.Comparisons;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks;

/// <summary>Builds a comparison's workbook: its table sheets (with charts) and the sources sheet.</summary>
internal static class WorkbookBuilder
{
    public static async Task<byte[]> BuildAsync(WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var sheets = await request.Comparison.BuildAsync(request, catalog, queries, cancellation).ConfigureAwait(false);
        return WorkbookWriter.Write(new WorkbookContent(sheets, Sources(request, catalog)));
    }

    /// <summary>The sources sheet: each plan document and decision, the cube build, and the URLs that fetch the same data.</summary>
    public static SourcesSheet Sources(WorkbookRequest request, CubeCatalog catalog)
    {
        var words = WorkbookWords.For(request.Language);
        var provinces = catalog.ProvincesIn(request.Slice);
        var columns = new List<SheetColumn>
        {
            new(words.Province, ColumnKind.Text, 38), new(words.Decision, ColumnKind.Text, 60), new(words.DecisionDate, ColumnKind.Text, 12),
            new(words.DocumentFile, ColumnKind.Text, 22), new(words.StatedTotal, ColumnKind.Money, 18), new(words.CubeTotal, ColumnKind.Money, 18),
        };
        var documents = provinces.Select(p => (IReadOnlyList<SheetCell>)
        [
            p.Name, p.Decision, p.DecisionDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), p.Document,
            new SheetCell((object?)p.StatedTotal), p.CubeTotal,
        ]).ToList();

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
        var facts = new List<(string, string, bool)>
        {
            (words.Unit, words.UnitValue, false),
            (words.Slice, sliceText.Length == 0 ? words.WholeCube : sliceText, false),
            (words.BuildId, identity.BuildId, false),
            (words.BuiltAt, identity.BuiltAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), false),
            (words.Fingerprint, identity.SourcesFingerprint, false),
            (words.Refresh, refresh, true),
            (words.RefreshHow, words.RefreshHowValue, false),
            (words.AllSplits, root + ExportAddress.EntitySet(ODataNames.FundingSplits), true),
            (words.AllSplitsByYear, root + ExportAddress.EntitySet(ODataNames.FundingSplitsByYear), true),
        };
        if (request.Comparison.Page is not null && exports.Charts.Count > 0)
        {
            facts.Add((words.Chart, root + exports.Charts[0].Svg, true));
        }

        facts.Add((words.Producer, "EcomCompare", false));
        return new SourcesSheet(words.Sources, words.SourcesTitle, columns, documents, facts);
    }
}
