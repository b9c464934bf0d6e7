using EcomCompare.Cube.Store;
using DuckDB.NET.Data;

namespace EcomCompare.Cube.Build;

/// <summary>Checks the freshly written cube against the rows it was given, before it replaces the old one.</summary>
internal static class CubeChecks
{
    public static void Verify(DuckDBConnection connection, CubeRows rows)
    {
        var facts = connection.Scalar<long>("SELECT COUNT(*) FROM budget_lines");
        if (facts != rows.Facts.Count)
        {
            throw new CubeBuildException($"budget_lines has {facts} rows but {rows.Facts.Count} facts were written: a fact lost its item, province, source or category");
        }

        var expected = rows.Facts.Sum(f => f.Fact.Amount);
        var total = connection.Scalar<decimal>("SELECT CAST(COALESCE(SUM(\"Amount\"), 0) AS DECIMAL(38,3)) FROM budget_lines");
        if (total != expected)
        {
            throw new CubeBuildException($"the cube's total {total} differs from the facts' total {expected}");
        }
    }
}

/// <summary>A cube build that could not complete; the previous cube is untouched.</summary>
public sealed class CubeBuildException(string message) : Exception(message);
