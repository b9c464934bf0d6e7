using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Categories;

/// <summary>
/// How often the suggestions agree with a mapping made by hand: leave one province out, learn from the others'
/// mapped items and the categories' names, suggest for the left-out province's items, and count how often the
/// hand-made category is the first suggestion (top-1) or among the first three (top-3).
/// </summary>
public static class SuggestionAgreement
{
    /// <summary>One left-out province's result.</summary>
    /// <param name="Province">The province left out.</param>
    /// <param name="Items">Its mapped items.</param>
    /// <param name="Top1">Items whose category was the first suggestion.</param>
    /// <param name="Top3">Items whose category was among the first three.</param>
    /// <param name="Misses">Item code, the hand-made category and the first suggestion, where they differ.</param>
    public sealed record Result(string Province, int Items, int Top1, int Top3, IReadOnlyList<(string Item, string Mapped, string Suggested)> Misses)
    {
        /// <summary>Top-1 agreement, 0–1.</summary>
        public double Top1Share => Items == 0 ? 0 : (double)Top1 / Items;

        /// <summary>Top-3 agreement, 0–1.</summary>
        public double Top3Share => Items == 0 ? 0 : (double)Top3 / Items;
    }

    /// <summary>Leave-one-province-out over every province of <paramref name="ingested"/> (items mapped, as the build maps them).</summary>
    public static IReadOnlyList<Result> LeaveOneProvinceOut(IngestionResult ingested)
    {
        var results = new List<Result>();
        foreach (var left in ingested.Plans)
        {
            var others = ingested.Plans.Where(p => p != left);
            var suggester = CategorySuggester.Train(ingested.Taxonomy, SuggestionExamples.From(others));
            var items = left.Items.Where(i => !i.IsUntasked && i.Category is not null).ToList();
            int top1 = 0, top3 = 0;
            var misses = new List<(string, string, string)>();
            foreach (var item in items)
            {
                var ranked = suggester.Suggest(SuggestionExamples.TextOf(left.Plan, item), SuggestionExamples.ContextOf(left.Plan, item));
                top1 += ranked[0].Category == item.Category ? 1 : 0;
                top3 += ranked.Take(3).Any(s => s.Category == item.Category) ? 1 : 0;
                if (ranked[0].Category != item.Category)
                {
                    misses.Add((item.Code, item.Category!, ranked[0].Category));
                }
            }

            results.Add(new Result(left.Plan.Code, items.Count, top1, top3, misses));
        }

        return results;
    }
}

/// <summary>What the suggestions learn from and read: an item's name, and its group's name where the groups are tasks.</summary>
public static class SuggestionExamples
{
    /// <summary>
    /// The text the suggester reads for <paramref name="item"/>: its name; a group's unitemized remainder ("Phần chưa
    /// chi tiết của nhóm IV") is read by its group's name.
    /// </summary>
    public static string TextOf(ProvincePlan plan, BudgetItem item) => item.IsUnitemized ? item.GroupName : item.Name;

    /// <summary>The item's group's name where the plan's groups are tasks (an agency's name says nothing about the task), else null.</summary>
    public static string? ContextOf(ProvincePlan plan, BudgetItem item) =>
        plan.GroupKind == GroupKind.Tasks && !item.IsUnitemized && item.GroupName.Length > 0 ? item.GroupName : null;

    /// <summary>Every mapped item of <paramref name="budgets"/> as an example.</summary>
    public static IEnumerable<CategorySuggester.Example> From(IEnumerable<PlanBudget> budgets) =>
        budgets.SelectMany(b => b.Items.Where(i => !i.IsUntasked && i.Category is not null)
            .Select(i => new CategorySuggester.Example(TextOf(b.Plan, i), i.Category!, ContextOf(b.Plan, i))));
}
