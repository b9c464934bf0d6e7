using System.Globalization;
using EcomCompare.Benchmarks.Harness;
using EcomCompare.DuckDb;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// What the binding adds: reading every value of a synthetic table (BIGINT, DOUBLE, DECIMAL(18,3), VARCHAR) into
/// .NET values, against DuckDB alone producing the same chunks without converting anything.
/// </summary>
internal sealed class BindingThroughputSection : IBenchSection
{
    public int Order => 20;

    public string Title => "DuckDB binding read throughput";

    public async Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        var rows = context.Quick ? 1_000_000 : 10_000_000;
        var runs = context.Quick ? 3 : 7;
        var path = Path.Combine(context.ScratchDirectory, "throughput.duckdb");
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Path = path, Threads = 2, EnableExternalAccess = false });
        using var connection = database.Connect();
        using (var create = connection.CreateCommand())
        {
            // A third of the strings are Vietnamese and longer than 12 bytes (stored out of line), the rest short (inlined).
            create.CommandTimeout = 0;
            create.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
                CREATE TABLE t AS
                SELECT i::BIGINT AS id,
                       i * 0.5::DOUBLE AS d,
                       CAST((i % 1000000) * 0.125 AS DECIMAL(18,3)) AS m,
                       CASE WHEN i % 3 = 0 THEN 'Hỗ trợ doanh nghiệp ' || (i % 1000) ELSE 'item-' || (i % 5000) END AS s
                FROM range({rows}) r(i)
                """);
            create.ExecuteNonQuery();
        }

        const string scan = "SELECT id, d, m, s FROM t";
        long drained = 0, read = 0;
        decimal checksum = 0;
        var (duckdb, binding, ratio) = await Measure.CompareAsync(
            () => { drained = connection.DrainChunks(scan); return Task.CompletedTask; },
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = scan;
                command.CommandTimeout = 0;
                using var reader = command.ExecuteReader();
                long n = 0, ids = 0, chars = 0;
                double doubles = 0;
                decimal money = 0;
                while (reader.Read())
                {
                    ids += reader.GetInt64(0);
                    doubles += reader.GetDouble(1);
                    money += reader.GetDecimal(2);
                    chars += reader.GetString(3).Length;
                    n++;
                }

                read = n;
                checksum = money + ids + (decimal)doubles + chars;
                return Task.CompletedTask;
            },
            runs);

        if (drained != rows || read != rows)
        {
            throw new InvalidOperationException($"read {read} and drained {drained} rows of {rows}");
        }

        string PerSecond(Samples s) => (rows / s.Median.TotalSeconds / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " M rows/s";
        report.Table(["reader", "median time", "throughput", "runs"],
        [
            ["DuckDB alone: fetch every chunk, convert nothing", Samples.Ms(duckdb.Median), PerSecond(duckdb), runs.ToString(CultureInfo.InvariantCulture)],
            ["binding: DbDataReader → long, double, decimal, string", Samples.Ms(binding.Median), PerSecond(binding), runs.ToString(CultureInfo.InvariantCulture)],
        ]);
        report.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{rows:N0} rows × (BIGINT, DOUBLE, DECIMAL(18,3), VARCHAR), DuckDB threads = 2. **Ratio binding / DuckDB alone: {ratio:0.00}×** (goal ≤ 1.5×). Checksum {checksum:0.###}."));
    }
}
