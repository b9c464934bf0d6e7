using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EcomCompare.DuckDb;

/// <summary>
/// Connection strings for <see cref="DuckDbConnection"/>, e.g.
/// <c>Data Source=/data/x.duckdb;Access Mode=ReadOnly;Threads=2;Memory Limit=1GB;Enable External Access=false</c>.
/// Keys are case-insensitive and spaces/underscores in them are optional (<c>AccessMode</c>, <c>access_mode</c>).
/// Known keys: Data Source, Access Mode, Threads, Memory Limit, Enable External Access, Lock Configuration,
/// Command Timeout (seconds, default 30, 0 = none). Any other key is passed to DuckDB as a configuration option.
/// </summary>
public sealed class DuckDbConnectionStringBuilder : DbConnectionStringBuilder
{
    private const string DataSourceKey = "Data Source";
    private const string AccessModeKey = "Access Mode";
    private const string ThreadsKey = "Threads";
    private const string MemoryLimitKey = "Memory Limit";
    private const string EnableExternalAccessKey = "Enable External Access";
    private const string LockConfigurationKey = "Lock Configuration";
    private const string CommandTimeoutKey = "Command Timeout";

    /// <summary>The default of <see cref="CommandTimeout"/>, as for other ADO.NET providers.</summary>
    public const int DefaultCommandTimeout = 30;

    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["datasource"] = DataSourceKey,
        ["path"] = DataSourceKey,
        ["accessmode"] = AccessModeKey,
        ["threads"] = ThreadsKey,
        ["memorylimit"] = MemoryLimitKey,
        ["enableexternalaccess"] = EnableExternalAccessKey,
        ["lockconfiguration"] = LockConfigurationKey,
        ["commandtimeout"] = CommandTimeoutKey,
        ["defaultcommandtimeout"] = CommandTimeoutKey,
    };

    /// <summary>Creates an empty builder.</summary>
    public DuckDbConnectionStringBuilder()
    {
    }

    /// <summary>Parses a connection string.</summary>
    public DuckDbConnectionStringBuilder(string? connectionString) => ConnectionString = connectionString ?? string.Empty;

    /// <summary>Database file path, or <c>:memory:</c>/empty for a private in-memory database.</summary>
    public string DataSource
    {
        get => GetString(DataSourceKey) ?? string.Empty;
        set => this[DataSourceKey] = value;
    }

    /// <summary>ReadOnly, ReadWrite or Automatic (default).</summary>
    public DuckDbAccessMode AccessMode
    {
        get => GetString(AccessModeKey) is { } text ? ParseAccessMode(text) : DuckDbAccessMode.Automatic;
        set => this[AccessModeKey] = value.ToString();
    }

    /// <summary>DuckDB worker threads; null for the default.</summary>
    public int? Threads
    {
        get => GetString(ThreadsKey) is { } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;
        set => SetOrRemove(ThreadsKey, value?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Memory limit such as <c>1GB</c>; null for the default.</summary>
    public string? MemoryLimit
    {
        get => GetString(MemoryLimitKey);
        set => SetOrRemove(MemoryLimitKey, value);
    }

    /// <summary>Whether SQL may touch files other than the database (default true).</summary>
    public bool EnableExternalAccess
    {
        get => GetString(EnableExternalAccessKey) is not { } text || ParseBool(text, EnableExternalAccessKey);
        set => this[EnableExternalAccessKey] = value ? "true" : "false";
    }

    /// <summary>Whether options are locked against SET after start-up (default false).</summary>
    public bool LockConfiguration
    {
        get => GetString(LockConfigurationKey) is { } text && ParseBool(text, LockConfigurationKey);
        set => this[LockConfigurationKey] = value ? "true" : "false";
    }

    /// <summary>Default <see cref="DuckDbCommand.CommandTimeout"/> of the connection's commands, in seconds (0 = none).</summary>
    public int CommandTimeout
    {
        get => GetString(CommandTimeoutKey) is { } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : DefaultCommandTimeout;
        set => this[CommandTimeoutKey] = value.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    [AllowNull]
    public override object this[string keyword]
    {
        get => base[Normalize(keyword)];
        set => base[Normalize(keyword)] = value;
    }

    /// <inheritdoc />
    public override bool ContainsKey(string keyword) => base.ContainsKey(Normalize(keyword));

    /// <inheritdoc />
    public override bool Remove(string keyword) => base.Remove(Normalize(keyword));

    /// <inheritdoc />
    public override bool TryGetValue(string keyword, [NotNullWhen(true)] out object? value) => base.TryGetValue(Normalize(keyword), out value);

    /// <summary>The database options this connection string describes (unknown keys become <see cref="DuckDbDatabaseOptions.Settings"/>).</summary>
    public DuckDbDatabaseOptions ToDatabaseOptions()
    {
        var options = new DuckDbDatabaseOptions
        {
            Path = DataSource.Length == 0 ? null : DataSource,
            AccessMode = AccessMode,
            Threads = Threads,
            MemoryLimit = MemoryLimit,
            EnableExternalAccess = EnableExternalAccess,
            LockConfiguration = LockConfiguration,
        };
        foreach (string key in Keys)
        {
            if (!Canonical.ContainsValue(key))
            {
                options.Settings[key] = Convert.ToString(base[key], CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        return options;
    }

    private static string Normalize(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var compact = keyword.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        return Canonical.TryGetValue(compact, out var canonical) ? canonical : keyword;
    }

    private static DuckDbAccessMode ParseAccessMode(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse<DuckDbAccessMode>(compact, ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new ArgumentException($"'{text}' is not a valid {AccessModeKey}; use ReadOnly, ReadWrite or Automatic.");
    }

    private static bool ParseBool(string text, string key) => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "1" or "ON" => true,
        "FALSE" or "NO" or "0" or "OFF" => false,
        _ => throw new ArgumentException($"'{text}' is not a valid value for {key}; use true or false."),
    };

    private string? GetString(string key) =>
        base.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private void SetOrRemove(string key, string? value)
    {
        if (value is null)
        {
            base.Remove(key);
        }
        else
        {
            this[key] = value;
        }
    }
}
