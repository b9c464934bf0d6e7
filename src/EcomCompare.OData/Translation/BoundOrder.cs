using EcomCompare.Cube.Sql;

namespace EcomCompare.OData.Translation;

/// <summary>One ORDER BY key: its SQL, direction, type, and the scope name it reads (null for an expression).</summary>
internal sealed record BoundOrder(SqlExpr Expr, bool Descending, ValueKind Type, string? Name);
