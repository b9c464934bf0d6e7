using System.Globalization;
using EcomCompare.Cube.Query;

namespace EcomCompare.Dashboard.Data;

/// <summary>
/// The members the filters offer — provinces, years, funding sources, categories — as the current cube has them
/// (a province added to the cube appears in every filter and chart without code changes).
/// </summary>
public sealed record DashboardCatalog(
    string BuildId,
    DateTimeOffset BuiltAt,
    IReadOnlyList<ProvinceRecord> Provinces,
    IReadOnlyList<int> Years,
    IReadOnlyList<NamedMember> Sources,
    IReadOnlyList<NamedMember> Categories)
{
    private readonly IReadOnlyList<WarningRecord> _warnings = [];
    private readonly IReadOnlyDictionary<string, decimal> _noYearSplit = new Dictionary<string, decimal>();
    private readonly IReadOnlyDictionary<string, decimal> _noTaskSplit = new Dictionary<string, decimal>();

    /// <summary>What the build reported without failing (no stated total, money with no year split).</summary>
    public IReadOnlyList<WarningRecord> Warnings
    {
        get => _warnings;
        init => (_warnings, _noYearSplit, _noTaskSplit) = (value, WarningRecord.NoYearSplitByProvince(value), WarningRecord.NoTaskSplitByProvince(value));
    }

    /// <summary>
    /// The slice's provinces whose plan gives money by year or source but by no task, with that amount: it stands in
    /// the category "not broken down by task", and the categories page says why beside the figures.
    /// </summary>
    public IReadOnlyList<(ProvinceRecord Province, decimal Amount)> NoTaskSplit(CubeSlice slice) =>
        ProvincesIn(slice).Where(p => _noTaskSplit.ContainsKey(p.Code)).Select(p => (p, _noTaskSplit[p.Code])).ToList();

    /// <summary>
    /// The slice's provinces whose plan has money with no year split (a whole-period table), with that amount: a
    /// per-year view cannot show it in any year, so it says so beside the figures.
    /// </summary>
    public IReadOnlyList<(ProvinceRecord Province, decimal Amount)> NoYearSplit(CubeSlice slice) =>
        ProvincesIn(slice).Where(p => _noYearSplit.ContainsKey(p.Code)).Select(p => (p, _noYearSplit[p.Code])).ToList();

    /// <summary>The slice's provinces in manifest order (all of them when the slice names none).</summary>
    public IEnumerable<ProvinceRecord> ProvincesIn(CubeSlice slice) =>
        Provinces.Where(p => slice.Provinces.Count == 0 || slice.Provinces.Contains(p.Code));

    /// <summary>
    /// The values of <paramref name="slice"/> this cube does not have, each as a sentence naming the filter, the
    /// value and what the cube has (a year range only when none of its years is planned); empty when all are known.
    /// </summary>
    public IReadOnlyList<string> UnknownValues(CubeSlice slice, Text.UiText text)
    {
        var unknown = new List<string>();
        void Check(string filter, IEnumerable<string> asked, IReadOnlyList<string> known) =>
            unknown.AddRange(asked.Where(a => !known.Contains(a)).Select(a => Text.UiText.Fill(text.ErrorUnknownValue, filter, a, string.Join(", ", known))));
        Check(text.FilterProvinces, slice.Provinces, Provinces.Select(p => p.Code).ToList());
        if (Years.Count > 0 && (slice.FromYear > Years[^1] || slice.ToYear < Years[0]))
        {
            var asked = slice.FromYear == slice.ToYear ? $"{slice.FromYear}" : $"{slice.FromYear}–{slice.ToYear}";
            unknown.Add(Text.UiText.Fill(text.ErrorUnknownValue, text.FilterYears, asked, $"{Years[0]}–{Years[^1]}"));
        }

        Check(text.FilterSources, slice.Sources, Sources.Select(s => s.Code).ToList());
        Check(text.FilterCategories, slice.Categories, Categories.Select(c => c.Code).ToList());
        return unknown;
    }

    /// <summary>A province's display name (its code when unknown).</summary>
    public string ProvinceName(string? code) => Provinces.FirstOrDefault(p => p.Code == code)?.Name ?? code ?? string.Empty;

    /// <summary>A province's position in manifest order (for its colour), or −1.</summary>
    public int ProvinceIndex(string? code)
    {
        for (var i = 0; i < Provinces.Count; i++)
        {
            if (Provinces[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A source's name in the UI language.</summary>
    public string SourceName(string? code, bool english) => Name(Sources, code, english);

    /// <summary>A source's short name for headers and legends (the cube's name for a source the UI does not know).</summary>
    public string SourceShortName(string? code, Text.UiText text) => text.SourceShort(code) ?? Name(Sources, code, text.IsEnglish);

    /// <summary>A category's name in the UI language.</summary>
    public string CategoryName(string? code, bool english) => Name(Categories, code, english);

    /// <summary>The plan years: every year some province's plan period covers (2021–2025 for the shipped plans).</summary>
    public static IReadOnlyList<int> YearsOf(IEnumerable<ProvinceRecord> provinces)
    {
        var years = new SortedSet<int>();
        foreach (var province in provinces)
        {
            var parts = province.PlanPeriod.Split('-', StringSplitOptions.TrimEntries);
            if (parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                && from <= to && to - from < 50)
            {
                for (var y = from; y <= to; y++)
                {
                    years.Add(y);
                }
            }
        }

        return years.Count > 0 ? years.ToList() : [2021, 2022, 2023, 2024, 2025];
    }

    private static string Name(IReadOnlyList<NamedMember> members, string? code, bool english)
    {
        var member = members.FirstOrDefault(m => m.Code == code);
        return member is null ? code ?? string.Empty : english ? member.Name : member.NameVi;
    }
}
