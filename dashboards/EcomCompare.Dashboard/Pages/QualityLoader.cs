using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Data;
using EcomCompare.Views.Catalog;

namespace EcomCompare.Dashboard.Pages;

/// <summary>Loads the discrepancies (one query) and each one's excerpt with its table header (one query each).</summary>
internal static class QualityLoader
{
    public static async Task<QualityModel> LoadAsync(
        DashboardQueries queries, CubeCatalog catalog, CubeSlice slice, WorkTally work, CancellationToken cancellation)
    {
        var all = await queries.DiscrepanciesAsync(work, cancellation).ConfigureAwait(false);
        var provinces = new List<ProvinceDiscrepancies>();
        foreach (var province in catalog.ProvincesIn(slice))
        {
            var items = new List<DiscrepancyInContext>();
            foreach (var discrepancy in all.Where(d => d.ProvinceCode == province.Code))
            {
                // The lines from far enough above to reach the table's header down to the excerpt's last line.
                const int span = (QualityExcerpt.HeaderReach + QualityExcerpt.Radius) / 2;
                var lines = await queries.DocumentContextAsync(
                    discrepancy.Document, discrepancy.Line + QualityExcerpt.Radius - span, span, work, cancellation).ConfigureAwait(false);
                items.Add(new DiscrepancyInContext(discrepancy, QualityExcerpt.From(lines, discrepancy.Line)));
            }

            provinces.Add(new ProvinceDiscrepancies(province, items));
        }

        return new QualityModel(provinces);
    }
}
