using System.Diagnostics.CodeAnalysis;

namespace EcomCompare.DuckDb.Tests.Support;

/// <summary>Small helpers: run SQL with positional parameters (<c>?</c> / <c>$n</c>).</summary>
[SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "Tests pass literal SQL; values go through parameters.")]
internal static class Sql
{
    public static DuckDbCommand Command(DuckDbConnection connection, string sql, params object?[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.AddValue(parameter);
        }

        return command;
    }

    public static int Execute(DuckDbConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DuckDbConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar();
    }

    public static T Scalar<T>(DuckDbConnection connection, string sql, params object?[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), "expected one row");
        return reader.GetFieldValue<T>(0);
    }
}
