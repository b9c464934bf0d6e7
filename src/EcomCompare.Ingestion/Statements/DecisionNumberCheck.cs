using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Reconciliation;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Statements;

/// <summary>
/// Checks that every place the document prints its own decision number ("Số: 319/QĐ-UBND" at the top,
/// "Kèm theo Quyết định số 3192/QĐ-UBND" over each appendix) agrees with the number the manifest records.
/// Other decisions the text cites (older plans, national decisions) are not its own and are not checked.
/// </summary>
internal static partial class DecisionNumberCheck
{
    public static void Check(PlanText text, ProvincePlan plan, DiscrepancyLog log)
    {
        var expected = LeadingNumber().Match(plan.Decision) is { Success: true } m ? m.Value : string.Empty;
        for (var n = 1; n <= text.Lines.Count; n++)
        {
            var line = CellText.Clean(text.Line(n));
            foreach (Match own in OwnDecision().Matches(line))
            {
                var printed = own.Groups["n"].Value;
                if (printed == expected)
                {
                    log.Agreed();
                    continue;
                }

                var what = printed.Length == 0 ? "leaves its decision number blank" : $"prints its decision number as {printed}/QĐ-UBND";
                var truth = expected.Length == 0 ? "the manifest records it as a draft with no number" : $"the manifest (and the document elsewhere) has {plan.Decision}";
                log.Disagreed(new Discrepancy("decision-number", "document", null, null,
                    string.Create(CultureInfo.InvariantCulture, $"Line {n} {what}, but {truth}."),
                    new SourceLine(text.Name, n))
                {
                    Figures = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [DiscrepancyFigure.Line] = n.ToString(CultureInfo.InvariantCulture),
                        [DiscrepancyFigure.Printed] = printed.Length == 0 ? string.Empty : printed + "/QĐ-UBND",
                        [DiscrepancyFigure.Expected] = expected.Length == 0 ? string.Empty : plan.Decision,
                    },
                });
            }
        }
    }

    [GeneratedRegex(@"(?:^số\s*:|kèm theo quyết định số)\s*(?<n>\d*)\s*/\s*QĐ-UBND", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnDecision();

    [GeneratedRegex(@"^\d+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();
}
