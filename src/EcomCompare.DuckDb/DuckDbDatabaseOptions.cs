using System.Globalization;
using System.Text;

namespace EcomCompare.DuckDb;

/// <summary>
/// Start-up options of a <see cref="DuckDbDatabase"/>, applied through <c>duckdb_set_config</c>. Extension
/// auto-install and auto-load are always switched off (this process has no network); they cannot be re-enabled.
/// </summary>
public sealed class DuckDbDatabaseOptions
{
    /// <summary>The path that opens a private in-memory database.</summary>
    public const string InMemoryPath = ":memory:";

    private static readonly string[] ReservedSettings =
    [
        "access_mode", "threads", "memory_limit", "max_memory", "enable_external_access", "lock_configuration",
        "autoinstall_known_extensions", "autoload_known_extensions",
    ];

    /// <summary>Database file path; <c>null</c>, empty or <c>":memory:"</c> for an in-memory database.</summary>
    public string? Path { get; set; }

    /// <summary>Read-only, read-write, or automatic (the default).</summary>
    public DuckDbAccessMode AccessMode { get; set; } = DuckDbAccessMode.Automatic;

    /// <summary>Worker threads (DuckDB's <c>threads</c>); <c>null</c> for DuckDB's default (all cores).</summary>
    public int? Threads { get; set; }

    /// <summary>Memory limit such as <c>"1GB"</c> or <c>"512MB"</c> (DuckDB's <c>memory_limit</c>); <c>null</c> for the default (80% of RAM).</summary>
    public string? MemoryLimit { get; set; }

    /// <summary>
    /// When false, SQL cannot read or write files other than the database itself (read_csv, COPY, ATTACH…)
    /// and fails with a Permission error. Default true (DuckDB's default).
    /// </summary>
    public bool EnableExternalAccess { get; set; } = true;

    /// <summary>When true, <c>SET</c>/<c>RESET</c> cannot change any option after start-up.</summary>
    public bool LockConfiguration { get; set; }

    /// <summary>
    /// Any other DuckDB option by its SQL name (e.g. <c>temp_directory</c>, <c>preserve_insertion_order</c>).
    /// The options with a property above cannot be set here.
    /// </summary>
    public IDictionary<string, string> Settings { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <see cref="Path"/> denotes an in-memory database.</summary>
    public bool IsInMemory => string.IsNullOrEmpty(Path) || Path == InMemoryPath;

    /// <summary>A deep copy.</summary>
    public DuckDbDatabaseOptions Clone()
    {
        var copy = new DuckDbDatabaseOptions
        {
            Path = Path,
            AccessMode = AccessMode,
            Threads = Threads,
            MemoryLimit = MemoryLimit,
            EnableExternalAccess = EnableExternalAccess,
            LockConfiguration = LockConfiguration,
        };
        foreach (var (key, value) in Settings)
        {
            copy.Settings[key] = value;
        }

        return copy;
    }

    /// <summary>The <c>duckdb_set_config</c> calls, in order (<c>lock_configuration</c> last).</summary>
    internal IEnumerable<KeyValuePair<string, string>> ToConfig()
    {
        Validate();
        foreach (var setting in Settings.OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase))
        {
            yield return setting;
        }

        yield return new("autoinstall_known_extensions", "false");
        yield return new("autoload_known_extensions", "false");
        yield return new("access_mode", AccessMode switch
        {
            DuckDbAccessMode.ReadOnly => "READ_ONLY",
            DuckDbAccessMode.ReadWrite => "READ_WRITE",
            _ => "AUTOMATIC",
        });
        if (Threads is { } threads)
        {
            yield return new("threads", threads.ToString(CultureInfo.InvariantCulture));
        }

        if (MemoryLimit is not null)
        {
            yield return new("memory_limit", MemoryLimit);
        }

        yield return new("enable_external_access", EnableExternalAccess ? "true" : "false");
        yield return new("lock_configuration", LockConfiguration ? "true" : "false");
    }

    /// <summary>A canonical description of every option, to detect one file opened with two different settings.</summary>
    internal string Describe()
    {
        var text = new StringBuilder();
        foreach (var (key, value) in ToConfig())
        {
            text.Append(key).Append('=').Append(value).Append(';');
        }

        return text.ToString();
    }

    private void Validate()
    {
        if (Threads is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "Threads must be positive (or null for DuckDB's default).");
        }

        foreach (var key in Settings.Keys)
        {
            if (ReservedSettings.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    $"The DuckDB option '{key}' cannot be set through Settings: use the corresponding property of " +
                    $"{nameof(DuckDbDatabaseOptions)} (extension auto-install/auto-load are always off).",
                    nameof(Settings));
            }
        }
    }
}
