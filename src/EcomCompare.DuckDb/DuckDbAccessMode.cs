namespace EcomCompare.DuckDb;

/// <summary>How a database file is opened (DuckDB's <c>access_mode</c> option).</summary>
public enum DuckDbAccessMode
{
    /// <summary>DuckDB decides (read-write, creating the file if needed).</summary>
    Automatic = 0,

    /// <summary>Read-only: any write (INSERT, CREATE…) fails, and other processes may read the file at the same time.</summary>
    ReadOnly = 1,

    /// <summary>Read-write.</summary>
    ReadWrite = 2,
}
