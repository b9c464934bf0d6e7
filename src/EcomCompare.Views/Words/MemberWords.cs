using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;

namespace EcomCompare.Views.Words;

/// <summary>
/// The words for the cube's members that every surface shares: the funding sources' short names (legends, table
/// headers, workbook columns) and the period of a slice.
/// </summary>
public static class MemberWords
{
    /// <summary>
    /// The short name of a funding source ("Trung ương" rather than the cube's "Ngân sách trung ương"), or null for a
    /// source this table does not know — callers then show the cube's own name.
    /// </summary>
    public static string? ShortSource(string? code, Language language) => (code, language) switch
    {
        ("central", Language.Vi) => "Trung ương",
        ("local", Language.Vi) => "Địa phương",
        ("enterprise", Language.Vi) => "Doanh nghiệp",
        ("central", Language.En) => "Central",
        ("local", Language.En) => "Local",
        ("enterprise", Language.En) => "Enterprise",
        _ => null,
    };

    /// <summary>A funding source's name for a legend or header: its short name, else the cube's.</summary>
    public static string SourceName(string code, CubeCatalog catalog, Language language) =>
        ShortSource(code, language) ?? catalog.SourceName(code, language);

    /// <summary>"2021–2025", or "2023" for one year.</summary>
    public static string Period(CubeSlice slice) => slice.FromYear == slice.ToYear
        ? string.Create(CultureInfo.InvariantCulture, $"{slice.FromYear}")
        : string.Create(CultureInfo.InvariantCulture, $"{slice.FromYear}–{slice.ToYear}");
}
