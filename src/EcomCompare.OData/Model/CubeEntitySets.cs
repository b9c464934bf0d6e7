using EcomCompare.Cube.Schema;
using EcomCompare.Views.Exports;
using Microsoft.OData.Edm;

namespace EcomCompare.OData.Model;

/// <summary>The service's entity sets: the OData contract (names are what users' saved Excel queries depend on).</summary>
internal static class CubeEntitySets
{
    private const EdmPrimitiveTypeKind Text = EdmPrimitiveTypeKind.String;
    private const EdmPrimitiveTypeKind Money = EdmPrimitiveTypeKind.Decimal;
    private const EdmPrimitiveTypeKind Share = EdmPrimitiveTypeKind.Double;
    private const EdmPrimitiveTypeKind Int = EdmPrimitiveTypeKind.Int32;

    /// <summary>One row per province × item × year × funding source with money.</summary>
    public static CubeEntitySet BudgetLines { get; } = new(
        ODataNames.BudgetLines, "BudgetLine", CubeSchema.BudgetLines, ["Id"],
        [
            new("Id", EdmPrimitiveTypeKind.Int64),
            new(ODataNames.ProvinceCode, Text),
            new(ODataNames.Province, Text, NameOf: [ODataNames.ProvinceCode]),
            // Null for money from a whole-period table, which gives no year split (it counts in period totals only).
            new(ODataNames.Year, Int, Nullable: true),
            new(ODataNames.SourceCode, Text),
            new(ODataNames.CategoryCode, Text),
            new(ODataNames.Category, Text, NameOf: [ODataNames.CategoryCode]),
            new(ODataNames.NativeGroup, Text, NameOf: [ODataNames.ProvinceCode, ODataNames.NativeGroupCode]),
            new(ODataNames.ItemCode, Text),
            new(ODataNames.ItemName, Text, NameOf: [ODataNames.ProvinceCode, ODataNames.ItemCode]),
            new("Agency", Text, Nullable: true),
            new(ODataNames.Amount, Money),
            new("IsUnitemized", EdmPrimitiveTypeKind.Boolean),
            new("Document", Text),
            new("Line", Int),

            // Deliberate extras: Vietnamese labels and the province's attributes, so one flat table is enough in Excel.
            new("Region", Text),
            new("MergedInto", Text),
            new(ODataNames.Source, Text, NameOf: [ODataNames.SourceCode]),
            new(ODataNames.SourceVi, Text, NameOf: [ODataNames.SourceCode]),
            new(ODataNames.CategoryVi, Text, NameOf: [ODataNames.CategoryCode]),
            new(ODataNames.NativeGroupCode, Text),

            // The second level of the source dimension: the part of the source a plan names (provincial and district
            // budget under local), or the source's own code where the plan names the source as a whole.
            new(ODataNames.SubSourceCode, Text),
            new(ODataNames.SubSource, Text, NameOf: [ODataNames.SubSourceCode]),
            new(ODataNames.SubSourceVi, Text, NameOf: [ODataNames.SubSourceCode]),
        ],
        SupportsApply: true,
        "One row per province × budget item × year × funding source with money (million VND).");

    /// <summary>The province dimension.</summary>
    public static CubeEntitySet Provinces { get; } = new(
        ODataNames.Provinces, "Province", CubeSchema.Provinces, ["Code"],
        [
            new(ODataNames.Code, Text),
            new("Name", Text),
            new("Region", Text),
            new("Decision", Text),
            new("DecisionDate", EdmPrimitiveTypeKind.Date, Nullable: true),
            new("PlanPeriod", Text),
            new("MergedInto", Text),
            new("StatedTotal", Money, Nullable: true),
            new("CubeTotal", Money),
            new("Document", Text),
            new("DocumentStatus", Text), // draft | adopted: only an adopted decision's StatedTotal is official
            new("AdoptedAs", Text, Nullable: true),
            new("AdoptedOn", EdmPrimitiveTypeKind.Date, Nullable: true),
        ],
        SupportsApply: false,
        "A province's plan: decision, plan period, the province it belongs to since 1 July 2025, the document's stated grand total (official when DocumentStatus is adopted; a draft's own otherwise) and the cube's.");

    /// <summary>The funding-source dimension.</summary>
    public static CubeEntitySet FundingSources { get; } = new(
        "FundingSources", "FundingSource", CubeSchema.FundingSources, ["Code"],
        [new(ODataNames.Code, Text), new("Name", Text), new("NameVi", Text)],
        SupportsApply: false,
        "Funding sources: central (national programme), local (provincial budget), enterprise (co-financing).");

    /// <summary>The harmonized category dimension.</summary>
    public static CubeEntitySet Categories { get; } = new(
        "Categories", "Category", CubeSchema.Categories, ["Code"],
        [new(ODataNames.Code, Text), new("Name", Text), new("NameVi", Text)],
        SupportsApply: false,
        "Harmonized task categories: the national e-commerce plan's eight task areas.");

    /// <summary>One row per province for the whole plan period.</summary>
    public static CubeEntitySet FundingSplits { get; } = new(
        ODataNames.FundingSplits, "FundingSplit", CubeSchema.FundingSplits, ["ProvinceCode"],
        [
            new(ODataNames.ProvinceCode, Text),
            new("Province", Text),
            new("PlanPeriod", Text),
            .. SplitMeasures(),
            new("NoYearSplit", Money),
            new("StatedTotal", Money, Nullable: true),
        ],
        SupportsApply: true,
        "Each province's central / local / enterprise / other money and shares for its whole plan period, and the part of it a whole-period table gives no year split (NoYearSplit).");

    /// <summary>One row per province × year.</summary>
    public static CubeEntitySet FundingSplitsByYear { get; } = new(
        ODataNames.FundingSplitsByYear, "FundingSplitByYear", CubeSchema.FundingSplitsByYear, ["ProvinceCode", "Year"],
        [
            new(ODataNames.ProvinceCode, Text),
            new(ODataNames.Year, Int),
            new("Province", Text),
            .. SplitMeasures(),
        ],
        SupportsApply: true,
        "Each province's central / local / enterprise / other money and shares, year by year (money with no year split is in no year: see FundingSplits.NoYearSplit).");

    /// <summary>Every disagreement a document has with itself.</summary>
    public static CubeEntitySet Discrepancies { get; } = new(
        ODataNames.Discrepancies, "Discrepancy", CubeSchema.Discrepancies, ["Id"],
        [
            new("Id", EdmPrimitiveTypeKind.Int64),
            new(ODataNames.ProvinceCode, Text),
            new("Document", Text),
            new("Line", Int),
            new("Kind", Text),
            new("Scope", Text),
            new("Stated", Money, Nullable: true),
            new("Computed", Money, Nullable: true),
            new("Difference", Money, Nullable: true),
            new("Message", Text),
        ],
        SupportsApply: false,
        "Every place a plan document disagrees with itself: the stated and the computed figure, the difference and the line.");

    /// <summary>One row per 2025 target a plan states (issue #6).</summary>
    public static CubeEntitySet Targets { get; } = new(
        ODataNames.Targets, "Target", CubeSchema.Targets, ["Id"],
        [
            new("Id", EdmPrimitiveTypeKind.Int64),
            new(ODataNames.ProvinceCode, Text),
            new(ODataNames.IndicatorCode, Text),
            new("Indicator", Text),
            new("Value", Money, Nullable: true),
            new("ValueMax", Money, Nullable: true),
            new("Unit", Text),
            new("Comparator", Text),
            new(ODataNames.Year, Int),
            new("Text", Text),
            new("Document", Text),
            new("Line", Int),

            // Deliberate extras: the Vietnamese indicator name, the document's own heading, and the budget category
            // whose money serves the indicator (budget ↔ targets).
            new("Province", Text),
            new("IndicatorVi", Text),
            new("Section", Text),
            new(ODataNames.CategoryCode, Text, Nullable: true),
        ],
        SupportsApply: true,
        "The 2025 targets each plan states: value (a range has ValueMax), unit, comparator (exactly, at-least, above, about, under, range, none), the original sentence and its line.");

    /// <summary>The harmonized target indicators.</summary>
    public static CubeEntitySet Indicators { get; } = new(
        "Indicators", "Indicator", CubeSchema.Indicators, ["Code"],
        [
            new(ODataNames.Code, Text),
            new("Name", Text),
            new("NameVi", Text),
            new("Unit", Text),
            new("Group", Text),
            new("GroupVi", Text),
            new(ODataNames.CategoryCode, Text, Nullable: true),
            new("National", Money, Nullable: true),            // the national 2025 target, Decision 645/QĐ-TTg
            new("NationalComparator", Text, Nullable: true),   // ≥ a floor, ≤ a ceiling (a cost)
        ],
        SupportsApply: false,
        "Harmonized 2025 target indicators (share of population shopping online, cashless payment share, trainees, …).");

    /// <summary>All entity sets, in service-document order.</summary>
    public static IReadOnlyList<CubeEntitySet> All { get; } = [
        BudgetLines, Provinces, FundingSources, Categories, FundingSplits, FundingSplitsByYear, Discrepancies, Targets, Indicators];

    /// <summary>The entity set called <paramref name="name"/>, or null.</summary>
    public static CubeEntitySet? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    private static CubeProperty[] SplitMeasures() =>
    [
        new("Central", Money),
        new("Local", Money),
        new("Enterprise", Money),
        new("Other", Money),
        new("Total", Money),
        new("CentralShare", Share, Nullable: true),
        new("LocalShare", Share, Nullable: true),
        new("EnterpriseShare", Share, Nullable: true),
        new("OtherShare", Share, Nullable: true),
    ];
}
