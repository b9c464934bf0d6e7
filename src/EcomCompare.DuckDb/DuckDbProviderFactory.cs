using System.Data.Common;

namespace EcomCompare.DuckDb;

/// <summary>The provider factory (register with <c>DbProviderFactories.RegisterFactory("EcomCompare.DuckDb", DuckDbProviderFactory.Instance)</c>).</summary>
public sealed class DuckDbProviderFactory : DbProviderFactory
{
    /// <summary>The single instance.</summary>
    public static readonly DuckDbProviderFactory Instance = new();

    private DuckDbProviderFactory()
    {
    }

    /// <inheritdoc />
    public override DbCommand CreateCommand() => new DuckDbCommand();

    /// <inheritdoc />
    public override DbConnection CreateConnection() => new DuckDbConnection();

    /// <inheritdoc />
    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => new DuckDbConnectionStringBuilder();

    /// <inheritdoc />
    public override DbParameter CreateParameter() => new DuckDbParameter();
}
