using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Targets;

namespace EcomCompare.Cube.Build;

/// <summary>
/// The rows the cube gets, with deterministic keys (manifest order, document order, year, source): the same
/// sources always give the same ids, so a saved link to <c>BudgetLines(42)</c> survives a rebuild.
/// </summary>
internal sealed record CubeRows(
    IReadOnlyList<PlanBudget> Provinces,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<ItemRow> Items,
    IReadOnlyList<FactRow> Facts,
    IReadOnlyList<StatementRow> Statements,
    IReadOnlyList<DiscrepancyRow> Discrepancies,
    IReadOnlyList<WarningRow> Warnings,
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<int> Years)
{
    /// <summary>The parts of sources the vocabulary knows; the cube lists those some plan uses.</summary>
    public IReadOnlyList<EcomCompare.Ingestion.Text.FundingSourceLabels.SubSource> SubSources { get; init; } = [];

    public static CubeRows From(IngestionResult ingestion)
    {
        var items = new List<ItemRow>();
        var facts = new List<FactRow>();
        var statements = new List<StatementRow>();
        var discrepancies = new List<DiscrepancyRow>();
        var warnings = new List<WarningRow>();
        var targets = new List<TargetRow>();
        foreach (var plan in ingestion.Plans)
        {
            var keys = new Dictionary<string, ItemRow>(StringComparer.Ordinal);
            var order = 0;
            foreach (var item in plan.Items)
            {
                var category = item.Category ?? throw new InvalidOperationException($"{plan.Plan.Code} item {item.Code} has no category");
                var row = new ItemRow(items.Count + 1, plan.Plan.Code, item, category, ++order);
                keys[item.Code] = row;
                items.Add(row);
            }

            var ordered = plan.Facts
                .OrderBy(f => keys[f.ItemCode].SortOrder).ThenBy(f => f.Year).ThenBy(f => f.Source);
            foreach (var fact in ordered)
            {
                facts.Add(new FactRow(facts.Count + 1, keys[fact.ItemCode], fact));
            }

            foreach (var statement in plan.Statements)
            {
                statements.Add(new StatementRow(statements.Count + 1, plan.Plan.Code, statement));
            }

            foreach (var discrepancy in plan.Discrepancies.OrderBy(d => d.Origin.Line))
            {
                discrepancies.Add(new DiscrepancyRow(discrepancies.Count + 1, plan.Plan.Code, discrepancy));
            }

            foreach (var warning in plan.Warnings)
            {
                warnings.Add(new WarningRow(warnings.Count + 1, warning));
            }

            foreach (var target in plan.Targets)
            {
                targets.Add(new TargetRow(targets.Count + 1, plan.Plan.Code, target));
            }
        }

        var years = ingestion.Plans.SelectMany(p => Enumerable.Range(p.Plan.FirstYear, p.Plan.LastYear - p.Plan.FirstYear + 1)).Distinct().Order()
            .ToList();
        // "Not broken down by task" is a category only when some plan has such money.
        var categories = items.Any(i => i.Item.IsUntasked) ? [.. ingestion.Taxonomy.Categories, Taxonomy.Untasked] : ingestion.Taxonomy.Categories;
        return new CubeRows(ingestion.Plans, categories, items, facts, statements, discrepancies, warnings, targets, ingestion.Indicators.Indicators,
            years)
        {
            SubSources = ingestion.SubSources,
        };
    }
}

internal sealed record ItemRow(int Key, string Province, BudgetItem Item, string Category, int SortOrder);

internal sealed record FactRow(long Id, ItemRow Item, BudgetFact Fact);

internal sealed record WarningRow(long Id, IngestionWarning Warning);

internal sealed record StatementRow(long Id, string Province, StatedFigure Statement);

internal sealed record DiscrepancyRow(long Id, string Province, Discrepancy Discrepancy);

internal sealed record TargetRow(long Id, string Province, PlanTarget Target);
