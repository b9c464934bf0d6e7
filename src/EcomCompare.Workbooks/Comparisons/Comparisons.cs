namespace EcomCompare.Workbooks.Comparisons;

/// <summary>Every comparison the export serves.</summary>
internal static class Comparisons
{
    public static IReadOnlyList<IComparison> All { get; } =
        [new FundingSplitComparison(), new FundingTrendComparison(), new CategoriesComparison(), new BudgetLinesComparison(),
            new PivotComparison(), new TargetsComparison(), new DiscrepanciesComparison()];

    public static IComparison? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
