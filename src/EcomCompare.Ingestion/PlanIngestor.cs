using System.Security.Cryptography;
using System.Text;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Manifest;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Reconciliation;
using EcomCompare.Ingestion.Shapes;
using EcomCompare.Ingestion.Statements;
using EcomCompare.Ingestion.Tables;
using EcomCompare.Ingestion.Targets;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion;

/// <summary>
/// Documents → validated facts + stated figures + discrepancies. Reads the manifest, parses each document's
/// budget appendix with the parser for its table shape, captures every stated figure, reconciles, and maps
/// items to harmonized categories.
/// </summary>
/// <example>
/// <code>
/// var result = PlanIngestor.Ingest("cube/sources", "cube/categories");
/// foreach (var plan in result.Plans) Console.WriteLine($"{plan.Plan.Name}: {plan.Facts.Sum(f => f.Amount)}");
/// </code>
/// </example>
public static class PlanIngestor
{
    /// <summary>Reads everything the manifest in <paramref name="sourcesDirectory"/> lists.</summary>
    public static IngestionResult Ingest(string sourcesDirectory, string categoriesDirectory)
    {
        var manifestPath = Path.Combine(sourcesDirectory, "manifest.tsv");
        var taxonomyPath = Path.Combine(categoriesDirectory, "taxonomy.tsv");
        var mappingPath = Path.Combine(categoriesDirectory, "item-categories.tsv");
        var indicatorsPath = Path.Combine(categoriesDirectory, "indicators.tsv");
        var labelsPath = Path.Combine(categoriesDirectory, FundingSourceLabels.FileName);
        var plans = ManifestReader.Load(manifestPath);
        var labels = FundingSourceLabels.Load(labelsPath);
        var taxonomy = Taxonomy.Load(taxonomyPath);
        var map = CategoryMap.Load(mappingPath, taxonomy);
        var indicators = IndicatorList.Load(indicatorsPath, taxonomy);

        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var subSourcesPath = Path.Combine(categoriesDirectory, FundingSourceLabels.SubSourcesFileName);
        foreach (var path in new[] { manifestPath, taxonomyPath, mappingPath, indicatorsPath, labelsPath, subSourcesPath }.Where(File.Exists))
        {
            fingerprint.AppendData(File.ReadAllBytes(path));
        }

        var budgets = new List<PlanBudget>();
        foreach (var plan in plans)
        {
            var path = Path.Combine(sourcesDirectory, plan.File);
            if (!File.Exists(path))
            {
                throw new IngestionException("manifest.tsv", 0, $"{plan.Code}: document {plan.File} not found in {sourcesDirectory}");
            }

            var text = PlanText.Load(path);
            fingerprint.AppendData(Encoding.UTF8.GetBytes(text.Sha256));
            budgets.Add(Ingest(plan, text, labels, map, indicators));
        }

        return new IngestionResult(budgets, taxonomy, indicators, Convert.ToHexStringLower(fingerprint.GetHashAndReset()))
        {
            SubSources = labels.SubSources,
        };
    }

    /// <summary>
    /// Reads one document. With no <paramref name="map"/>, items keep a null category; with no
    /// <paramref name="indicators"/>, targets are not read. An empty <see cref="ProvincePlan.Shape"/> is detected
    /// from the budget table; the returned plan carries the shape read.
    /// </summary>
    public static PlanBudget Ingest(ProvincePlan plan, PlanText text, FundingSourceLabels labels, CategoryMap? map, IndicatorList? indicators = null)
    {
        var builder = new BudgetBuilder(text.Name, labels) { Place = text.Place };
        var tables = PlanTable.FindAll(text, labels);
        var budget = BudgetTable.Choose(tables, text);
        budget.Layout.ThrowIfUnknownLabels(text, labels);
        var shape = budget.Kind == TableKind.Items ? ItemTableParser.Parse(budget, text, plan, builder) : ByYearParser.Parse(budget, text, builder);
        var detected = plan.Shape.Length == 0;
        plan = CheckRead(plan, shape, budget, text, builder);

        var textEnd = budget.HeadingLine > 0 ? budget.HeadingLine : budget.FirstLine;
        var wordWarnings = TextTotalsReader.Read(text, textEnd, builder);
        SummaryTableReader.Read(tables.Where(t => t != budget), text, builder);
        BudgetTable.RequireTotals(budget, text, builder);

        var log = new DiscrepancyLog();
        var (items, facts) = Reconciler.Reconcile(plan, builder.Items, builder.Facts, builder.Statements, log);
        UnitCheck.Check(budget, text, facts, builder.Statements);
        UnitCheck.CheckLaidOutText(text, log.Found);
        UnitCheck.CheckPrecision(text, facts);
        UnitCostBreakdownReader.Read(text, budget.SectionEnd + 1, text.Lines.Count, builder, builder.Items, facts, log);
        DecisionNumberCheck.Check(text, plan, log);

        if (map is not null)
        {
            var categories = map.Assign(plan.Code, items);
            items = items.Select(i => i with { Category = categories[i.Code] }).ToList();
        }

        var targets = indicators is null ? [] : TargetsReader.Read(text, plan, indicators);
        var warnings = BuildWarnings.Of(plan, text, budget, items, facts, builder.Statements, wordWarnings);
        return new PlanBudget(plan, items, facts, builder.Statements.ToList(), log.Found, log.Checks, targets, text.Lines, text.Sha256)
        {
            Table = TableInfo(plan, detected, budget),
            Warnings = warnings,
        };
    }

    // The shape the manifest names must be the one read; a table of no items, or money outside the plan period, is refused.
    private static ProvincePlan CheckRead(ProvincePlan plan, string shape, PlanTable budget, PlanText text, BudgetBuilder builder)
    {
        if (plan.Shape.Length > 0 && plan.Shape != shape)
        {
            throw text.Error(budget.FirstLine,
                $"manifest.tsv says the budget table's shape is '{plan.Shape}' but the table at lines {budget.FirstLine}–{budget.LastLine} " +
                $"reads as '{shape}': correct the manifest, or leave the shape empty to detect it");
        }

        if (builder.Items.Count == 0)
        {
            throw text.Error(budget.FirstLine, $"the budget table (lines {budget.FirstLine}–{budget.LastLine}) has no items");
        }

        var read = plan with { Shape = shape };
        var outOfPeriod = builder.Facts.FirstOrDefault(f => f.Year < read.FirstYear || f.Year > read.LastYear);
        if (outOfPeriod is not null)
        {
            throw text.Error(outOfPeriod.Origin.Line, $"an amount for {outOfPeriod.Year}, outside the plan period {read.PlanPeriod}");
        }

        return read;
    }

    private static BudgetTableInfo TableInfo(ProvincePlan plan, bool detected, PlanTable budget)
    {
        var layout = budget.Layout;
        var columns = layout.Columns
            .Select(c => new ColumnInfo(c.Index + 1, layout.HeaderText(c), c.Year, c.Source, c.IsTotal) { Part = c.Part })
            .ToList();
        return new BudgetTableInfo(plan.Shape, detected, budget.HeadingLine, layout.FirstLine, budget.LastLine, columns)
        {
            Unit = budget.Unit.Name,
            UnitStated = budget.UnitStatement is { } u ? $"line {u.Line}: {u.Text}" : null,
            Attributes = layout.Attributes.Select(a => new AttributeInfo(a.Index + 1, a.Header, a.Attribute.ToString().ToLowerInvariant())).ToList(),
        };
    }
}
