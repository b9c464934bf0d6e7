using System.Diagnostics.CodeAnalysis;
using DuckDB.NET.Data;

namespace EcomCompare.Cube.Build;

/// <summary>The cube's own constant SQL (schema DDL, build checks) on the builder's read-write connection.</summary>
internal static class ConstantSql
{
    [SuppressMessage("Security", "CA2100", Justification = "Constant DDL and checks embedded in the cube assembly; never request input.")]
    public static void Execute(this DuckDBConnection connection, string constantSql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = constantSql;
        command.ExecuteNonQuery();
    }

    /// <summary>A constant statement with its values as parameters (<c>$1</c>, <c>$2</c>, …).</summary>
    [SuppressMessage("Security", "CA2100", Justification = "Constant SQL embedded in the cube assembly; the values are parameters.")]
    public static void Execute(this DuckDBConnection connection, string constantSql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = constantSql;
        foreach (var value in values)
        {
            command.Parameters.Add(new DuckDBParameter(value));
        }

        command.ExecuteNonQuery();
    }

    [SuppressMessage("Security", "CA2100", Justification = "Constant DDL and checks embedded in the cube assembly; never request input.")]
    public static T Scalar<T>(this DuckDBConnection connection, string constantSql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = constantSql;
        var value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
