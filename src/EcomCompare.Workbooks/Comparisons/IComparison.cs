using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

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

    Task<IReadOnlyList<DataSheet>> BuildAsync(WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation);
}
