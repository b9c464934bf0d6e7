using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Palette;
using EcomCompare.Views.Words;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>What the comparisons share: which members to show (the charts' rules), cells and formulas.</summary>
internal static class Shared
{
    /// <summary>The slice's sources that the slice names or that carry money for some of <paramref name="provinces"/> —
    /// as the charts draw them.</summary>
    public static IReadOnlyList<string> Sources(
        CubeSlice slice, CubeCatalog catalog, IReadOnlyList<ProvinceRecord> provinces, Func<string, string, decimal> amount) =>
        catalog.SourcesIn(slice).Where(s => slice.Sources.Contains(s) || provinces.Any(p => amount(p.Code, s) > 0)).ToList();

    public static string SourceName(string code, CubeCatalog catalog, Language language) => MemberWords.SourceName(code, catalog, language);

    public static string SourceColor(string code) => ChartPalette.ForSource(code);

    /// <summary><c>SUM(C2:E2)</c>.</summary>
    public static string Sum(int firstColumn, int lastColumn, int row) =>
        $"SUM({CellReference.Of(firstColumn, row)}:{CellReference.Of(lastColumn, row)})";

    /// <summary>A share formula with its cached value: <c>IF($F2=0,"",C2/$F2)</c>.</summary>
    public static SheetCell Share(int column, int totalColumn, int row, decimal amount, decimal total) => new(
        total == 0 ? null : (double)(amount / total),
        string.Create(
            CultureInfo.InvariantCulture,
            $"IF(${CellReference.Column(totalColumn)}{row}=0,\"\",{CellReference.Of(column, row)}/${CellReference.Column(totalColumn)}{row})"));

    /// <summary>"2021–2025".</summary>
    public static string Period(CubeSlice slice) => MemberWords.Period(slice);
}
