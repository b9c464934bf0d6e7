using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>targets</c>: the 2025 targets of the slice's provinces, one row per target (indicator, comparator, value,
/// unit, the original sentence, document and line) — the rows of the targets page and of its OData address; under
/// a category filter only the indicators those categories serve, and those no category serves.
/// </summary>
internal sealed class TargetsComparison : IComparison
{
    public string Name => "targets";

    public ExportPage? Page => ExportPage.Targets;

    public IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; } = new Dictionary<string, IReadOnlyList<string>?>();

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(
        WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var en = request.Language == Language.En;
        var slice = request.Slice;
        var targets = await queries.TargetsAsync(slice.Provinces.Count == 0 ? null : slice.Provinces, cancellation).ConfigureAwait(false);
        var columns = new List<SheetColumn>
        {
            new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 16), new(words.Indicator, ColumnKind.Text, 44),
            new(words.Comparator, ColumnKind.Text, 10), new(words.Value, ColumnKind.Money, 10), new(words.ValueMax, ColumnKind.Money, 10),
            new(words.UnitColumn, ColumnKind.Text, 10), new(words.Year, ColumnKind.Integer, 8), new(words.Text, ColumnKind.Text, 80),
            new(words.Document, ColumnKind.Text, 16), new(words.Line, ColumnKind.Integer, 7),
        };
        var rows = targets
            .Where(t => slice.Categories.Count == 0 || (t.CategoryCode is { } c && slice.Categories.Contains(c)) || t.IndicatorCode == "other")
            .Select(t => (IReadOnlyList<SheetCell>)
            [
                t.ProvinceCode, catalog.Province(t.ProvinceCode).Name, en ? t.Indicator : t.IndicatorVi, t.Comparator,
                new SheetCell(t.Value), new SheetCell(t.ValueMax), t.Unit, t.Year, t.Text, t.Document, t.Line,
            ]).ToList();
        return [new DataSheet(words.Data, columns, rows)];
    }
}
