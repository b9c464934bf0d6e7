using EcomCompare.Cube.Sql;
using EcomCompare.OData.Model;

namespace EcomCompare.OData.Translation;

/// <summary>
/// What a clause binds against: the FROM (a cube relation, or the nested SELECT of the previous <c>$apply</c>
/// step), the WHERE gathered so far, the names in scope and which of them identify a row.
/// </summary>
internal sealed record QueryScope
{
    public required CubeEntitySet Set { get; init; }

    public required SqlFrom From { get; init; }

    public SqlExpr? Where { get; init; }

    /// <summary>The names in scope, in output order.</summary>
    public required IReadOnlyList<ScopeColumn> Columns { get; init; }

    /// <summary>Names that together identify a row (the entity key; the grouping properties after a groupby).</summary>
    public required IReadOnlyList<string> Keys { get; init; }

    /// <summary>True once a <c>$apply</c> transformation changed the shape: rows are no longer entities.</summary>
    public bool Transformed { get; init; }

    /// <summary>How many nested SELECTs the FROM already is.</summary>
    public int Nesting { get; init; }

    /// <summary>The scope of an entity set before any transformation.</summary>
    public static QueryScope Of(CubeEntitySet set) => new()
    {
        Set = set,
        From = new SqlRelation(set.Relation),
        Columns = set.Properties.Select(p => new ScopeColumn(p.Name, SqlExpr.Col(p.Name), new ValueKind(p.Kind, p.Nullable),
            Declared: true, NameOf: p.NameOf)).ToList(),
        Keys = set.Keys,
    };

    /// <summary>The name <paramref name="name"/>, or null.</summary>
    public ScopeColumn? Find(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
