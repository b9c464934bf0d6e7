namespace EcomCompare.Cube.Query;

/// <summary>A province with its plan's attributes and totals.</summary>
public sealed record ProvinceRecord(
    string Code, string Name, string Region, string Decision, DateOnly? DecisionDate, string PlanPeriod, string MergedInto, decimal? StatedTotal,
    decimal CubeTotal, string Document)
{
    /// <summary>The document is a draft: its stated total is the draft's, not an official figure.</summary>
    public bool IsDraft { get; init; }

    /// <summary>For a draft: the decision that adopted it (number), when known.</summary>
    public string? AdoptedAs { get; init; }

    /// <summary>For a draft: the date of the decision that adopted it, when known.</summary>
    public DateOnly? AdoptedOn { get; init; }
}

/// <summary>How a province splits its plan money (whole period or one year).</summary>
public sealed record FundingSplit(
    string ProvinceCode, string Province, int? Year, decimal Central, decimal Local, decimal Enterprise, decimal Other, decimal Total,
    double? CentralShare, double? LocalShare, double? EnterpriseShare, double? OtherShare, decimal NoYearSplit);

/// <summary>A disagreement found in a document.</summary>
public sealed record DiscrepancyRecord(
    long Id, string ProvinceCode, string Document, int Line, string Kind, string Scope, decimal? Stated, decimal? Computed, decimal? Difference,
    string Message)
{
    /// <summary>The figures behind the message, by <see cref="Ingestion.Model.DiscrepancyFigure"/> name (for wording it in any language).</summary>
    public IReadOnlyDictionary<string, string> Figures { get; init; } = new Dictionary<string, string>();
}

/// <summary>A line of a source document.</summary>
public sealed record DocumentLine(string Document, int Line, string Text);

/// <summary>A harmonized category or funding source: code and names.</summary>
public sealed record NamedMember(string Code, string Name, string NameVi);

/// <summary>A 2025 target a province states.</summary>
public sealed record TargetRecord(
    long Id, string ProvinceCode, string IndicatorCode, string Indicator, string IndicatorVi, decimal? Value, decimal? ValueMax, string Unit,
    string Comparator, int Year, string Text, string Section, string Document, int Line, string? CategoryCode, string Group, string GroupVi);

/// <summary>A harmonized target indicator.</summary>
public sealed record IndicatorRecord(string Code, string Name, string NameVi, string Unit, string Group, string GroupVi, string? CategoryCode)
{
    /// <summary>The national 2025 target (Decision 645/QĐ-TTg) in <see cref="Unit"/>, when the indicator has one.</summary>
    public decimal? National { get; init; }

    /// <summary><c>≥</c> (a floor) or <c>≤</c> (a ceiling, for a cost); null without a national target.</summary>
    public string? NationalComparator { get; init; }
}

/// <summary>Something the build reported without failing: a plan with no stated total, money with no year split.</summary>
/// <param name="ProvinceCode">The province.</param>
/// <param name="Document">The plan's file.</param>
/// <param name="Line">The line it concerns; 0 for the whole document.</param>
/// <param name="Kind"><c>no-stated-total</c> or <c>no-year-split</c>.</param>
/// <param name="Amount">The money concerned, million VND.</param>
/// <param name="Message">The build's own (English) sentence.</param>
public sealed record WarningRecord(string ProvinceCode, string Document, int Line, string Kind, decimal Amount, string Message)
{
    /// <summary>Each province's money with no year split (whole-period tables), from the build's warnings; absent when none.</summary>
    public static IReadOnlyDictionary<string, decimal> NoYearSplitByProvince(IEnumerable<WarningRecord> warnings) =>
        ByProvince(warnings, Ingestion.Model.IngestionWarning.NoYearSplit);

    /// <summary>Per province, the money its plan gives by year or source but by no task (category "not broken down by task").</summary>
    public static IReadOnlyDictionary<string, decimal> NoTaskSplitByProvince(IEnumerable<WarningRecord> warnings) =>
        ByProvince(warnings, Ingestion.Model.IngestionWarning.NoTaskSplit);

    private static IReadOnlyDictionary<string, decimal> ByProvince(IEnumerable<WarningRecord> warnings, string kind) =>
        warnings.Where(w => w.Kind == kind && w.Amount > 0)
            .GroupBy(w => w.ProvinceCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(w => w.Amount), StringComparer.Ordinal);
}

/// <summary>Where an item's money is written: its document and the first and last line of its amounts.</summary>
/// <param name="ItemKey"><c>province/item</c>.</param>
/// <param name="Document">Source document file name.</param>
/// <param name="FirstLine">First line (1-based) carrying one of its amounts.</param>
/// <param name="LastLine">Last such line.</param>
/// <param name="IsUnitemized">True for money a group header states beyond its items (kept as an explicit fact).</param>
public sealed record ItemSource(string ItemKey, string Document, int FirstLine, int LastLine, bool IsUnitemized);
