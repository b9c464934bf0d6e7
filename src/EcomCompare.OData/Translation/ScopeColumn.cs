using EcomCompare.Cube.Sql;

namespace EcomCompare.OData.Translation;

/// <summary>
/// A name a query can refer to at one point of the pipeline: a declared property, a grouping property, an
/// aggregated alias or a computed alias, with the SQL expression that produces it over the scope's FROM.
/// </summary>
/// <param name="Name">The property name.</param>
/// <param name="Expr">The SQL producing it (a column, or a computed expression inlined where it is used).</param>
/// <param name="Type">Its type.</param>
/// <param name="Declared">True when it is a declared property of the entity type (written as such, not as a dynamic property).</param>
/// <param name="MaxText">
/// The most characters its value can have as text, when known from the expression that computes it (a computed
/// alias); null for a property, whose bound comes from its type (<see cref="TextBounds"/>).
/// </param>
/// <param name="NameOf">For a declared name, the codes that determine it (<see cref="Model.CubeProperty.NameOf"/>); null otherwise.</param>
internal sealed record ScopeColumn(
    string Name, SqlExpr Expr, ValueKind Type, bool Declared, long? MaxText = null, IReadOnlyList<string>? NameOf = null);
