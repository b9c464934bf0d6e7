using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using EcomCompare.Cube.Sql;
using EcomCompare.DuckDb;

namespace EcomCompare.Cube.Store;

/// <summary>
/// Running SQL on a cube connection. Only two kinds of text reach DuckDB: the cube's own constant DDL and checks
/// (internal), and statements rendered by <see cref="SqlRenderer"/> with their parameters.
/// </summary>
public static class ConnectionExtensions
{
    /// <summary>Runs a rendered statement and returns a streaming reader.</summary>
    public static DbDataReader ExecuteReader(this DuckDbConnection connection, SqlStatement statement, int timeoutSeconds = 0)
    {
        using var command = Prepare(connection, statement, timeoutSeconds);
        return command.ExecuteReader();
    }

    /// <summary>Runs a rendered statement and returns a streaming reader.</summary>
    public static async Task<DbDataReader> ExecuteReaderAsync(this DuckDbConnection connection, SqlStatement statement, int timeoutSeconds, CancellationToken cancellation)
    {
        using var command = Prepare(connection, statement, timeoutSeconds);
        return await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>Runs a rendered statement that returns one value.</summary>
    public static object? ExecuteScalar(this DuckDbConnection connection, SqlStatement statement, int timeoutSeconds = 0)
    {
        using var command = Prepare(connection, statement, timeoutSeconds);
        return command.ExecuteScalar();
    }

    [SuppressMessage("Security", "CA2100", Justification = "Constant DDL and checks embedded in the cube assembly; never request input.")]
    internal static void Execute(this DuckDbConnection connection, string constantSql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = constantSql;
        command.ExecuteNonQuery();
    }

    [SuppressMessage("Security", "CA2100", Justification = "Constant DDL and checks embedded in the cube assembly; never request input.")]
    internal static T Scalar<T>(this DuckDbConnection connection, string constantSql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = constantSql;
        var value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    [SuppressMessage("Security", "CA2100", Justification = "Text rendered by SqlRenderer: values are bound parameters, identifiers validated.")]
    private static DuckDbCommand Prepare(DuckDbConnection connection, SqlStatement statement, int timeoutSeconds)
    {
        var command = connection.CreateCommand();
        command.CommandText = statement.Text;
        command.CommandTimeout = timeoutSeconds;
        foreach (var value in statement.Parameters)
        {
            command.Parameters.Add(new DuckDbParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
