using EcomCompare.Charts.Exports;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>discrepancies</c>: every place a plan disagrees with itself, for the slice's provinces — stated and computed
/// figures, the difference, document and line, the explanation — the rows of the data-quality page and of its OData
/// address.
/// </summary>
internal sealed class DiscrepanciesComparison : IComparison
{
    public string Name => "discrepancies";

    public ExportPage? Page => ExportPage.Quality;

    public IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; } = new Dictionary<string, IReadOnlyList<string>?>();

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var all = await queries.DiscrepanciesAsync(cancellation: cancellation).ConfigureAwait(false);
        var provinces = request.Slice.Provinces;
        var columns = new List<SheetColumn>
        {
            new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 16), new(words.Document, ColumnKind.Text, 16),
            new(words.Line, ColumnKind.Integer, 7), new(words.Kind, ColumnKind.Text, 18), new(words.Scope, ColumnKind.Text, 30),
            new(words.Stated, ColumnKind.Money, 14), new(words.Computed, ColumnKind.Money, 14), new(words.Difference, ColumnKind.Money, 14),
            new(words.Message, ColumnKind.Text, 80),
        };
        var rows = all
            .Where(d => provinces.Count == 0 || provinces.Contains(d.ProvinceCode))
            .Select(d => (IReadOnlyList<SheetCell>)
            [
                d.ProvinceCode, catalog.Province(d.ProvinceCode).Name, d.Document, d.Line, d.Kind, d.Scope,
                new SheetCell(d.Stated), new SheetCell(d.Computed), new SheetCell(d.Difference), d.Message,
            ]).ToList();
        return [new DataSheet(words.Data, columns, rows)];
    }
}
