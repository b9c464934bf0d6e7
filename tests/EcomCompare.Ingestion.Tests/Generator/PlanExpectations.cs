using System.Globalization;
using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// What a generated plan must load as: exactly the truth's money per (source, sub-source, year); each item with its
/// name, group, total and (where the table has the column) lead agency; no discrepancies; the text total and each
/// source's text total as stated figures equal to the truth. Every difference is listed, not only the first.
/// </summary>
internal static class PlanExpectations
{
    public static IReadOnlyList<string> Differences(TruePlan truth, PlanCase c, PlanBudget plan)
    {
        var found = new List<string>();
        var expected = truth.Money.GroupBy(m => (m.Source, m.SubSource, m.Year)).ToDictionary(g => g.Key, g => g.Sum(m => m.Amount));
        var read = plan.Facts.GroupBy(f => (f.Source, f.SubSource, f.Year)).ToDictionary(g => g.Key, g => g.Sum(f => f.Amount));
        foreach (var key in expected.Keys.Union(read.Keys).OrderBy(k => k.Source).ThenBy(k => k.SubSource,
            StringComparer.Ordinal).ThenBy(k => k.Year))
        {
            var want = expected.GetValueOrDefault(key);
            var got = read.GetValueOrDefault(key);
            if (want != got)
            {
                found.Add($"money {key.Source.Code()} · {key.SubSource ?? "(whole source)"} · {key.Year?.ToString(CultureInfo.InvariantCulture) ?? "no year"}: true {Number(want)}, read {Number(got)}");
            }
        }

        if (c.Shape != TableShape.YearRows)
        {
            var items = plan.Items.Where(i => !i.IsUnitemized || plan.Facts.Any(f => f.ItemCode == i.Code)).ToList();
            var trueItems = truth.Groups.SelectMany(g => g.Items.Select(i => (Group: g, Item: i))).ToList();
            if (items.Count != trueItems.Count)
            {
                found.Add($"items: true {trueItems.Count}, read {items.Count} ({string.Join(", ", items.Select(i => i.Code))})");
            }

            foreach (var ((group, item), got) in trueItems.Zip(items))
            {
                var total = plan.Facts.Where(f => f.ItemCode == got.Code).Sum(f => f.Amount);
                if (got.Name != item.Name)
                {
                    found.Add($"item {got.Code} name: true '{item.Name}', read '{got.Name}'");
                }

                if (got.GroupName != group.Name)
                {
                    found.Add($"item {got.Code} group: true '{group.Name}', read '{got.GroupName}'");
                }

                if (total != item.Total)
                {
                    found.Add($"item {got.Code} total: true {Number(item.Total)}, read {Number(total)}");
                }

                if (c.HasAgency && got.Agency != item.Lead)
                {
                    found.Add($"item {got.Code} lead agency: true '{item.Lead}', read '{got.Agency ?? "(none)"}'");
                }
            }
        }

        found.AddRange(plan.Discrepancies.Select(d => $"discrepancy {d.Kind} {d.Scope}: {d.Message}"));
        if (plan.StatedTotal != truth.Total)
        {
            found.Add($"text total: true {Number(truth.Total)}, read {(plan.StatedTotal is { } t ? Number(t) : "none")}");
        }

        foreach (var source in truth.Sources)
        {
            var stated = plan.Statements.Where(s => s.Kind == StatementKind.TextSourceTotal && s.Source == source).Select(s => s.Value).ToList();
            if (stated.Count != 1 || stated[0] != truth.Sum(source))
            {
                found.Add($"text total of {source.Code()}: true {Number(truth.Sum(source))}, read {(stated.Count == 0 ? "none" : string.Join(", ", stated.Select(Number)))}");
            }
        }

        return found;
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
