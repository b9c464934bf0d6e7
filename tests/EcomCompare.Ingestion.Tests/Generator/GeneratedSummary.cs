using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// Every generated plan ingested in one go and the outcomes grouped by what went wrong — the list the parser's
/// integrator works down. A failure's group is its first line with the file, line numbers, numbers and quoted
/// text taken out ("unknown funding-source label '…' in the table header (column N)").
/// </summary>
internal static partial class GeneratedSummary
{
    /// <summary>One plan's outcome: null when it loads as the truth (or, planted, fails naming the unit).</summary>
    public static string? Outcome(GeneratedPlan plan)
    {
        try
        {
            var budget = GeneratedPlansTests.Ingest(plan);
            if (GeneratedPlans.Planted.Contains(plan))
            {
                return "planted unit error: no error, the build goes on";
            }

            var differences = PlanExpectations.Differences(plan.Truth, plan.Case, budget);
            return differences.Count == 0 ? null : "differs from the truth: " + differences[0];
        }
        catch (IngestionException e)
        {
            return GeneratedPlans.Planted.Contains(plan)
                ? e.Message.Contains("unit", StringComparison.OrdinalIgnoreCase)
                    && e.Message.Contains("triệu đồng", StringComparison.Ordinal) ? null : "planted unit error: fails without naming the unit: " + e.Problem
                : e.Problem;
        }
    }

    /// <summary>Each plan's outcome, null for a pass (pdftotext cases left out when pdftotext is missing).</summary>
    public static IReadOnlyList<(GeneratedPlan Plan, string? Outcome)> Outcomes(IEnumerable<GeneratedPlan> plans) =>
        plans.Where(p => p.Format != PlanFormat.PdfText || PdfToText.Available).Select(p => (p, Outcome(p))).ToList();

    /// <summary>A Markdown summary: passes and failures per format, then each group of failures with its size and an example file.</summary>
    public static string Markdown(IReadOnlyList<(GeneratedPlan Plan, string? Outcome)> outcomes)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{outcomes.Count(o => o.Outcome is null)} of {outcomes.Count} generated plans load as they must.\n\n| format | pass | fail |\n|---|---|---|\n");
        foreach (var format in GeneratedPlans.Formats)
        {
            var of = outcomes.Where(o => o.Plan.Format == format).ToList();
            text.Append(CultureInfo.InvariantCulture, $"| {GeneratedPlans.Label(format)} | {of.Count(o => o.Outcome is null)} | {of.Count(o => o.Outcome is not null)} |\n");
        }

        text.Append("\n| cases | failure | example |\n|---|---|---|\n");
        foreach (var group in outcomes.Where(o => o.Outcome is not null).GroupBy(o => Group(o.Outcome!)).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {group.Count()} | {group.Key.Replace("|", "\\|", StringComparison.Ordinal)} | {group.First().Plan.File} |\n");
        }

        return text.ToString();
    }

    private static string Group(string outcome)
    {
        var first = outcome.Split('\n')[0];
        first = Quoted().Replace(first, "'…'");
        first = Path().Replace(first, "…/");
        return Numbers().Replace(first, "N");
    }

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"/\S+/")]
    private static partial Regex Path();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Numbers();
}
