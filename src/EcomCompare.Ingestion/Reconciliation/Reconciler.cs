using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Reconciliation;

/// <summary>
/// Checks every stated figure against what the facts add up to, and every declared share against the amounts.
/// Never changes a fact. Where a group header states more money than its items carry, the remainder is kept as
/// an explicit <em>unitemized</em> fact of that group (and reported), so the cube's totals still equal the
/// document's official totals.
/// </summary>
internal static class Reconciler
{
    public static (IReadOnlyList<BudgetItem> Items, IReadOnlyList<BudgetFact> Facts) Reconcile(
        ProvincePlan plan,
        IReadOnlyList<BudgetItem> items,
        IReadOnlyList<BudgetFact> facts,
        IReadOnlyList<StatedFigure> statements,
        DiscrepancyLog log)
    {
        var allItems = items.ToList();
        var allFacts = facts.ToList();
        AddUnitemized(plan, allItems, allFacts, statements, log);

        var itemGroup = allItems.ToDictionary(i => i.Code, i => i.GroupCode, StringComparer.Ordinal);
        var split = allFacts.Where(f => f.SubSource is not null).Select(f => f.Source).ToHashSet();
        foreach (var statement in statements.Where(s => s.Kind is not StatementKind.DeclaredShare and not StatementKind.BreakdownTotal))
        {
            // A statement about a part of a source is checked against that part when the facts split the source into
            // parts; where they do not (a plan that calls all its local money "ngân sách tỉnh"), against the source.
            var part = statement.Source is { } src && split.Contains(src) ? statement.SubSource : null;
            var computed = Sum(allFacts, itemGroup, statement.Scope, statement.Year, statement.Source, part);
            if (computed == statement.Value)
            {
                log.Agreed();
                continue;
            }

            log.Disagreed(new Discrepancy(
                statement.Kind.Code(),
                Describe.Scope(statement.Scope, statement.Year, statement.Source),
                statement.Value,
                computed,
                Explain(plan, statement, computed, statements, out var rowSum),
                statement.Origin)
            {
                Figures = Figures(plan, statement.Scope, statement.Year, statement.Source, (DiscrepancyFigure.RowSum, rowSum)),
            });
        }

        CheckDeclaredShares(allFacts, statements, log);
        return (allItems, allFacts);
    }

    /// <summary>Σ facts in a scope, for one year (or all), one source (or all) and one part of it (or all).</summary>
    public static decimal Sum(IEnumerable<BudgetFact> facts, IReadOnlyDictionary<string, string> itemGroup, StatementScope scope, int? year,
        FundingSource? source, string? part = null) =>
        facts.Where(f => (scope.ItemCode is null || f.ItemCode == scope.ItemCode)
                         && (scope.GroupCode is null || itemGroup[f.ItemCode] == scope.GroupCode)
                         && (year is null || f.Year == year)
                         && (source is null || f.Source == source)
                         && (part is null || f.SubSource == part))
             .Sum(f => f.Amount);

    private static void AddUnitemized(ProvincePlan plan, List<BudgetItem> items, List<BudgetFact> facts, IReadOnlyList<StatedFigure> statements,
        DiscrepancyLog log)
    {
        var itemGroup = items.ToDictionary(i => i.Code, i => i.GroupCode, StringComparer.Ordinal);
        // Per source (and per year where the table splits by year; whole-period tables' headers have no year).
        var headers = statements.Where(s => s.Kind == StatementKind.GroupHeader && s.Source is not null && (s.Year is not null || plan.Shape == "whole-period-columns"));
        var split = facts.Where(f => f.SubSource is not null).Select(f => f.Source).ToHashSet();
        foreach (var header in headers)
        {
            var part = split.Contains(header.Source!.Value) ? header.SubSource : null;
            if (split.Contains(header.Source!.Value) && part is null)
            {
                continue; // a source's total over its parts: the parts' own cells say where any remainder belongs
            }

            var itemized = Sum(facts, itemGroup, header.Scope, header.Year, header.Source, part);
            if (header.Value <= itemized)
            {
                continue; // equal agrees; less is reported by the general check
            }

            var group = header.Scope.GroupCode!;
            var code = group + ".*";
            if (!items.Any(i => i.Code == code))
            {
                var first = items.First(i => i.GroupCode == group);
                items.Add(new BudgetItem(code, $"Phần chưa chi tiết của nhóm {group} (nhóm nêu nhiều hơn tổng các mục)", group, first.GroupName, first.Agency, IsUnitemized: true, header.Origin));
                itemGroup[code] = group;
            }

            var remainder = header.Value - itemized;
            facts.Add(new BudgetFact(code, header.Year, header.Source!.Value, remainder, header.Origin) { SubSource = part });
            log.Disagreed(new Discrepancy(
                "unitemized",
                Describe.Scope(header.Scope, header.Year, header.Source),
                header.Value,
                itemized,
                $"Group {group}'s header states {Describe.Money(header.Value)} of {Describe.Source(header.Source)} for {Describe.Period(header.Year, plan.FirstYear, plan.LastYear)} but its items carry {Describe.Money(itemized)}; " +
                $"the {Describe.Money(remainder)} not itemised is kept as unitemized fact {code} so the cube's totals equal the document's official totals.",
                header.Origin)
            {
                Figures = Figures(plan, header.Scope, header.Year, header.Source, (DiscrepancyFigure.Unitemized, code)),
            });
        }
    }

    /// <summary>What a statement is about (group, item, year or period, source) and any further figures, for wording it.</summary>
    private static Dictionary<string, string> Figures(ProvincePlan plan, StatementScope scope, int? year, FundingSource? source,
        params (string Name, string? Value)[] more)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DiscrepancyFigure.Period] = Describe.Period(null, plan.FirstYear, plan.LastYear),
        };
        Add(figures, DiscrepancyFigure.Group, scope.GroupCode);
        Add(figures, DiscrepancyFigure.Item, scope.ItemCode);
        Add(figures, DiscrepancyFigure.Year, year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(figures, DiscrepancyFigure.Source, source?.Code());
        foreach (var (name, value) in more)
        {
            Add(figures, name, value);
        }

        return figures;
    }

    private static void Add(Dictionary<string, string> figures, string name, string? value)
    {
        if (value is not null)
        {
            figures[name] = value;
        }
    }

    private static string Explain(ProvincePlan plan, StatedFigure statement, decimal computed, IReadOnlyList<StatedFigure> statements,
        out string? rowSumFigure)
    {
        rowSumFigure = null;
        var where = $"{Describe.What(statement.Kind)} states {Describe.Money(statement.Value)} ({Describe.Source(statement.Source)}, {Describe.Period(statement.Year, plan.FirstYear, plan.LastYear)}, {statement.Scope})";
        var detail = statement.Scope.ItemCode is not null ? "its source rows add up to" : statement.Scope.GroupCode is not null
            ? "its items add up to" : "the items add up to";
        var message = $"{Capitalize(where)} but {detail} {Describe.Money(computed)} (difference {Describe.Signed(statement.Value - computed)}).";

        // A total cell that disagrees with its own row's year cells is a typo in that cell, not missing money.
        if (statement.Year is null)
        {
            var sameRow = statements.Where(s => s.Origin == statement.Origin && s.Year is not null && s.Source == statement.Source
                && s.Kind == statement.Kind).ToList();
            if (sameRow.Count > 0 && sameRow.Sum(s => s.Value) is var rowSum && rowSum != statement.Value)
            {
                message += $" The same row's year cells add up to {Describe.Money(rowSum)}" + (rowSum == computed ? ", so the total cell is a typo." : ".");
                rowSumFigure = DiscrepancyFigure.Number(rowSum);
            }
        }

        return message;
    }

    private static void CheckDeclaredShares(IReadOnlyList<BudgetFact> facts, IReadOnlyList<StatedFigure> statements, DiscrepancyLog log)
    {
        foreach (var share in statements.Where(s => s.Kind == StatementKind.DeclaredShare))
        {
            var itemCode = share.Scope.ItemCode!;
            var itemFacts = facts.Where(f => f.ItemCode == itemCode).ToList();
            var itemTotal = itemFacts.Sum(f => f.Amount);
            var held = itemFacts.Where(f => f.Source == share.Source).Sum(f => f.Amount);
            var implied = share.Value / 100m * itemTotal;
            if (implied == held)
            {
                log.Agreed();
                continue;
            }

            var actual = itemTotal == 0 ? 0 : Math.Round(held / itemTotal * 100m, 1);
            log.Disagreed(new Discrepancy(
                "declared-share",
                Describe.Scope(share.Scope, null, share.Source),
                implied,
                held,
                $"Item {itemCode} declares {share.Value}% {share.Source!.Value.Code()} money, i.e. {Describe.Money(implied)} of its {Describe.Money(itemTotal)}, " +
                $"but its {share.Source!.Value.Code()} row holds {Describe.Money(held)} ({actual.ToString(System.Globalization.CultureInfo.InvariantCulture)}%).",
                share.Origin)
            {
                Figures = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [DiscrepancyFigure.Item] = itemCode,
                    [DiscrepancyFigure.Source] = share.Source!.Value.Code(),
                    [DiscrepancyFigure.Percent] = DiscrepancyFigure.Number(share.Value),
                    [DiscrepancyFigure.ItemTotal] = DiscrepancyFigure.Number(itemTotal),
                },
            });
        }
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
