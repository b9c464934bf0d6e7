using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Data;
using EcomCompare.Views.Catalog;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// Loads the categories page: the matrix (one cube question with CUBE or ROLLUP subtotals and shares within each
/// province) and, when a cell is selected, its items (item × source with subtotals, and where each is written).
/// </summary>
internal static class CategoriesLoader
{
    public static async Task<CategoriesModel> LoadAsync(
        DashboardQueries queries, CubeCatalog catalog, CubeSlice slice, bool native, string? cell, Language language, WorkTally work,
        CancellationToken cancellation)
    {
        var english = language == Language.En;
        var provinces = catalog.ProvincesIn(slice)
            .Select(p => (p.Code, p.Name))
            .ToList();
        var rows = new List<HeatRow>();
        var provinceTotals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        decimal grand;
        if (!native)
        {
            // CUBE over (category, province): cells, each category across provinces, each province, everything.
            var result = await queries.AskAsync(
                new CubeQuestion([CubeDimension.Category, CubeDimension.Province], slice, CubeTotals.Cube, [CubeDimension.Province], language), work,
                cancellation).ConfigureAwait(false);
            var cells = result.Rows.Where(r => !r.IsSubtotal).ToList();
            foreach (var category in catalog.Categories.Where(c => slice.Categories.Count == 0 || slice.Categories.Contains(c.Code)))
            {
                var across = result.Rows.FirstOrDefault(r => !r.RolledUp[0] && r.RolledUp[1] && r.Keys[0] == category.Code);
                rows.Add(new HeatRow(
                    category.Code,
                    english ? category.Name : category.NameVi,
                    cells.Where(r => r.Keys[0] == category.Code).ToDictionary(r => r.Keys[1]!, r => new HeatCell(r.Amount, r.Share)),
                    across?.Amount ?? 0m,
                    across?.Share));
            }

            foreach (var row in result.Rows.Where(r => r.RolledUp[0] && !r.RolledUp[1]))
            {
                provinceTotals[row.Keys[1]!] = row.Amount;
            }

            grand = result.Rows.FirstOrDefault(r => r.RolledUp[0] && r.RolledUp[1])?.Amount ?? 0m;
        }
        else
        {
            // ROLLUP over (province, group): each group within its province, each province, everything.
            var result = await queries.AskAsync(
                new CubeQuestion([CubeDimension.Province, CubeDimension.NativeGroup], slice, CubeTotals.Rollup, [CubeDimension.Province], language),
                work, cancellation).ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                if (!row.RolledUp[0] && !row.RolledUp[1])
                {
                    var key = row.Keys[1]!;
                    var code = key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];
                    // The cube's group name usually carries its number already ("5. Đẩy mạnh …"); add it where it does not.
                    var name = row.Labels[1] ?? code;
                    var label = name.StartsWith(code, StringComparison.Ordinal) ? name : $"{code}. {name}";
                    rows.Add(
                        new HeatRow(key, label, new Dictionary<string, HeatCell> { [row.Keys[0]!] = new(row.Amount, row.Share) }, row.Amount, null));
                }
                else if (!row.RolledUp[0])
                {
                    provinceTotals[row.Keys[0]!] = row.Amount;
                }
            }

            grand = result.Rows.FirstOrDefault(r => r.RolledUp[0])?.Amount ?? 0m;
            rows = rows.Select(r => r with { Share = grand == 0 ? null : (double)(r.Total / grand) }).ToList();
        }

        var drill = cell is null ? null : await DrillAsync(queries, catalog, slice, native, cell, rows, language, work,
            cancellation).ConfigureAwait(false);
        return new CategoriesModel(native, provinces, rows, provinceTotals, grand, drill);
    }

    /// <summary>The slice of one cell, or null when the cell is not part of the current view.</summary>
    internal static CubeSlice? CellSlice(CubeSlice slice, bool native, string cell)
    {
        var slash = cell.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == cell.Length - 1)
        {
            return null;
        }

        var province = cell[..slash];
        var member = cell[(slash + 1)..];
        if (slice.Provinces.Count > 0 && !slice.Provinces.Contains(province))
        {
            return null;
        }

        if (native)
        {
            return slice with { Provinces = [province], NativeGroups = [cell] };
        }

        return slice.Categories.Count > 0 && !slice.Categories.Contains(member)
            ? null
            : slice with { Provinces = [province], Categories = [member] };
    }

    private static async Task<DrillDown?> DrillAsync(
        DashboardQueries queries, CubeCatalog catalog, CubeSlice slice, bool native, string cell, IReadOnlyList<HeatRow> rows, Language language,
        WorkTally work, CancellationToken cancellation)
    {
        if (CellSlice(slice, native, cell) is not { } cellSlice)
        {
            return null;
        }

        var result = await queries.AskAsync(
            new CubeQuestion([CubeDimension.Item, CubeDimension.Source], cellSlice, CubeTotals.Rollup, Language: language), work,
            cancellation).ConfigureAwait(false);
        var sources = await queries.ItemSourcesAsync(cellSlice, work, cancellation).ConfigureAwait(false);
        var where = sources.ToDictionary(s => s.ItemKey, s => s, StringComparer.Ordinal);
        var items = new List<DrillItem>();
        foreach (var total in result.Rows.Where(r => !r.RolledUp[0] && r.RolledUp[1]))
        {
            var key = total.Keys[0]!;
            var code = key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];
            var label = total.Labels[0] ?? code;
            var name = label.StartsWith(code + " ", StringComparison.Ordinal) ? label[(code.Length + 1)..] : label;
            var bySource = result.Rows.Where(r => !r.IsSubtotal && r.Keys[0] == key).ToDictionary(r => r.Keys[1]!, r => r.Amount);
            items.Add(new DrillItem(key, code, name, bySource, total.Amount, where.GetValueOrDefault(key)));
        }

        // Document order (the order the plan lists its items in), as the reader will look them up.
        items = items.OrderBy(i => i.Source?.FirstLine ?? int.MaxValue).ToList();
        var province = cell[..cell.IndexOf('/', StringComparison.Ordinal)];
        var member = native ? cell : cell[(cell.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var memberLabel = rows.FirstOrDefault(r => r.Key == member)?.Label ?? member;
        var usedSources = catalog.Sources.Select(s => s.Code).Where(s => items.Any(i => i.BySource.ContainsKey(s))).ToList();
        var grand = result.Rows.FirstOrDefault(r => r.RolledUp[0])?.Amount ?? 0m;
        return new DrillDown(cell, catalog.ProvinceName(province), memberLabel, usedSources, items, grand);
    }
}
