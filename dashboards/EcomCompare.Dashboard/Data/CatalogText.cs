using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Text;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Words;

namespace EcomCompare.Dashboard.Data;

/// <summary>The catalog in the dashboard's words.</summary>
internal static class CatalogText
{
    /// <summary>A source's short name for headers and legends (the cube's name for a source the UI does not know).</summary>
    public static string SourceShortName(this CubeCatalog catalog, string? code, UiText text) =>
        MemberWords.ShortSource(code, text.Language) ?? catalog.SourceName(code, text.Language);

    /// <summary>
    /// The values of <paramref name="slice"/> this cube does not have, each as a sentence naming the filter, the
    /// value and what the cube has (a year range only when none of its years is planned); empty when all are known.
    /// </summary>
    public static IReadOnlyList<string> UnknownValues(this CubeCatalog catalog, CubeSlice slice, UiText text)
    {
        var unknown = new List<string>();
        void Check(string filter, IEnumerable<string> asked, IReadOnlyList<string> known) =>
            unknown.AddRange(
                asked.Where(a => !known.Contains(a)).Select(a => UiText.Fill(text.ErrorUnknownValue, filter, a, string.Join(", ", known))));
        Check(text.FilterProvinces, slice.Provinces, catalog.Provinces.Select(p => p.Code).ToList());
        var years = catalog.Years;
        if (years.Count > 0 && (slice.FromYear > years[^1] || slice.ToYear < years[0]))
        {
            var asked = slice.FromYear == slice.ToYear ? $"{slice.FromYear}" : $"{slice.FromYear}–{slice.ToYear}";
            unknown.Add(UiText.Fill(text.ErrorUnknownValue, text.FilterYears, asked, $"{years[0]}–{years[^1]}"));
        }

        Check(text.FilterSources, slice.Sources, catalog.Sources.Select(s => s.Code).ToList());
        Check(text.FilterCategories, slice.Categories, catalog.Categories.Select(c => c.Code).ToList());
        return unknown;
    }
}
