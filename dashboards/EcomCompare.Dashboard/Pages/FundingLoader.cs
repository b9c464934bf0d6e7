using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Data;
using EcomCompare.Views.Catalog;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// Loads the funding split: one cube question (province × source, with CUBE subtotals and shares within each
/// province; × year for small multiples). The provinces' stated and cube totals come with the catalogue, which
/// <see cref="CubeQueries.ProvincesAsync"/> filled for this very cube build — one query per interaction.
/// </summary>
internal static class FundingLoader
{
    public static async Task<FundingModel> LoadAsync(
        DashboardQueries queries, CubeCatalog catalog, CubeSlice slice, bool byYear, Language language, WorkTally work,
        CancellationToken cancellation)
    {
        IReadOnlyList<CubeDimension> by = byYear
            ? [CubeDimension.Year, CubeDimension.Province, CubeDimension.Source]
            : [CubeDimension.Province, CubeDimension.Source];
        IReadOnlyList<CubeDimension> within = byYear ? [CubeDimension.Year, CubeDimension.Province] : [CubeDimension.Province];
        var result = await queries.AskAsync(new CubeQuestion(by, slice, CubeTotals.Cube, within, language), work, cancellation).ConfigureAwait(false);
        var provinces = catalog.Provinces;

        var shownProvinces = slice.Provinces.Count > 0
            ? catalog.Provinces.Where(p => slice.Provinces.Contains(p.Code)).ToList()
            : catalog.Provinces.ToList();
        var sources = slice.Sources.Count > 0
            ? catalog.Sources.Where(s => slice.Sources.Contains(s.Code)).Select(s => s.Code).ToList()
            : catalog.Sources.Select(s => s.Code).ToList();

        var offset = byYear ? 1 : 0; // position of the province dimension
        var panels = new List<FundingPanel>();
        IEnumerable<int?> years = byYear
            ? catalog.Years.Where(y => (slice.FromYear is null || y >= slice.FromYear)
                && (slice.ToYear is null || y <= slice.ToYear)).Select(y => (int?)y)
            : [null];
        foreach (var year in years)
        {
            var yearKey = year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            bool InPanel(CubeRow r) => !byYear || (!r.RolledUp[0] && r.Keys[0] == yearKey);

            ProvinceSplit Split(string code, string name, bool allProvinces)
            {
                var rows = result.Rows.Where(r => InPanel(r) && r.RolledUp[offset] == allProvinces
                    && (allProvinces || r.Keys[offset] == code)).ToList();
                var bySource = rows.Where(r => !r.RolledUp[offset + 1]).ToList();
                var total = rows.FirstOrDefault(r => r.RolledUp[offset + 1])?.Amount ?? 0m;
                return new ProvinceSplit(
                    code,
                    name,
                    bySource.ToDictionary(r => r.Keys[offset + 1]!, r => r.Amount),
                    bySource.ToDictionary(r => r.Keys[offset + 1]!, r => r.Share),
                    total);
            }

            panels.Add(new FundingPanel(
                year,
                shownProvinces.Select(p => Split(p.Code, p.Name, allProvinces: false)).ToList(),
                Split(string.Empty, string.Empty, allProvinces: true)));
        }

        return new FundingModel(
            sources,
            panels,
            provinces.ToDictionary(p => p.Code, p => p.StatedTotal),
            provinces.ToDictionary(p => p.Code, p => p.CubeTotal))
        {
            Drafts = provinces.Where(p => p.IsDraft).Select(p => p.Code).ToHashSet(),
        };
    }
}
