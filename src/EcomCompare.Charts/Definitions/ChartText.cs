using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Words;

namespace EcomCompare.Charts.Definitions;

/// <summary>The texts every chart shares: subtitle, source footnote, the note on money with no year split.</summary>
internal static class ChartText
{
    /// <summary>The second line: what is measured, then what the slice leaves out (sources, categories).</summary>
    public static string Subtitle(string measured, CubeSlice slice, CubeCatalog catalog, Language language)
    {
        var words = ChartWords.For(language);
        var parts = new List<string> { measured };
        if (slice.Sources.Count > 0)
        {
            parts.Add(words.Sources + ": " + string.Join(", ", slice.Sources.Select(s => MemberWords.SourceName(s, catalog, language))));
        }

        if (slice.Categories.Count > 0)
        {
            parts.Add(words.Categories + ": " + string.Join(", ", slice.Categories.Select(c => catalog.CategoryName(c, language))));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>
    /// The source footnote: each province's decision (number and date) the figures come from —
    /// "Số liệu: Thái Bình — Quyết định 3192/QĐ-UBND ngày 18/11/2020; …".
    /// </summary>
    public static string Footnote(IEnumerable<ProvinceRecord> provinces, Language language)
    {
        var words = ChartWords.For(language);
        var decisions = provinces.Select(p =>
        {
            // A numbered decision reads "Quyết định 3192/QĐ-UBND"; a draft's description stands as written.
            var decision = p.Decision.Length > 0 && char.IsAsciiDigit(p.Decision[0]) ? words.Decision + " " + p.Decision : p.Decision;
            var date = p.DecisionDate is { } d
                ? " " + words.Of + " " + d.ToString(language == Language.En ? "d MMM yyyy" : "dd/MM/yyyy", CultureInfo.InvariantCulture)
                : string.Empty;
            return $"{p.Name} — {decision}{date}";
        });
        return $"{words.DataFrom}: {string.Join("; ", decisions)} ({words.Compiled}).";
    }

    /// <summary>
    /// For a per-year chart: how much of each drawn province's plan has no year split (a whole-period table), which
    /// no year can show — " Núi Đỏ: 5.200 triệu đồng không chia theo năm, không có trong các năm." — or empty.
    /// </summary>
    public static string NoYearSplitNote(IEnumerable<ProvinceRecord> provinces, CubeCatalog catalog, Language language)
    {
        var numbers = NumberDisplay.For(language);
        var notes = provinces
            .Where(p => catalog.NoYearSplit.GetValueOrDefault(p.Code) > 0)
            .Select(p => $"{p.Name}: {numbers.Amount((double)catalog.NoYearSplit[p.Code])}")
            .ToList();
        return notes.Count == 0
            ? string.Empty
            : language == Language.En
                ? $" {string.Join("; ", notes)} million VND with no year split (whole-period table), in no year shown."
                : $" {string.Join("; ", notes)} triệu đồng không chia theo năm (bảng cả giai đoạn), không có trong các năm.";
    }
}
