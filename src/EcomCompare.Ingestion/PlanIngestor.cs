using System.Security.Cryptography;
using System.Text;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Manifest;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Reconciliation;
using EcomCompare.Ingestion.Shapes;
using EcomCompare.Ingestion.Statements;
using EcomCompare.Ingestion.Targets;

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
    private static readonly IReadOnlyList<IBudgetTableParser> Parsers = [new ItemsWithSourceRowsParser(), new YearSourceColumnsParser()];

    /// <summary>Reads everything the manifest in <paramref name="sourcesDirectory"/> lists.</summary>
    public static IngestionResult Ingest(string sourcesDirectory, string categoriesDirectory)
    {
        var manifestPath = Path.Combine(sourcesDirectory, "manifest.tsv");
        var taxonomyPath = Path.Combine(categoriesDirectory, "taxonomy.tsv");
        var mappingPath = Path.Combine(categoriesDirectory, "item-categories.tsv");
        var indicatorsPath = Path.Combine(categoriesDirectory, "indicators.tsv");
        var plans = ManifestReader.Load(manifestPath);
        var taxonomy = Taxonomy.Load(taxonomyPath);
        var map = CategoryMap.Load(mappingPath, taxonomy);
        var indicators = IndicatorList.Load(indicatorsPath, taxonomy);

        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in new[] { manifestPath, taxonomyPath, mappingPath, indicatorsPath })
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
            budgets.Add(Ingest(plan, text, map, indicators));
        }

        return new IngestionResult(budgets, taxonomy, indicators, Convert.ToHexStringLower(fingerprint.GetHashAndReset()));
    }

    /// <summary>
    /// Reads one document. With no <paramref name="map"/>, items keep a null category; with no
    /// <paramref name="indicators"/>, targets are not read.
    /// </summary>
    public static PlanBudget Ingest(ProvincePlan plan, PlanText text, CategoryMap? map, IndicatorList? indicators = null)
    {
        var parser = Parsers.FirstOrDefault(p => p.Shape == plan.Shape)
            ?? throw new IngestionException(text.Name, 0, $"no parser for table shape '{plan.Shape}'");

        var builder = new BudgetBuilder(text.Name);
        var appendix = BudgetAppendix.Find(text);
        parser.Parse(appendix, plan, builder);
        if (builder.Items.Count == 0)
        {
            throw new IngestionException(text.Name, appendix.HeadingLine, "the budget appendix has no items");
        }

        var outOfPeriod = builder.Facts.FirstOrDefault(f => f.Year < plan.FirstYear || f.Year > plan.LastYear);
        if (outOfPeriod is not null)
        {
            throw new IngestionException(text.Name, outOfPeriod.Origin.Line, $"an amount for {outOfPeriod.Year}, outside the plan period {plan.PlanPeriod}");
        }

        TextTotalsReader.Read(text, appendix.HeadingLine, builder);
        SummaryTableReader.Read(text, appendix.HeadingLine, builder);

        var log = new DiscrepancyLog();
        var (items, facts) = Reconciler.Reconcile(plan, builder.Items, builder.Facts, builder.Statements, log);
        UnitCostBreakdownReader.Read(text, appendix.LastLine + 1, text.Lines.Count, builder, builder.Items, facts, log);
        DecisionNumberCheck.Check(text, plan, log);

        if (map is not null)
        {
            var categories = map.Assign(plan.Code, items);
            items = items.Select(i => i with { Category = categories[i.Code] }).ToList();
        }

        var targets = indicators is null ? [] : TargetsReader.Read(text, plan, indicators);
        return new PlanBudget(plan, items, facts, builder.Statements.ToList(), log.Found, log.Checks, targets, text.Lines, text.Sha256);
    }
}
