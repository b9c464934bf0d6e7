using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;

namespace EcomCompare.Views.Catalog;

/// <summary>
/// The members of one cube build — provinces (with their decisions and totals), funding sources, categories, the
/// plan years — and what the build reported without failing: read once per build (<see cref="CatalogSource"/>) and
/// shared by every surface. Request codes are checked against it; lists come in the cube's order (a province added
/// to the cube appears in every filter, chart and workbook without code changes).
/// </summary>
/// <param name="Identity">The build the members were read from.</param>
/// <param name="Provinces">Provinces in the cube's (manifest) order.</param>
/// <param name="Sources">Funding sources in order.</param>
/// <param name="Categories">Harmonized categories in order.</param>
/// <param name="Years">
/// The plan years: every year some province's plan period covers, as the cube lays them out
/// (<c>funding_splits_by_year</c> has a row per province and year of its plan period).
/// </param>
/// <param name="Warnings">What the build reported without failing (no stated total, money with no year split).</param>
public sealed record CubeCatalog(
    CubeIdentity Identity,
    IReadOnlyList<ProvinceRecord> Provinces,
    IReadOnlyList<NamedMember> Sources,
    IReadOnlyList<NamedMember> Categories,
    IReadOnlyList<int> Years,
    IReadOnlyList<WarningRecord> Warnings)
{
    private IReadOnlyDictionary<string, decimal>? _noYearSplit;
    private IReadOnlyDictionary<string, decimal>? _noTaskSplit;

    /// <summary>Each province's money with no year split (whole-period tables), million VND; absent when none.</summary>
    public IReadOnlyDictionary<string, decimal> NoYearSplit => _noYearSplit ??= WarningRecord.NoYearSplitByProvince(Warnings);

    /// <summary>Per province, the money its plan gives by year or source but by no task; absent when none.</summary>
    public IReadOnlyDictionary<string, decimal> NoTaskSplit => _noTaskSplit ??= WarningRecord.NoTaskSplitByProvince(Warnings);

    /// <summary>The build id.</summary>
    public string BuildId => Identity.BuildId;

    /// <summary>Reads the catalog of the cube <paramref name="queries"/> read now (five small queries).</summary>
    public static async Task<CubeCatalog> LoadAsync(CubeQueries queries, CancellationToken cancellation)
    {
        var identity = queries.Store.Identity;
        var provinces = await queries.ProvincesAsync(cancellation).ConfigureAwait(false);
        var sources = await queries.SourcesAsync(cancellation).ConfigureAwait(false);
        var categories = await queries.CategoriesAsync(cancellation).ConfigureAwait(false);
        var years = (await queries.FundingSplitsAsync(byYear: true, cancellation).ConfigureAwait(false))
            .Where(s => s.Year is not null).Select(s => s.Year!.Value).Distinct().Order().ToList();
        var warnings = await queries.WarningsAsync(cancellation).ConfigureAwait(false);
        return new CubeCatalog(identity, provinces, sources, categories, years, warnings);
    }

    /// <summary>The province's position in the cube (its colour index), or −1 for a code the cube does not have.</summary>
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

    public ProvinceRecord Province(string code) => Provinces.First(p => p.Code == code);

    public NamedMember Source(string code) => Sources.First(s => s.Code == code);

    public NamedMember Category(string code) => Categories.First(c => c.Code == code);

    /// <summary>A province's display name (its code when unknown).</summary>
    public string ProvinceName(string? code) => Provinces.FirstOrDefault(p => p.Code == code)?.Name ?? code ?? string.Empty;

    /// <summary>A source's name as the cube words it, in <paramref name="language"/> (the code when unknown).</summary>
    public string SourceName(string? code, Language language) => Name(Sources, code, language);

    /// <summary>A category's name as the cube words it, in <paramref name="language"/> (the code when unknown).</summary>
    public string CategoryName(string? code, Language language) => Name(Categories, code, language);

    /// <summary>The provinces a view shows: those of the slice, or all, in the cube's order.</summary>
    public IReadOnlyList<ProvinceRecord> ProvincesIn(CubeSlice slice) =>
        slice.Provinces.Count == 0 ? Provinces : Provinces.Where(p => slice.Provinces.Contains(p.Code)).ToList();

    /// <summary>The funding sources of the slice, or all, in the cube's order.</summary>
    public IReadOnlyList<string> SourcesIn(CubeSlice slice) =>
        slice.Sources.Count == 0 ? Sources.Select(s => s.Code).ToList() : slice.Sources;

    /// <summary>The categories of the slice, or all, in the cube's order.</summary>
    public IReadOnlyList<string> CategoriesIn(CubeSlice slice) =>
        slice.Categories.Count == 0 ? Categories.Select(c => c.Code).ToList() : slice.Categories;

    /// <summary>
    /// The slice's provinces whose plan has money with no year split (a whole-period table), with that amount: a
    /// per-year view cannot show it in any year, so it says so beside the figures.
    /// </summary>
    public IReadOnlyList<(ProvinceRecord Province, decimal Amount)> NoYearSplitIn(CubeSlice slice) =>
        ProvincesIn(slice).Where(p => NoYearSplit.ContainsKey(p.Code)).Select(p => (p, NoYearSplit[p.Code])).ToList();

    /// <summary>
    /// The slice's provinces whose plan gives money by year or source but by no task, with that amount: it stands in
    /// the category "not broken down by task", and the categories page says why beside the figures.
    /// </summary>
    public IReadOnlyList<(ProvinceRecord Province, decimal Amount)> NoTaskSplitIn(CubeSlice slice) =>
        ProvincesIn(slice).Where(p => NoTaskSplit.ContainsKey(p.Code)).Select(p => (p, NoTaskSplit[p.Code])).ToList();

    private static string Name(IReadOnlyList<NamedMember> members, string? code, Language language)
    {
        var member = members.FirstOrDefault(m => m.Code == code);
        return member is null ? code ?? string.Empty : language == Language.En ? member.Name : member.NameVi;
    }
}
