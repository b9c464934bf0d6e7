using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Data;
using EcomCompare.Views.Catalog;

namespace EcomCompare.Dashboard.Pages;

/// <summary>Loads the trends page: one cube question, province × year × source.</summary>
internal static class TrendsLoader
{
    public static async Task<TrendsModel> LoadAsync(
        DashboardQueries queries, CubeCatalog catalog, CubeSlice slice, Language language, WorkTally work, CancellationToken cancellation)
    {
        var result = await queries.AskAsync(
            new CubeQuestion([CubeDimension.Province, CubeDimension.Year, CubeDimension.Source], slice, Language: language), work,
            cancellation).ConfigureAwait(false);
        var years = catalog.Years.Where(y => (slice.FromYear is null || y >= slice.FromYear) && (slice.ToYear is null || y <= slice.ToYear)).ToList();
        var sources = slice.Sources.Count > 0
            ? catalog.Sources.Where(s => slice.Sources.Contains(s.Code)).Select(s => s.Code).ToList()
            : catalog.Sources.Select(s => s.Code).ToList();
        var amounts = result.Rows.ToDictionary(r => (r.Keys[0]!, r.Keys[1]!, r.Keys[2]!), r => r.Amount);

        var provinces = new List<TrendProvince>();
        for (var index = 0; index < catalog.Provinces.Count; index++)
        {
            var province = catalog.Provinces[index];
            if (slice.Provinces.Count > 0 && !slice.Provinces.Contains(province.Code))
            {
                continue;
            }

            decimal? Amount(string source, int year) =>
                amounts.TryGetValue((province.Code, year.ToString(CultureInfo.InvariantCulture), source), out var a) ? a : null;

            var bySource = sources.ToDictionary(s => s, s => (IReadOnlyList<decimal?>)years.Select(y => Amount(s, y)).ToList());
            var totals = years.Select(y => sources.Sum(s => Amount(s, y) ?? 0m)).ToList();
            var coFinancing = years.Select(y => Ratio(Amount("local", y) ?? 0m, Amount("central", y) ?? 0m)).ToList();
            var whole = Ratio(years.Sum(y => Amount("local", y) ?? 0m), years.Sum(y => Amount("central", y) ?? 0m));
            provinces.Add(new TrendProvince(province.Code, province.Name, index, bySource, totals, coFinancing, whole));
        }

        return new TrendsModel(years, sources, provinces, sources.Contains("central") && sources.Contains("local"));
    }

    /// <summary>Local money per unit of central money; null without central money.</summary>
    internal static double? Ratio(decimal local, decimal central) => central == 0 ? null : (double)(local / central);
}
