using EcomCompare.Cube.Query;
using EcomCompare.Views.Exports;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// A checked workbook request: the comparison, the slice resolved against the cube, the language, the server's
/// base URL (for the OData links) and the view's switches (<see cref="ExportView"/>: the same description the
/// dashboard builds the workbook's address from).
/// </summary>
internal sealed record WorkbookRequest(IComparison Comparison, CubeSlice Slice, Language Language, string BaseUrl)
{
    /// <summary>The view this workbook exports (its page, mode, measure, grouping, pivot layout).</summary>
    public ExportView View { get; init; } = new(ExportPage.FundingSplit, Slice, Language);
}
