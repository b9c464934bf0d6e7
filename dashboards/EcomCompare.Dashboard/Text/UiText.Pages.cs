namespace EcomCompare.Dashboard.Text;

/// <summary>The pages' own labels.</summary>
public sealed partial class UiText
{
    // Funding split (home)
    public required string FundingTitle { get; init; }
    public required string FundingIntro { get; init; }
    public required string ModeLabel { get; init; }
    public required string ModePeriod { get; init; }
    public required string ModeYear { get; init; }
    public required string ModeMultiples { get; init; }
    public required string ChartShares { get; init; }
    public required string ChartAmounts { get; init; }
    public required string TableSliceTotal { get; init; }
    public required string TableCubeTotal { get; init; }
    public required string TableStatedTotal { get; init; }
    public required string TableMatches { get; init; }
    public required string StatedTotalNote { get; init; }

    /// <summary>In the all-provinces row when some province states no total: {0} = their names.</summary>
    public required string StatedTotalsIncomplete { get; init; }
    public required string MatchYes { get; init; }
    public required string MatchNo { get; init; }
    public required string MultiplesNote { get; init; }

    // Trends
    public required string TrendsTitle { get; init; }
    public required string TrendsIntro { get; init; }
    public required string ChartKindLabel { get; init; }
    public required string ChartLines { get; init; }
    public required string ChartColumns { get; init; }
    public required string TrendsPerProvince { get; init; }
    public required string CoFinancingTitle { get; init; }
    public required string CoFinancingNote { get; init; }
    public required string CoFinancingRatio { get; init; }

    // Categories
    public required string CategoriesTitle { get; init; }
    public required string CategoriesIntro { get; init; }
    public required string GroupingLabel { get; init; }
    public required string GroupingHarmonized { get; init; }
    public required string GroupingNative { get; init; }
    public required string MeasureLabel { get; init; }
    public required string MeasureAmount { get; init; }
    public required string MeasureShareOfProvince { get; init; }
    public required string HeatmapHint { get; init; }
    public required string Category { get; init; }
    public required string NativeGroup { get; init; }
    public required string DrillTitle { get; init; }
    public required string DrillClose { get; init; }
    public required string Item { get; init; }
    public required string ItemCode { get; init; }
    public required string Document { get; init; }
    public required string Lines { get; init; }
    public required string ShowSourceText { get; init; }
    public required string HideSourceText { get; init; }
    public required string Unitemized { get; init; }

    // Explorer
    public required string ExplorerTitle { get; init; }
    public required string ExplorerIntro { get; init; }
    public required string PivotRows { get; init; }
    public required string PivotColumns { get; init; }
    public required string PivotNoColumns { get; init; }
    public required string PivotMeasure { get; init; }
    public required string PivotShareOfRow { get; init; }
    public required string PivotShareOfColumn { get; init; }
    public required string PivotShareOfTotal { get; init; }
    public required string PivotSubtotals { get; init; }
    public required string PivotDrillDown { get; init; }
    public required string PivotDrillUp { get; init; }
    public required string PivotExpandAll { get; init; }
    public required string PivotCollapseAll { get; init; }
    public required string PivotGrandTotal { get; init; }
    public required string PivotSubtotal { get; init; }
    public required string PivotAddLevel { get; init; }
    public required string DimProvince { get; init; }
    public required string DimYear { get; init; }
    public required string DimSource { get; init; }
    public required string DimSubSource { get; init; }
    public required string DimCategory { get; init; }
    public required string DimNativeGroup { get; init; }
    public required string DimItem { get; init; }

    // Data quality
    public required string QualityTitle { get; init; }
    public required string QualityIntro { get; init; }
    public required string QualityCount { get; init; }
    public required string QualityStated { get; init; }
    public required string QualityComputed { get; init; }
    public required string QualityDifference { get; init; }
    public required string QualityKind { get; init; }
    public required string QualityWhere { get; init; }
    public required string QualityNone { get; init; }
    public required string QualityWarnings { get; init; }
    public required string TargetsNational { get; init; }
    public required string AverageShare { get; init; }
    public required string AverageShareHint { get; init; }
    public required string TargetsNationalHint { get; init; }
    public required string TargetsBelowNational { get; init; }

    // Documents
    public required string DocumentsTitle { get; init; }
    public required string DocumentsIntro { get; init; }
    public required string DocumentsDecision { get; init; }
    public required string DocumentsDecisionOf { get; init; }
    public required string DocumentsStatus { get; init; }
    public required string DocumentsAdopted { get; init; }
    public required string DocumentsDraft { get; init; }
    public required string DocumentsDraftAdoptedAs { get; init; }
    public required string DocumentsPeriod { get; init; }
    public required string DocumentsMergedInto { get; init; }
    public required string DocumentsStatedTotal { get; init; }
    public required string DocumentsCubeTotal { get; init; }
    public required string DocumentsDraftFigure { get; init; }
    public required string DocumentsNote { get; init; }
    public required string DraftMark { get; init; }
    public required string QualityNoStatedTotal { get; init; }
    public required string QualityNoYearSplit { get; init; }
    public required string NoYearSplitNote { get; init; }
    public required string QualityNoTaskSplit { get; init; }
    public required string QualityUnreadableWords { get; init; }
    public required string NoTaskSplitNote { get; init; }
    public required string QualityLine { get; init; }
    /// <summary>Before a plan's decision title.</summary>
    public required string QualityDocument { get; init; }
    /// <summary>Before the sentence saying which figure the cube uses and why.</summary>
    public required string QualityKept { get; init; }
    /// <summary>The source excerpt's caption.</summary>
    public required string QualityExcerpt { get; init; }
    // Targets
    public required string NavTargets { get; init; }
    public required string TargetsTitle { get; init; }
    public required string TargetsIntro { get; init; }
    public required string TargetsIndicator { get; init; }
    public required string TargetsShow { get; init; }
    public required string TargetsShowAll { get; init; }
    public required string TargetsShowDifferences { get; init; }
    public required string TargetsLegendDiffers { get; init; }
    public required string TargetsLegendNotStated { get; init; }
    public required string TargetsNotStated { get; init; }
    public required string TargetsNoNumber { get; init; }
    public required string TargetsBudget { get; init; }
    public required string TargetsBudgetHint { get; init; }
    public required string TargetsSentence { get; init; }
    public required string TargetsSource { get; init; }
    public required string TargetsClose { get; init; }
    public required string TargetsRatio { get; init; }
    public required string TargetsNone { get; init; }
    public required string TargetsODataBudget { get; init; }
    public required string TargetsRowDiffers { get; init; }
    public required string TargetsOpenHint { get; init; }
    public required string NoChart { get; init; }
    public required string CoFinancingNeedsSources { get; init; }
}
