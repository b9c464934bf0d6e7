using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>A comparison exported as a workbook: its table sheets (each with its native chart).</summary>
internal interface IComparison
{
    /// <summary>The name in <c>/export/{name}.xlsx</c>.</summary>
    string Name { get; }

    /// <summary>The BudgetLines properties the OData refresh URL groups by; empty for the lines themselves.</summary>
    IReadOnlyList<string> ODataGroupBy { get; }

    /// <summary>The chart at <c>/charts</c> that draws the same comparison, if any.</summary>
    string? ChartName { get; }

    Task<IReadOnlyList<DataSheet>> BuildAsync(WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation);
}
