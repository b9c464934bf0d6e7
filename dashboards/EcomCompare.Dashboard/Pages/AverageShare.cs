namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// The reference each province is read against: the plain average of the provinces' own shares, each province
/// counted once (a province with no money in the slice has no share and is left out). It is not the money-weighted
/// share of all provinces together, where the biggest budget weighs most. The funding and categories pages both
/// show it.
/// </summary>
internal static class AverageShare
{
    /// <summary>
    /// The average of the shares of the provinces with money, or null when fewer than two have money (one province
    /// is its own average).
    /// </summary>
    /// <param name="provinces">Each province's money in the slice and its share of the measured thing (null: none).</param>
    public static double? Of(IEnumerable<(decimal Total, double? Share)> provinces)
    {
        var withMoney = provinces.Where(p => p.Total > 0).ToList();
        return withMoney.Count > 1 ? withMoney.Average(p => p.Share ?? 0) : null;
    }

    /// <summary>True when the reference means something: at least two provinces have money.</summary>
    public static bool Applies(IEnumerable<decimal> totals) => totals.Count(t => t > 0) > 1;
}
