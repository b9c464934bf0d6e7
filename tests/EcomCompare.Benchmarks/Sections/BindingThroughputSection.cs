using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using EcomCompare.Benchmarks.Harness;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>
/// What the provider (DuckDB.NET's streaming DbDataReader) adds: reading every value of a synthetic table (BIGINT,
/// DOUBLE, DECIMAL(18,3), VARCHAR) into
/// .NET values, against DuckDB alone producing the same chunks without converting anything. Two string
/// distributions side by side, so a cache for repeated strings cannot flatter the figure: a realistic one (OLAP
/// results repeat names and codes) and a high-cardinality one where every string is unique.
/// </summary>
internal sealed class BindingThroughputSection : IBenchSection
{
    private const string LongPrefix = "Hỗ trợ doanh nghiệp ";
    private const string ShortPrefix = "item-";

    public int Order => 20;

    public string Title => "DuckDB.NET read throughput";

    public async Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation)
    {
        var rows = context.Quick ? 1_000_000 : 10_000_000;
        var runs = context.Quick ? 3 : 7;
        var path = Path.Combine(context.ScratchDirectory, "throughput.duckdb");
        using var connection = new DuckDBConnection($"Data Source={path};threads=2;enable_external_access=false");
        connection.Open();

        // Both tables: a third of the strings are Vietnamese and longer than 12 bytes (stored out of line by
        // DuckDB), the rest short ASCII (inlined in the 16-byte entry). "repeated": 1,000 + 5,000 distinct values
        // cycling through the table; "unique": every string differs; "dimension": 63 + 8 distinct values, the
        // cardinality of the cube's columns (provinces, categories, sources).
        var cases = new[]
        {
            new Case("repeated_strings", "realistic: 6,000 distinct strings, repeating", 1000, 5000),
            new Case("unique_strings", "high cardinality: every string unique", 0, 0),
            new Case("dimension_strings", "low cardinality, like the cube's own columns: 71 distinct strings", 63, 8),
        };
        foreach (var c in cases)
        {
            Execute(connection, c.CreateSql(rows));
        }

        var results = new List<IReadOnlyList<string>>();
        var ratios = new List<string>();
        foreach (var c in cases)
        {
            // Untimed: every value the binding returns is checked against what the SQL defines, row by row.
            Verify(connection, c, rows);

            long drained = 0, folded = 0;
            var scan = $"SELECT id, d, m, s FROM {c.Table}";
            var cpuDuckDb = new List<TimeSpan>();
            var cpuBinding = new List<TimeSpan>();
            var allocated = new List<long>();
            var machine = MachineLoad.Start();
            var (duckdb, binding, ratio) = await Measure.CompareAsync(
                () => { drained = CpuTimed(cpuDuckDb, () => DrainChunks(connection, scan)); return Task.CompletedTask; },
                () =>
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    folded ^= CpuTimed(cpuBinding, () => ReadAll(connection, scan));
                    allocated.Add(GC.GetAllocatedBytesForCurrentThread() - before);
                    return Task.CompletedTask;
                },
                runs);
            var busy = machine.BusyPercent();
            if (drained != rows)
            {
                throw new InvalidOperationException($"drained {drained} rows of {rows}");
            }

            GC.KeepAlive(folded);

            // The wall-time ratio is the figure; CPU time (this process, warm-up excluded) is its companion that a
            // busy machine disturbs less, since other processes' load shows in wall time only.
            var cpuRatio = new Samples(cpuBinding.Skip(1).ToList()).Median / new Samples(cpuDuckDb.Skip(1).ToList()).Median;
            results.Add(
                [
                    c.Label, Samples.Ms(duckdb.Median), Samples.Ms(binding.Median), PerSecond(rows, binding), $"**{ReportWriter.Number(ratio)}×**",
                    $"{ReportWriter.Number(cpuRatio)}×", Allocated(allocated.Order().ElementAt(allocated.Count / 2)), busy]);
            ratios.Add($"{c.Table} {ReportWriter.Number(ratio)}×");
        }

        report.Table(
            [
                "strings", "DuckDB alone (stream chunks, convert nothing)", "DuckDB.NET (streaming DbDataReader → long, double, decimal, string)",
                "provider throughput", "ratio (wall)", "ratio (CPU time)", "allocated per read (median)", "machine busy"], results);
        report.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{rows:N0} rows × (BIGINT, DOUBLE, DECIMAL(18,3), VARCHAR), DuckDB threads = 2, medians of {runs} interleaved runs each. ") +
            "The consumer calls GetInt64, GetDouble, GetDecimal and GetString on every row and folds each value into a " +
            "checksum with a few integer operations (the decimal's bits, the string's length and last character) so " +
            "the measurement is the provider's, not decimal arithmetic's. Before timing, every returned value was " +
            "checked against the SQL's definition of its row. \"Machine busy\" is the share of both cores in use during the " +
            "measurement, other processes included: on a shared machine, compare ratios from quiet runs. Goal ≤ 1.5×: " + string.Join(", ",
                ratios) + ".");
    }

    /// <summary>The measured consumer: every value read and used, through the public ADO.NET surface.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long ReadAll(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.UseStreamingMode = true;
        using var reader = command.ExecuteReader();
        long fold = 0;
        Span<int> bits = stackalloc int[4];
        while (reader.Read())
        {
            fold += reader.GetInt64(0);
            fold ^= BitConverter.DoubleToInt64Bits(reader.GetDouble(1));
            decimal.GetBits(reader.GetDecimal(2), bits);
            fold += bits[0] ^ bits[1] ^ bits[3];
            var text = reader.GetString(3);
            fold += text.Length ^ text[^1];
        }

        return fold;
    }

    /// <summary>Reads the whole table once and checks every value exactly; throws on the first difference.</summary>
    private static void Verify(DuckDBConnection connection, Case c, long rows)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, d, m, s FROM {c.Table}";
        command.UseStreamingMode = true;
        using var reader = command.ExecuteReader();
        long count = 0;
        Int128 ids = 0;
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var d = reader.GetDouble(1);
            var m = reader.GetDecimal(2);
            var s = reader.GetString(3);
            if (d != id * 0.5 || m != (id % 1_000_000) * 0.125m || !string.Equals(s, c.Expected(id), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{c.Table}: row {id} read as ({d}, {m}, '{s}')");
            }

            count++;
            ids += id;
        }

        if (count != rows || ids != (Int128)rows * (rows - 1) / 2)
        {
            throw new InvalidOperationException($"{c.Table}: read {count} rows (id sum {ids}) of {rows}");
        }
    }

    private static T CpuTimed<T>(List<TimeSpan> samples, Func<T> action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var result = action();
        samples.Add(Process.GetCurrentProcess().TotalProcessorTime - before);
        return result;
    }

    /// <summary>DuckDB alone: the same streaming execution through the C API, every chunk fetched and nothing converted.</summary>
    private static long DrainChunks(DuckDBConnection connection, string sql)
    {
        if (NativeMethods.PreparedStatements.DuckDBPrepare(connection.NativeConnection, sql, out var prepared) != DuckDBState.Success)
        {
            throw new InvalidOperationException(NativeMethods.PreparedStatements.DuckDBPrepareError(prepared));
        }

        using (prepared)
        {
            if (NativeMethods.PreparedStatements.DuckDBExecutePreparedStreaming(prepared, out var result) != DuckDBState.Success)
            {
                throw new InvalidOperationException(NativeMethods.Query.DuckDBResultError(ref result));
            }

            try
            {
                long rows = 0;
                while (true)
                {
                    using var chunk = NativeMethods.StreamingResult.DuckDBStreamFetchChunk(result);
                    var size = (long)NativeMethods.DataChunks.DuckDBDataChunkGetSize(chunk);
                    if (size == 0)
                    {
                        return rows;
                    }

                    rows += size;
                }
            }
            finally
            {
                result.Close();
            }
        }
    }

    private static string Allocated(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string PerSecond(long rows, Samples s) =>
        (rows / s.Median.TotalSeconds / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " M rows/s";

    /// <summary>One string distribution: modulo 0 means "no repetition" (the row id itself).</summary>
    private sealed record Case(string Table, string Label, int LongModulo, int ShortModulo)
    {
        public string CreateSql(long rows)
        {
            var longKey = LongModulo == 0 ? "i" : $"(i % {LongModulo})";
            var shortKey = ShortModulo == 0 ? "i" : $"(i % {ShortModulo})";
            return string.Create(CultureInfo.InvariantCulture, $"""
                CREATE TABLE {Table} AS
                SELECT i::BIGINT AS id,
                       i * 0.5::DOUBLE AS d,
                       CAST((i % 1000000) * 0.125 AS DECIMAL(18,3)) AS m,
                       CASE WHEN i % 3 = 0 THEN '{LongPrefix}' || {longKey} ELSE '{ShortPrefix}' || {shortKey} END AS s
                FROM range({rows}) r(i)
                """);
        }

        public string Expected(long id) => id % 3 == 0
            ? LongPrefix + (LongModulo == 0 ? id : id % LongModulo).ToString(CultureInfo.InvariantCulture)
            : ShortPrefix + (ShortModulo == 0 ? id : id % ShortModulo).ToString(CultureInfo.InvariantCulture);
    }
}
