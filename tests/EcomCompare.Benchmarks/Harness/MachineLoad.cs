using System.Globalization;

namespace EcomCompare.Benchmarks.Harness;

/// <summary>
/// How busy the whole machine was between two points (Linux <c>/proc/stat</c>: every process, not only ours), so a
/// report can say whether its figures were taken on a quiet machine. "n/a" where /proc/stat is missing.
/// </summary>
internal sealed class MachineLoad
{
    private readonly long[]? _start;

    private MachineLoad(long[]? start) => _start = start;

    public static MachineLoad Start() => new(Read());

    /// <summary>Busy share of all cores since <see cref="Start"/>, e.g. "35%".</summary>
    public string BusyPercent()
    {
        var end = Read();
        if (_start is null || end is null)
        {
            return "n/a";
        }

        long total = 0;
        for (var i = 0; i < end.Length; i++)
        {
            total += end[i] - _start[i];
        }

        // Fields: user nice system idle iowait irq softirq steal …; idle + iowait are the idle time.
        var idle = end[3] - _start[3] + (end[4] - _start[4]);
        return total <= 0 ? "n/a" : (100.0 * (total - idle) / total).ToString("0", CultureInfo.InvariantCulture) + "%";
    }

    private static long[]? Read()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First();
            return line.Split(' ',
                StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
