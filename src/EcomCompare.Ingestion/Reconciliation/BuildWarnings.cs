using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Tables;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Reconciliation;

/// <summary>
/// What a plan's build says without failing: no stated total to check the cube against, money with no year split,
/// money with no task split, an amount in words that could not be read. The dashboard words each kind in its own
/// language; the message here is the console's.
/// </summary>
internal static class BuildWarnings
{
    public static List<IngestionWarning> Of(
        ProvincePlan plan,
        PlanText text,
        PlanTable budget,
        IReadOnlyList<BudgetItem> items,
        IReadOnlyList<BudgetFact> facts,
        IReadOnlyList<StatedFigure> statements,
        IEnumerable<IngestionWarning> fromTheText)
    {
        var warnings = new List<IngestionWarning>(fromTheText.Select(w => w with { Province = plan.Code }));
        var table = new SourceLine(text.Name, budget.Layout.FirstLine);
        var total = facts.Sum(f => f.Amount);
        if (!statements.Any(s => s.Kind == StatementKind.TextTotal))
        {
            warnings.Add(new IngestionWarning(plan.Code, new SourceLine(text.Name, 0), IngestionWarning.NoStatedTotal, total,
                "no stated total found in the text (read: 'Tổng kinh phí … là:', 'Tổng nguồn vốn:', 'Kinh phí thực hiện:' followed by an amount " +
                $"in đồng, triệu đồng or tỷ đồng, in digits or words): the cube's {Money(total)} triệu đồng is not checked against an official total"));
        }

        var noYear = facts.Where(f => f.Year is null).Sum(f => f.Amount);
        if (noYear > 0)
        {
            warnings.Add(new IngestionWarning(plan.Code, table, IngestionWarning.NoYearSplit, noYear,
                $"{Money(noYear)} triệu đồng of this province has no year split: it counts in the period totals and in no single year"));
        }

        var untasked = facts.Where(f => items.Any(i => i.IsUntasked && i.Code == f.ItemCode)).Sum(f => f.Amount);
        if (untasked > 0)
        {
            warnings.Add(new IngestionWarning(plan.Code, table, IngestionWarning.NoTaskSplit, untasked,
                $"{Money(untasked)} triệu đồng of this province is given by year and source but not by task: " +
                "it counts in the totals under the category 'not broken down by task'"));
        }

        return warnings;
    }

    private static string Money(decimal amount) => VietnameseNumbers.Format(amount);
}
