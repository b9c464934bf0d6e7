namespace EcomCompare.Cube.Sql;

/// <summary>Rendered SQL text with its positional parameters (<c>$1</c> is <c>Parameters[0]</c>).</summary>
/// <param name="Text">The SQL; contains no user value.</param>
/// <param name="Parameters">The values, in order.</param>
public sealed record SqlStatement(string Text, IReadOnlyList<object?> Parameters)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
