using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Data;
using EcomCompare.Views.Catalog;

namespace EcomCompare.Dashboard.Text;

/// <summary>Printing a page (issue 25, 2): the button, and the active filters written out above a printout.</summary>
public sealed partial class UiText
{
    /// <summary>The button that opens the browser's print dialog (which also saves a PDF).</summary>
    public string PrintButton => IsEnglish ? "Print / Save PDF" : "In / Lưu PDF";

    /// <summary>
    /// The filters in words, for the top of a printout, where the filter panel is not printed: "Bộ lọc — Tỉnh/thành
    /// phố: Bình Định, Cần Thơ; Năm: 2021–2025; Nguồn vốn: Tất cả; Nhóm nhiệm vụ: Tất cả". A filter the page does not
    /// use says so.
    /// </summary>
    public string FilterSummary(CubeCatalog catalog, CubeSlice slice, bool years, bool sources, bool categories)
    {
        string Members(IReadOnlyList<string> codes, Func<string, string> name) =>
            codes.Count == 0 ? FilterAll : string.Join(", ", codes.Select(name));

        var first = slice.FromYear ?? (catalog.Years.Count > 0 ? catalog.Years[0] : 0);
        var last = slice.ToYear ?? (catalog.Years.Count > 0 ? catalog.Years[^1] : 0);
        var parts = new[]
        {
            $"{FilterProvinces}: {Members(slice.Provinces, catalog.ProvinceName)}",
            $"{FilterYears}: " + (years ? (first == last ? $"{first}" : $"{first}–{last}") : FilterNotApplicable),
            $"{FilterSources}: " + (sources ? Members(slice.Sources, c => catalog.SourceShortName(c, this)) : FilterNotApplicable),
            $"{FilterCategories}: " + (categories ? Members(slice.Categories, c => catalog.CategoryName(c, Language)) : FilterNotApplicable),
        };
        return $"{FiltersHeading} — {string.Join("; ", parts)}";
    }
}
