using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Words;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>discrepancies</c>: every place a plan disagrees with itself, for the slice's provinces, in the words of the
/// data-quality page (<see cref="QualityWords"/>): the plan named by its decision, the line, the kind, what
/// disagrees, stated and computed figures, the difference, and which figure the cube uses and why — the rows of the
/// page and of its OData address.
/// </summary>
internal sealed class DiscrepanciesComparison : IComparison
{
    public string Name => "discrepancies";

    public ExportPage? Page => ExportPage.Quality;

    public IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; } = new Dictionary<string, IReadOnlyList<string>?>();

    public WorkbookTitle Describe(WorkbookRequest request) => request.Language == Language.En
        ? new("Where the plans disagree with themselves",
            "One row per place a plan's own figures disagree (its document and line, what disagrees, the figures), and which figure the data uses.",
            "Stated, computed figures and their difference (million VND)")
        : new("Những chỗ số liệu trong văn bản không khớp nhau",
            "Mỗi chỗ số liệu của kế hoạch không khớp nhau một dòng (văn bản và dòng, điều gì không khớp, các con số), và số nào được dùng.",
            "Số ghi trong văn bản, số tính lại và chênh lệch (triệu đồng)");

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(
        WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var quality = QualityWords.For(request.Language);
        var all = await queries.DiscrepanciesAsync(cancellation: cancellation).ConfigureAwait(false);
        var provinces = request.Slice.Provinces;
        var columns = new List<SheetColumn>
        {
            new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 16), new(words.Document, ColumnKind.Text, 40),
            new(words.Line, ColumnKind.Integer, 7), new(words.Kind, ColumnKind.Text, 22), new(words.Message, ColumnKind.Text, 80),
            new(words.Stated, ColumnKind.Money, 14), new(words.Computed, ColumnKind.Money, 14), new(words.Difference, ColumnKind.Money, 14),
            new(words.Kept, ColumnKind.Text, 80),
        };
        var rows = all
            .Where(d => provinces.Count == 0 || provinces.Contains(d.ProvinceCode))
            .Select(d => (IReadOnlyList<SheetCell>)
            [
                d.ProvinceCode, catalog.Province(d.ProvinceCode).Name, quality.Document(catalog.Province(d.ProvinceCode)), d.Line,
                quality.Kind(d.Kind), quality.Explain(d),
                new SheetCell(d.Stated), new SheetCell(d.Computed), new SheetCell(d.Difference), quality.Kept(d),
            ]).ToList();
        return [new DataSheet(words.Data, columns, rows)];
    }
}
