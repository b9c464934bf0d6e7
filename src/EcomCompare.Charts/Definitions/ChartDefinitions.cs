namespace EcomCompare.Charts.Definitions;

/// <summary>Every chart the service draws.</summary>
internal static class ChartDefinitions
{
    public static IReadOnlyList<IChartDefinition> All { get; } =
        [new FundingSplitChart(), new FundingTrendChart(), new CategoriesChart(), new CoFinancingChart()];

    public static IChartDefinition? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
