using System.Reflection;

namespace EcomCompare.Cube.Schema;

/// <summary>The cube's schema: the star (storage) and the published relations every query surface reads.</summary>
public static class CubeSchema
{
    /// <summary>Bumped whenever a table or published relation changes shape.</summary>
    public const int Version = 5;

    /// <summary>Published relations (PascalCase columns = OData property names). The only names a query may read.</summary>
    public static IReadOnlySet<string> Relations { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        BudgetLines, FundingSplits, FundingSplitsByYear, Provinces, FundingSources, Categories, Discrepancies, BuildWarnings, StatedFigures,
            DocumentLines,
        Targets, Indicators,
    };

    /// <summary>One row per province × item × year × funding source with money.</summary>
    public const string BudgetLines = "budget_lines";

    /// <summary>One row per province: central / local / enterprise money and shares for the plan period.</summary>
    public const string FundingSplits = "funding_splits";

    /// <summary>One row per province × year of its plan period.</summary>
    public const string FundingSplitsByYear = "funding_splits_by_year";

    /// <summary>The province dimension.</summary>
    public const string Provinces = "provinces";

    /// <summary>The funding-source dimension.</summary>
    public const string FundingSources = "funding_sources";

    /// <summary>The harmonized category dimension.</summary>
    public const string Categories = "categories";

    /// <summary>Every disagreement found by reconciliation.</summary>
    public const string Discrepancies = "discrepancies";

    /// <summary>What the build reported without failing, per province (see <c>IngestionWarning</c>).</summary>
    public const string BuildWarnings = "build_warnings";

    /// <summary>Every figure the documents state.</summary>
    public const string StatedFigures = "stated_figures";

    /// <summary>The documents' text, line by line.</summary>
    public const string DocumentLines = "document_lines";

    /// <summary>One row per province × 2025 target the plan states.</summary>
    public const string Targets = "targets";

    /// <summary>The harmonized target indicators.</summary>
    public const string Indicators = "indicators";

    /// <summary>DDL of the star schema.</summary>
    internal static string StarDdl => Resource("star.sql");

    /// <summary>DDL of the published relations (run after the star is loaded).</summary>
    internal static string PublishedDdl => Resource("published.sql");

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"EcomCompare.Cube.Schema.{name}")
            ?? throw new InvalidOperationException($"embedded schema {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
