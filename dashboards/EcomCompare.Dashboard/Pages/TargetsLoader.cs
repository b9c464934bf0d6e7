using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Data;
using EcomCompare.Views.Catalog;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// Loads the targets page in three queries: the shown provinces' targets, the indicator list (groups, order, the
/// related task category), and the slice's money by category × province for the budget beside each group.
/// </summary>
internal static class TargetsLoader
{
    /// <summary>The code of targets that map to no harmonized indicator; they are listed, never dropped.</summary>
    public const string Other = "other";

    public static async Task<TargetsModel> LoadAsync(
        DashboardQueries queries, CubeCatalog catalog, CubeSlice slice, bool differencesOnly, long? selected, Language language, WorkTally work,
        CancellationToken cancellation)
    {
        var english = language == Language.En;
        var provinces = catalog.ProvincesIn(slice)
            .Select(p => new TargetColumn(p.Code, p.Name))
            .ToList();
        var shown = provinces.Select(p => p.Code).ToList();

        var targets = await queries.TargetsAsync(slice.Provinces, work, cancellation).ConfigureAwait(false);
        var indicators = await queries.IndicatorsAsync(work, cancellation).ConfigureAwait(false);
        var money = await queries.AskAsync(
            new CubeQuestion([CubeDimension.Category, CubeDimension.Province], slice, Language: language), work, cancellation).ConfigureAwait(false);
        var amounts = money.Rows
            .Where(r => !r.IsSubtotal)
            .GroupBy(r => r.Keys[0]!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(r => r.Keys[1]!, r => r.Amount, StringComparer.Ordinal),
                StringComparer.Ordinal);

        // A category filter keeps the indicators that category's money serves; "other" has no category and stays.
        bool Kept(IndicatorRecord indicator) =>
            indicator.Code == Other || slice.Categories.Count == 0 || (indicator.CategoryCode is { } c && slice.Categories.Contains(c));

        var byIndicator = targets.GroupBy(t => t.IndicatorCode, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var groups = new List<TargetGroup>();
        foreach (var group in indicators.Where(Kept).GroupBy(i => i.Group, StringComparer.Ordinal))
        {
            var rows = new List<TargetRow>();
            foreach (var indicator in group)
            {
                if (!byIndicator.TryGetValue(indicator.Code, out var ofIndicator))
                {
                    continue;
                }

                var cells = ofIndicator
                    .GroupBy(t => t.ProvinceCode, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<TargetRecord>)g.ToList(), StringComparer.Ordinal);
                // "other" collects unrelated sentences: comparing them across provinces would mean nothing.
                var spread = indicator.Code == Other ? TargetSpread.None : TargetSpread.Of(cells, shown);
                var row = new TargetRow(indicator.Code, english ? indicator.Name : indicator.NameVi, indicator.Unit, cells, spread)
                {
                    National = indicator.National,
                    NationalComparator = indicator.NationalComparator,
                    BelowNational = TargetRow.ShortOf(cells, indicator.National, indicator.NationalComparator),
                };
                if (!differencesOnly || row.Differs || indicator.Code == Other)
                {
                    rows.Add(row);
                }
            }

            if (rows.Count == 0)
            {
                continue;
            }

            var budgets = group
                .Where(i => rows.Any(r => r.IndicatorCode == i.Code))
                .Select(i => i.CategoryCode)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Select(
                    code => new GroupBudget(
                        code, catalog.CategoryName(code, language), amounts.GetValueOrDefault(code) ?? new Dictionary<string, decimal>()))
                .ToList();
            var first = group.First();
            groups.Add(new TargetGroup(first.Group, english ? first.Group : first.GroupVi, budgets, rows));
        }

        var chosen = selected is { } id ? targets.FirstOrDefault(t => t.Id == id) : null;
        return new TargetsModel(provinces, groups, chosen);
    }
}
