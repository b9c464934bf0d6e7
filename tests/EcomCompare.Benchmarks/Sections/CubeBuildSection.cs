using EcomCompare.Benchmarks.Harness;
using EcomCompare.Cube.Build;
using EcomCompare.Ingestion;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>Cube build time for the shipped documents: ingestion + reconciliation + DuckDB write + atomic swap.</summary>
internal sealed class CubeBuildSection : IBenchSection
{
    public int Order => 10;

    public string Title => "Cube build (3 plan documents)";

    public async Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        var runs = context.Quick ? 3 : 7;
        var target = Path.Combine(context.ScratchDirectory, "build-bench.duckdb");
        IngestionResult? ingested = null;
        var ingest = await Measure.TimeAsync(
            () => { ingested = PlanIngestor.Ingest(context.Sources, context.Categories); return Task.CompletedTask; }, runs);
        var write = await Measure.TimeAsync(() => { CubeBuilder.Build(ingested!, target); return Task.CompletedTask; }, runs);
        var whole = await Measure.TimeAsync(
            () => { CubeBuilder.Build(PlanIngestor.Ingest(context.Sources, context.Categories), target); return Task.CompletedTask; }, runs);
        report.Table(["step", "median", "min", "max", "runs"],
        [
            [
                "ingest + reconcile (documents → facts)", Samples.Ms(ingest.Median), Samples.Ms(ingest.Min), Samples.Ms(ingest.Max), runs.ToString(
                    System.Globalization.CultureInfo.InvariantCulture)],
            [
                "write cube (DuckDB, temp file → atomic rename)", Samples.Ms(write.Median), Samples.Ms(write.Min), Samples.Ms(write.Max),
                runs.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            [
                "whole build", Samples.Ms(whole.Median), Samples.Ms(whole.Min), Samples.Ms(whole.Max), runs.ToString(
                    System.Globalization.CultureInfo.InvariantCulture)],
        ]);
        report.Paragraph(
            $"{ingested!.Plans.Sum(p => p.Facts.Count)} facts, {ingested.Plans.Sum(p => p.Statements.Count)} stated figures, {ingested.Plans.Sum(p => p.Discrepancies.Count)} discrepancies. In-process: the CLI's `make cube` adds .NET start-up (~0.1–0.2 s).");
    }
}
