using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;

namespace EcomCompare.Charts.Requests;

/// <summary>
/// The members of one cube build — provinces (with their decisions), funding sources, categories, years — read
/// once per build through <see cref="CubeQueries"/>: what request codes are checked against, in the cube's order.
/// </summary>
internal sealed record CubeCatalog(
    CubeIdentity Identity,
    IReadOnlyList<ProvinceRecord> Provinces,
    IReadOnlyList<NamedMember> Sources,
    IReadOnlyList<NamedMember> Categories,
    IReadOnlyList<int> Years)
{
    /// <summary>Each province's money with no year split (whole-period tables), million VND; absent when none.</summary>
    public IReadOnlyDictionary<string, decimal> NoYearSplit { get; init; } = new Dictionary<string, decimal>();

    public static async Task<CubeCatalog> LoadAsync(CubeQueries queries, CancellationToken cancellation)
    {
        var identity = queries.Store.Identity;
        var provinces = await queries.ProvincesAsync(cancellation).ConfigureAwait(false);
        var sources = await queries.SourcesAsync(cancellation).ConfigureAwait(false);
        var categories = await queries.CategoriesAsync(cancellation).ConfigureAwait(false);
        var years = (await queries.FundingSplitsAsync(byYear: true, cancellation).ConfigureAwait(false))
            .Where(s => s.Year is not null).Select(s => s.Year!.Value).Distinct().Order().ToList();
        var warnings = await queries.WarningsAsync(cancellation).ConfigureAwait(false);
        return new CubeCatalog(identity, provinces, sources, categories, years) { NoYearSplit = WarningRecord.NoYearSplitByProvince(warnings) };
    }

    /// <summary>The province's position in the cube (its colour index).</summary>
    public int ProvinceIndex(string code) => Provinces.ToList().FindIndex(p => p.Code == code);

    public ProvinceRecord Province(string code) => Provinces.First(p => p.Code == code);

    public NamedMember Source(string code) => Sources.First(s => s.Code == code);

    public NamedMember Category(string code) => Categories.First(c => c.Code == code);
}
