using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Data;

namespace EcomCompare.Dashboard.Pages;

/// <summary>Loads the discrepancies (one query) and each one's source lines in context (one query each).</summary>
internal static class QualityLoader
{
    /// <summary>Lines shown either side of a discrepancy's line.</summary>
    public const int ContextRadius = 2;

    public static async Task<QualityModel> LoadAsync(DashboardQueries queries, DashboardCatalog catalog, CubeSlice slice, WorkTally work, CancellationToken cancellation)
    {
        var all = await queries.DiscrepanciesAsync(work, cancellation).ConfigureAwait(false);
        var provinces = new List<ProvinceDiscrepancies>();
        foreach (var province in catalog.ProvincesIn(slice))
        {
            var items = new List<DiscrepancyInContext>();
            foreach (var discrepancy in all.Where(d => d.ProvinceCode == province.Code))
            {
                var context = await queries.DocumentContextAsync(discrepancy.Document, discrepancy.Line, ContextRadius, work, cancellation).ConfigureAwait(false);
                items.Add(new DiscrepancyInContext(discrepancy, context));
            }

            provinces.Add(new ProvinceDiscrepancies(province.Code, province.Name, items));
        }

        return new QualityModel(provinces);
    }
}
