using System.Globalization;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Manifest;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Checking;

/// <summary>
/// A dry run on one document (<c>ecomcompare check FILE</c>): reads it as the build would and says what it found —
/// the shape, where the budget table is, how each column was understood, groups, items and totals rows and whether
/// they reconcile, the stated totals, discrepancies, warnings, and for every item without a category a line ready
/// to paste into <c>item-categories.tsv</c> with a suggested category. Bad input throws
/// <see cref="IngestionException"/> exactly as the build would.
/// </summary>
public static class PlanCheck
{
    /// <summary>
    /// Checks <paramref name="path"/> against the data files in <paramref name="sourcesDirectory"/> and
    /// <paramref name="categoriesDirectory"/>.
    /// </summary>
    public static CheckReport Run(string path, string sourcesDirectory, string categoriesDirectory) =>
        Run(PlanText.Load(path), null, sourcesDirectory, categoriesDirectory, null);

    /// <summary>
    /// Checks a document already read (an upload): as <paramref name="plan"/> when given (the province's details
    /// from a form), else as the manifest lists the file or as a new province; <paramref name="labels"/> replaces the
    /// vocabulary file (it may hold wordings not yet written to it); <paramref name="suggester"/> one already trained.
    /// </summary>
    public static CheckReport Run(
        PlanText text, ProvincePlan? plan, string sourcesDirectory, string categoriesDirectory, CategorySuggester? suggester,
        FundingSourceLabels? labels = null)
    {
        var file = text.Name;
        var manifestPath = Path.Combine(sourcesDirectory, "manifest.tsv");
        var listed = File.Exists(manifestPath) ? ManifestReader.Load(manifestPath).FirstOrDefault(p => p.File == file) : null;
        plan ??= listed ?? new ProvincePlan(Path.GetFileNameWithoutExtension(file), Path.GetFileNameWithoutExtension(file), string.Empty,
            string.Empty, null, "2021-2025", string.Empty, string.Empty, GroupKind.Tasks, file);
        labels ??= FundingSourceLabels.Load(Path.Combine(categoriesDirectory, FundingSourceLabels.FileName));
        var taxonomy = Taxonomy.Load(Path.Combine(categoriesDirectory, "taxonomy.tsv"));
        var map = CategoryMap.Load(Path.Combine(categoriesDirectory, "item-categories.tsv"), taxonomy);
        var budget = PlanIngestor.Ingest(plan, text, labels, map: null);
        return new CheckReport(budget, listed is not null, map, suggester ?? CategorySuggester.FromData(sourcesDirectory, categoriesDirectory));
    }
}

/// <summary>What <see cref="PlanCheck"/> found.</summary>
public sealed class CheckReport
{
    internal CheckReport(PlanBudget budget, bool inManifest, CategoryMap map, CategorySuggester suggester)
    {
        Budget = budget;
        InManifest = inManifest;
        Suggestions = budget.Items.Where(i => !i.IsUntasked)
            .ToDictionary(i => i.Code,
                i => suggester.Suggest(SuggestionExamples.TextOf(budget.Plan, i), SuggestionExamples.ContextOf(budget.Plan, i)),
                    StringComparer.Ordinal);
        Mapped = budget.Items.Where(i => !i.IsUntasked && map.Find(budget.Plan.Code, i.Code) is { } e
                && CellText.Key(i.Name).StartsWith(CellText.Key(e.NameStart), StringComparison.Ordinal))
            .ToDictionary(i => i.Code, i => map.Find(budget.Plan.Code, i.Code)!.Category, StringComparer.Ordinal);
        // Every item the build maps, a group's unitemized remainder ("IV.*") included: the build refuses any left without one.
        Unmapped = budget.Items.Where(i => !i.IsUntasked
            && map.Find(budget.Plan.Code, i.Code) is null).Select(i => Suggest(budget.Plan.Code, i)).ToList();
    }

    /// <summary>Every item that needs a category (all but money with no task split), its categories ranked, best first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CategorySuggester.Suggestion>> Suggestions { get; }

    /// <summary>The category item-categories.tsv already gives an item of this province (name guard matching), by item code.</summary>
    public IReadOnlyDictionary<string, string> Mapped { get; }

    /// <summary>The document read as the build reads it.</summary>
    public PlanBudget Budget { get; }

    /// <summary>True when manifest.tsv lists the document (its code, period and shape are used).</summary>
    public bool InManifest { get; }

    /// <summary>A ready-to-paste mapping line for every item without a category.</summary>
    public IReadOnlyList<string> Unmapped { get; }

    /// <summary>The report as printed by <c>ecomcompare check</c>.</summary>
    public string Format()
    {
        var b = Budget;
        var plan = b.Plan;
        var table = b.Table!;
        var o = new List<string>();
        o.Add(InManifest
            ? $"{plan.File}: {plan.Name} ({plan.Code}), as manifest.tsv lists it; plan period {plan.PlanPeriod}"
            : $"{plan.File}: not in manifest.tsv — read as a new province '{plan.Code}', plan period {plan.PlanPeriod}, group rows as task groups");
        o.Add($"shape: {table.Shape} ({(table.ShapeDetected ? "detected from the table" : "as manifest.tsv says")})");
        o.Add(table.HeadingLine > 0
            ? $"budget table: lines {table.FirstLine}–{table.LastLine} (appendix heading on line {table.HeadingLine})"
            : $"budget table: lines {table.FirstLine}–{table.LastLine} (in the body of the text)");
        o.Add(table.UnitStated is { } said
            ? $"unit: {table.Unit} ({said}); amounts normalised to triệu đồng"
            : $"unit: none stated — read as {table.Unit} (checked against the stated totals and for plausibility)");
        o.Add("columns:");
        foreach (var c in table.Columns)
        {
            var source = c.Source is { } s ? (c.Part is null ? s.Code() : $"{s.Code()} / {c.Part}") : null;
            var year = c.Year?.ToString(CultureInfo.InvariantCulture);
            var meaning = c.IsTotal
                ? (year, source) switch
                {
                    (null, null) => "the row's total",
                    _ => "total of " + string.Join(" × ", new[] { year, source }.Where(p => p is not null))
                }
                : $"{year ?? "whole period (no year)"} × {source ?? "source from the row"}";
            o.Add($"  column {c.Column,-3} '{c.Header}' → {meaning}");
        }

        foreach (var a in table.Attributes)
        {
            o.Add($"  column {a.Column,-3} '{a.Header}' → text: {a.Attribute}");
        }

        var groups = b.Items.GroupBy(i => i.GroupCode).ToList();
        var total = Money(b.Facts.Sum(f => f.Amount));
        o.Add($"items: {b.Items.Count(i => !i.IsUnitemized)} in {groups.Count} groups; {total} triệu đồng in {b.Facts.Count} facts");
        var bySource = FundingSources.WithOther.Select(s => (s, b.Facts.Where(f => f.Source == s).Sum(f => f.Amount))).Where(p => p.Item2 != 0);
        foreach (var (source, amount) in bySource)
        {
            o.Add($"  {source.Code(),-10} {Money(amount),12}");
            foreach (var part in b.Facts.Where(f => f.Source == source && f.SubSource is not null).GroupBy(f => f.SubSource!))
            {
                o.Add($"    {part.Key,-24} {Money(part.Sum(f => f.Amount)),12}");
            }
        }

        if (b.NoYearAmount > 0)
        {
            o.Add($"  no year split: {Money(b.NoYearAmount)} triệu đồng (counts in period totals only)");
        }

        foreach (var group in groups)
        {
            var items = group.ToList();
            var amount = b.Facts.Where(f => items.Any(i => i.Code == f.ItemCode)).Sum(f => f.Amount);
            var header = Reconciles(StatementKind.GroupHeader, s => s.Scope.GroupCode == group.Key && s.Scope.ItemCode is null);
            var headerSays = header == "none" ? "states no amount" : header;
            o.Add($"  group {group.Key,-4} {Short(items[0].GroupName),-50} {items.Count,3} items {Money(amount),12}  header: {headerSays}");
            foreach (var item in items)
            {
                var itemAmount = b.Facts.Where(f => f.ItemCode == item.Code).Sum(f => f.Amount);
                var agency = item.Agency is { Length: > 0 } a && a != item.GroupName ? $"  [{Short(a)}]" : string.Empty;
                o.Add($"    {item.Code,-8} {Short(item.Name),-50} {Money(itemAmount),12}{agency}");
            }
        }

        o.Add($"item rows: {Reconciles(StatementKind.ItemRow, _ => true)}; row totals: {Reconciles(StatementKind.RowTotal, _ => true)}; "
              + $"declared shares: {Reconciles(StatementKind.DeclaredShare, _ => true)}");
        o.Add($"totals rows: {Reconciles(StatementKind.TotalsRow, _ => true)}");
        foreach (var line in b.Statements.Where(s => s.Kind == StatementKind.TotalsRow).Select(s => s.Origin.Line).Distinct())
        {
            o.Add($"  line {line}: {Short(CellText.Clean(b.Lines[line - 1].Replace('\t', ' ')))}");
        }

        var stated = b.Statements
            .Where(s => s.Kind is StatementKind.TextTotal or StatementKind.TextTotalInWords
                or StatementKind.TextSourceTotal or StatementKind.SummaryTable)
            .ToList();
        o.Add($"stated in the text: {(stated.Count == 0 ? "nothing found" : $"{stated.Count} figures")}");
        foreach (var s in stated.Where(s => s.Kind != StatementKind.SummaryTable))
        {
            var scope = s.Source is { } src ? src.Code() : "all sources";
            o.Add($"  line {s.Origin.Line,-5} {s.Kind.Code(),-20} {scope,-12} {Money(s.Value),12}  {Agreement(s)}");
        }

        if (stated.Any(s => s.Kind == StatementKind.SummaryTable))
        {
            o.Add($"  summary table: {Reconciles(StatementKind.SummaryTable, _ => true)}");
        }

        o.Add($"discrepancies: {b.Discrepancies.Count}");
        foreach (var d in b.Discrepancies.OrderBy(d => d.Origin.Line))
        {
            o.Add($"  {d.Origin}  [{d.Kind}] {d.Scope}: {d.Message}");
        }

        o.Add($"warnings: {b.Warnings.Count}");
        foreach (var w in b.Warnings)
        {
            o.Add($"  warning: {w}");
        }

        var mapped = b.Items.Count(i => !i.IsUnitemized && !i.IsUntasked) - Unmapped.Count;
        o.Add($"categories: {mapped} items mapped, {Unmapped.Count} without a category");
        if (Unmapped.Count > 0)
        {
            o.Add("  paste into cube/categories/item-categories.tsv (check each suggested category):");
            foreach (var line in Unmapped)
            {
                o.Add(line);
            }
        }

        return string.Join(Environment.NewLine, o) + Environment.NewLine;
    }

    private string Reconciles(StatementKind kind, Func<StatedFigure, bool> scope)
    {
        var figures = Budget.Statements.Where(s => s.Kind == kind && scope(s)).ToList();
        if (figures.Count == 0)
        {
            return "none";
        }

        var lines = figures.Select(s => s.Origin.Line).ToHashSet();
        var differ = Budget.Discrepancies.Count(d => d.Kind == kind.Code() && lines.Contains(d.Origin.Line)
            && (kind != StatementKind.GroupHeader || d.Scope.StartsWith($"group {figures[0].Scope.GroupCode}", StringComparison.Ordinal)));
        return differ == 0 ? $"{figures.Count} figures, all reconcile" : $"{figures.Count} figures, {differ} differ (see discrepancies)";
    }

    private string Agreement(StatedFigure s)
    {
        var d = Budget.Discrepancies.FirstOrDefault(d => d.Kind == s.Kind.Code() && d.Origin == s.Origin && d.Stated == s.Value);
        return d is null ? "reconciles with the table" : $"DIFFERS: the table adds up to {Money(d.Computed ?? 0)}";
    }

    // The mapping line for an item, with the suggester's first category and the words that pointed to it.
    private string Suggest(string province, BudgetItem item)
    {
        var best = Suggestions[item.Code][0];
        var reason = best.Evidence.Count > 0
            ? string.Create(CultureInfo.InvariantCulture,
                $"suggested by ecomcompare check ({best.Share:P0}; words shared with {best.Category}: {string.Join(", ", best.Evidence)})")
            : "no words in common with any mapping: choose the category by hand";
        return $"{province}\t{item.Code}\t{best.Category}\t{NameStart(item.Name)}\t{reason}";
    }

    /// <summary>The start of an item's name a mapping line keeps as its guard: its first six words.</summary>
    public static string NameStart(string name) =>
        string.Join(' ', CellText.Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6)).TrimEnd(',', ';', '.', ':');

    private static string Money(decimal amount) => VietnameseNumbers.Format(amount);

    private static string Short(string text) => text.Length <= 50 ? text : text[..49] + "…";
}
