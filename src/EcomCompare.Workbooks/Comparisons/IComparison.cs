using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>What a workbook holds, as its cover and printed pages say it.</summary>
/// <param name="Title">"Cơ cấu nguồn kinh phí theo tỉnh" (the period and filter are added to it).</param>
/// <param name="Contents">Its table sheet in a sentence.</param>
/// <param name="Measure">Its figures and their units.</param>
internal sealed record WorkbookTitle(string Title, string Contents, string Measure);

/// <summary>A comparison exported as a workbook: its table sheets (each with its native chart).</summary>
internal interface IComparison
{
    /// <summary>The name in <c>/export/{name}.xlsx</c>.</summary>
    string Name { get; }

    /// <summary>The page whose view this workbook exports; null for the budget lines themselves.</summary>
    ExportPage? Page { get; }

    /// <summary>The view switches the URL may carry besides the slice and <c>lang</c>, with the values each takes
    /// (null: a list, checked by the comparison).</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; }

    /// <summary>What the workbook holds, in its language: its title, its table in a sentence, its figures.</summary>
    WorkbookTitle Describe(WorkbookRequest request);

    Task<IReadOnlyList<DataSheet>> BuildAsync(WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation);
}
