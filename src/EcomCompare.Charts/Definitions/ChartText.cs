using System.Globalization;
using EcomCompare.Charts.Requests;
using EcomCompare.Charts.Text;
using EcomCompare.Cube.Query;

namespace EcomCompare.Charts.Definitions;

/// <summary>The texts every chart shares: period, subtitle, source footnote, member names.</summary>
internal static class ChartText
{
    /// <summary>"2021–2025", or "2023" for one year.</summary>
    public static string Period(CubeSlice slice) => slice.FromYear == slice.ToYear
        ? string.Create(CultureInfo.InvariantCulture, $"{slice.FromYear}")
        : string.Create(CultureInfo.InvariantCulture, $"{slice.FromYear}–{slice.ToYear}");

    public static string SourceName(string code, CubeCatalog catalog, ChartLanguage language)
    {
        var words = ChartWords.For(language);
        if (words.ShortSources.TryGetValue(code, out var name))
        {
            return name;
        }

        var member = catalog.Source(code);
        return language == ChartLanguage.En ? member.Name : member.NameVi;
    }

    public static string CategoryName(string code, CubeCatalog catalog, ChartLanguage language)
    {
        var member = catalog.Category(code);
        return language == ChartLanguage.En ? member.Name : member.NameVi;
    }

    /// <summary>The provinces a chart shows: those of the slice, or all, in the cube's order.</summary>
    public static IReadOnlyList<ProvinceRecord> Provinces(CubeSlice slice, CubeCatalog catalog) =>
        slice.Provinces.Count == 0 ? catalog.Provinces : catalog.Provinces.Where(p => slice.Provinces.Contains(p.Code)).ToList();

    /// <summary>The funding sources of the slice, or all, in the cube's order.</summary>
    public static IReadOnlyList<string> Sources(CubeSlice slice, CubeCatalog catalog) =>
        slice.Sources.Count == 0 ? catalog.Sources.Select(s => s.Code).ToList() : slice.Sources;

    /// <summary>The categories of the slice, or all, in the cube's order.</summary>
    public static IReadOnlyList<string> Categories(CubeSlice slice, CubeCatalog catalog) =>
        slice.Categories.Count == 0 ? catalog.Categories.Select(c => c.Code).ToList() : slice.Categories;

    /// <summary>The second line: what is measured, then what the slice leaves out (sources, categories).</summary>
    public static string Subtitle(string measured, CubeSlice slice, CubeCatalog catalog, ChartLanguage language)
    {
        var words = ChartWords.For(language);
        var parts = new List<string> { measured };
        if (slice.Sources.Count > 0)
        {
            parts.Add(words.Sources + ": " + string.Join(", ", slice.Sources.Select(s => SourceName(s, catalog, language))));
        }

        if (slice.Categories.Count > 0)
        {
            parts.Add(words.Categories + ": " + string.Join(", ", slice.Categories.Select(c => CategoryName(c, catalog, language))));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>
    /// The source footnote: each province's decision (number and date) the figures come from —
    /// "Số liệu: Thái Bình — Quyết định 3192/QĐ-UBND ngày 18/11/2020; …".
    /// </summary>
    public static string Footnote(IEnumerable<ProvinceRecord> provinces, ChartLanguage language)
    {
        var words = ChartWords.For(language);
        var decisions = provinces.Select(p =>
        {
            // A numbered decision reads "Quyết định 3192/QĐ-UBND"; a draft's description stands as written.
            var decision = p.Decision.Length > 0 && char.IsAsciiDigit(p.Decision[0]) ? words.Decision + " " + p.Decision : p.Decision;
            var date = p.DecisionDate is { } d
                ? " " + words.Of + " " + d.ToString(language == ChartLanguage.En ? "d MMM yyyy" : "dd/MM/yyyy", CultureInfo.InvariantCulture)
                : string.Empty;
            return $"{p.Name} — {decision}{date}";
        });
        return $"{words.DataFrom}: {string.Join("; ", decisions)} ({words.Compiled}).";
    }

    /// <summary>
    /// For a per-year chart: how much of each drawn province's plan has no year split (a whole-period table), which
    /// no year can show — " Núi Đỏ: 5.200 triệu đồng không chia theo năm, không có trong các năm." — or empty.
    /// </summary>
    public static string NoYearSplitNote(IEnumerable<ProvinceRecord> provinces, CubeCatalog catalog, ChartLanguage language)
    {
        var numbers = NumberDisplay.For(language);
        var notes = provinces
            .Where(p => catalog.NoYearSplit.GetValueOrDefault(p.Code) > 0)
            .Select(p => $"{p.Name}: {numbers.Amount((double)catalog.NoYearSplit[p.Code])}")
            .ToList();
        return notes.Count == 0
            ? string.Empty
            : language == ChartLanguage.En
                ? $" {string.Join("; ", notes)} million VND with no year split (whole-period table), in no year shown."
                : $" {string.Join("; ", notes)} triệu đồng không chia theo năm (bảng cả giai đoạn), không có trong các năm.";
    }
}
