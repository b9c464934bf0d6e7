using System.Globalization;
using EcomCompare.Benchmarks.Harness;
using EcomCompare.Testing;

// make bench → dotnet run --project tests/EcomCompare.Benchmarks -c Release -- --out .build/bench [--quick] [--only NAME]
var output = Path.GetFullPath(Arg("--out") ?? Path.Combine(".build", "bench"));
var quick = args.Contains("--quick");
var only = Arg("--only");
Directory.CreateDirectory(output);
var root = RepoPaths.Root;
var scratch = Directory.CreateTempSubdirectory("ecomcompare-bench-");
var context = new BenchContext
{
    Root = root,
    OutputDirectory = output,
    ScratchDirectory = scratch.FullName,
    CubePath = Environment.GetEnvironmentVariable("ECOMCOMPARE_CUBE") is { Length: > 0 } cube ? cube : Path.Combine(
        root, ".build", "cube", "ecomcompare.duckdb"),
    HostBinary = Environment.GetEnvironmentVariable("ECOMCOMPARE_HOST") is { Length: > 0 } host && File.Exists(host) ? host : null,
    Quick = quick,
    Baseline = Environment.GetEnvironmentVariable("ECOMCOMPARE_BASELINE_HOST") is { Length: > 0 } before && File.Exists(before)
               && Environment.GetEnvironmentVariable("ECOMCOMPARE_BASELINE_CUBE") is { Length: > 0 } beforeCube && File.Exists(beforeCube)
        ? (before, beforeCube, Environment.GetEnvironmentVariable("ECOMCOMPARE_BASELINE_COMMIT") ?? "baseline")
        : null,
};

// Every IBenchSection in this assembly, in Order (each surface adds its own class under Sections/).
var sections = typeof(IBenchSection).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchSection).IsAssignableFrom(t))
    .Select(t => (IBenchSection)Activator.CreateInstance(t)!)
    .OrderBy(s => s.Order)
    .ToList();

var report = new ReportWriter();
report.Line("# EcomCompare benchmark report");
report.Paragraph(string.Create(CultureInfo.InvariantCulture,
    $"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}{(quick ? " — QUICK MODE (not for claims)" : string.Empty)}. ") +
    "Each comparison is measured in this one run, interleaved; figures are medians.");
try
{
    foreach (var section in sections.Where(s => only is null || s.Title.Contains(only, StringComparison.OrdinalIgnoreCase)))
    {
        report.Heading(section.Title);
        try
        {
            await section.RunAsync(context, report, CancellationToken.None);
        }
        catch (Exception e)
        {
            report.Paragraph($"**Section failed:** {e.GetType().Name}: {e.Message}");
        }
    }
}
finally
{
    report.Save(Path.Combine(output, "report.md"));
    scratch.Delete(recursive: true);
}

Console.WriteLine($"\nreport: {Path.Combine(output, "report.md")}");
return 0;

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
