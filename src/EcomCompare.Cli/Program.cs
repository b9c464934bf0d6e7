using System.Globalization;
using EcomCompare.Cli;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Checking;
using EcomCompare.Ingestion.Text;

// ecomcompare build|summary|discrepancies [--cube FILE] [--sources DIR] [--categories DIR]; ecomcompare check FILE;
// ecomcompare users …
if (args is ["users", ..])
{
    return UsersCommand.Run(args[1..], Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);
}

var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("""
        usage: ecomcompare <command> [--cube FILE] [--sources DIR] [--categories DIR]
          build          read the plan documents, reconcile, write a new cube generation and point FILE at it (atomically)
          summary        per province: central / local / enterprise money and shares, cube vs stated total
          discrepancies  every place a document disagrees with itself, with both numbers and the line
          check FILE     dry run on one plan document: what was found, how it was read, what does not add up
          users …        who may sign in to a server beyond this machine (ecomcompare users for help)
        defaults: --cube .build/cube/ecomcompare.duckdb (or $ECOMCOMPARE_CUBE), --sources cube/sources, --categories cube/categories
        """);
    return 2;
}

try
{
    switch (options.Command)
    {
        case "build":
            {
                // A folder the build cannot write (read-only, no permission) is said as such, before any work.
                if (CubeFolder.NotWritable(options.Cube) is { } refusal)
                {
                    Console.Error.WriteLine($"error: {refusal}");
                    Console.Error.WriteLine("The cube was not changed.");
                    return 1;
                }

                var ingested = PlanIngestor.Ingest(options.Sources, options.Categories);
                foreach (var warning in ingested.Warnings)
                {
                    Console.Error.WriteLine($"warning: {warning}");
                }

                var report = CubeBuilder.Build(ingested, options.Cube);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"built {report.Path} → {System.IO.Path.GetFileName(report.Generation)} (build {report.Identity.BuildId}) in {report.Elapsed.TotalMilliseconds:0} ms: {report.Provinces} provinces, {report.Items} items, {report.Facts} facts, {report.Statements} stated figures, {report.Discrepancies} discrepancies, {ingested.Warnings.Count} warnings"));
                return 0;
            }

        case "summary":
            {
                using var store = new CubeStore(new CubeStoreOptions { Path = options.Cube });
                var queries = new CubeQueries(store);
                var provinces = await queries.ProvincesAsync();
                var splits = await queries.FundingSplitsAsync();
                Console.WriteLine(
                    $"Cube {store.Identity.BuildId}, built {store.Identity.BuiltAt:yyyy-MM-dd HH:mm} UTC. Amounts in million VND (triệu đồng).");
                Console.WriteLine();
                Console.WriteLine($"{"Province",-12} {"Central",10} {"",6} {"Local",10} {"",6} {"Enterprise",10} {"",6} {"Total",10} {"Stated",10}");
                foreach (var split in splits.OrderBy(s => provinces.ToList().FindIndex(p => p.Code == s.ProvinceCode)))
                {
                    var stated = provinces.Single(p => p.Code == split.ProvinceCode).StatedTotal;
                    Console.WriteLine(
                        $"{split.Province,-12} {Money(split.Central),10} {Share(split.CentralShare),6} {Money(split.Local),10} {Share(split.LocalShare),6} {Money(split.Enterprise),10} {Share(split.EnterpriseShare),6} {Money(split.Total),10} {(stated is { } s ? Money(s) : "—"),10}{(stated is { } t && t != split.Total ? "  ≠ stated" : string.Empty)}");
                }

                return 0;
            }

        case "discrepancies":
            {
                using var store = new CubeStore(new CubeStoreOptions { Path = options.Cube });
                var list = await new CubeQueries(store).DiscrepanciesAsync();
                foreach (var group in list.GroupBy(d => d.ProvinceCode))
                {
                    Console.WriteLine($"{group.Key}: {group.Count()} discrepancies");
                    foreach (var d in group)
                    {
                        var numbers = d.Stated is { } st && d.Computed is { } co
                            ? $"stated {Money(st)} vs computed {Money(co)} (difference {Money(d.Difference ?? 0)})" : string.Empty;
                        Console.WriteLine($"  {d.Document}:{d.Line}  [{d.Kind}] {d.Scope}  {numbers}");
                        Console.WriteLine($"      {d.Message}");
                    }
                }

                Console.WriteLine($"{list.Count} discrepancies in all.");
                return 0;
            }

        case "check":
            {
                if (!File.Exists(options.File))
                {
                    Console.Error.WriteLine($"error: {options.File}: no such file");
                    return 1;
                }

                var check = PlanCheck.Run(options.File!, options.Sources, options.Categories);
                Console.Write(check.Format());
                if (check.Unmapped.Count > 0)
                {
                    // The build refuses items without a category: not ready until the lines above are pasted.
                    Console.Error.WriteLine($"not ready: {check.Unmapped.Count} items without a category (paste the lines above, checking each category)");
                    return 1;
                }

                Console.WriteLine(
                    $"ok: {options.File} reads without errors ({check.Budget.Discrepancies.Count} discrepancies, {check.Budget.Warnings.Count} warnings)");
                return 0;
            }

        default:
            Console.Error.WriteLine($"unknown command '{options.Command}' (build, summary, discrepancies, check)");
            return 2;
    }
}
catch (IngestionException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(options.Command == "check" ? "The document cannot be built into the cube as it is." : "The cube was not changed.");
    return 1;
}
catch (CubeBuildException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine("The cube was not changed.");
    return 1;
}
catch (CubeQueryException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
catch (Exception e) when (options.Command == "build" && e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
{
    // A full disk or a folder that became read-only mid-build: one line naming the folder, no stack trace. The new
    // generation is written beside the live one and swapped in only when complete, so the live cube is untouched.
    Console.Error.WriteLine($"error: {CubeFolder.WriteFailure(options.Cube, e)}");
    Console.Error.WriteLine("The cube was not changed.");
    return 1;
}

static string Money(decimal amount) => VietnameseNumbers.Format(amount);

static string Share(double? share) => share is { } s ? (s * 100).ToString("0.0", VietnameseNumbers.Vietnamese) + "%" : "—";

internal sealed record Options(string Command, string Cube, string Sources, string Categories, string? File = null)
{
    public static Options? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            return null;
        }

        string cube = CliPaths.DefaultCube, sources = CliPaths.DefaultSources, categories = CliPaths.DefaultCategories;
        string? file = null;
        var first = 1;
        if (args[0] == "check")
        {
            if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            file = args[1];
            first = 2;
        }

        for (var i = first; i < args.Length; i++)
        {
            if (i + 1 >= args.Length)
            {
                return null;
            }

            switch (args[i])
            {
                case "--cube": cube = args[++i]; break;
                case "--sources": sources = args[++i]; break;
                case "--categories": categories = args[++i]; break;
                default: return null;
            }
        }

        return new Options(args[0], cube, sources, categories, file);
    }
}
