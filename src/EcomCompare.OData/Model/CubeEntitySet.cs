namespace EcomCompare.OData.Model;

/// <summary>
/// An entity set and the published cube relation behind it. The relation's PascalCase columns already carry the
/// property names, so a property maps to the column of the same name; only the listed properties are exposed
/// (the relations' internal *Order/*Key/ItemLabel columns are not).
/// </summary>
/// <param name="Name">Entity set name (part of the contract: saved Excel queries use it).</param>
/// <param name="TypeName">Entity type name in the <c>EcomCompare</c> namespace.</param>
/// <param name="Relation">The cube relation (<see cref="Cube.Schema.CubeSchema"/>).</param>
/// <param name="Keys">Key property names; together they are unique and never null.</param>
/// <param name="Properties">Every exposed property, keys first.</param>
/// <param name="SupportsApply">Whether <c>$apply</c> is accepted (and advertised with Aggregation.ApplySupported).</param>
/// <param name="Description">What one row is, for Core.Description.</param>
internal sealed record CubeEntitySet(
    string Name,
    string TypeName,
    string Relation,
    IReadOnlyList<string> Keys,
    IReadOnlyList<CubeProperty> Properties,
    bool SupportsApply,
    string Description)
{
    /// <summary>The property called <paramref name="name"/>, or null.</summary>
    public CubeProperty? Property(string name) => Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
