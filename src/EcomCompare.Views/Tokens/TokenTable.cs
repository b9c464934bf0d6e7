namespace EcomCompare.Views.Tokens;

/// <summary>
/// The one table between an enum and the tokens that stand for it in addresses (<c>measure=share</c>): written and
/// read through here on every surface, so a token cannot be spelled two ways.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
public sealed class TokenTable<T> where T : struct, Enum
{
    private readonly (T Value, string Token)[] _entries;

    /// <summary>A table for the query key <paramref name="key"/>; the first entry of each value is its token.</summary>
    public TokenTable(string key, params (T Value, string Token)[] entries)
    {
        Key = key;
        _entries = entries;
    }

    /// <summary>The query key that carries these tokens (<c>measure</c>, <c>layout</c>, …).</summary>
    public string Key { get; }

    /// <summary>Every value, in the table's order.</summary>
    public IReadOnlyList<T> Values => _entries.Select(e => e.Value).ToList();

    /// <summary>The token of <paramref name="value"/>.</summary>
    public string Token(T value)
    {
        foreach (var (v, token) in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return token;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"no {Key} token");
    }

    /// <summary>The tokens of <paramref name="values"/>.</summary>
    public IReadOnlyList<string> Tokens(IEnumerable<T> values) => values.Select(Token).ToList();

    /// <summary>The value a token stands for, or null (case-sensitive, as the addresses are).</summary>
    public T? Parse(string? token)
    {
        foreach (var (value, t) in _entries)
        {
            if (string.Equals(t, token, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }
}
