using EcomCompare.Charts.Text;
using EcomCompare.Cube.Query;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>A checked workbook request: the comparison, the slice resolved against the cube, the language, and the server's base URL (for the OData links).</summary>
internal sealed record WorkbookRequest(IComparison Comparison, CubeSlice Slice, ChartLanguage Language, string BaseUrl)
{
    public string LanguageCode => Language == ChartLanguage.En ? "en" : "vi";
}
