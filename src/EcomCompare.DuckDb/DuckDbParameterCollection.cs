using System.Collections;
using System.Data.Common;

namespace EcomCompare.DuckDb;

/// <summary>
/// The parameters of a <see cref="DuckDbCommand"/>. Placeholders <c>?</c> and <c>$1</c> take the parameter at
/// that position (1-based); <c>$name</c> takes the parameter with that name (case-insensitive, sigil optional).
/// </summary>
public sealed class DuckDbParameterCollection : DbParameterCollection
{
    private readonly List<DuckDbParameter> _items = [];

    /// <inheritdoc />
    public override int Count => _items.Count;

    /// <inheritdoc />
    public override object SyncRoot => ((ICollection)_items).SyncRoot;

    /// <summary>The parameter at a position.</summary>
    public new DuckDbParameter this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    /// <summary>The parameter with a name.</summary>
    public new DuckDbParameter this[string parameterName]
    {
        get => (DuckDbParameter)GetParameter(parameterName);
        set => SetParameter(parameterName, value);
    }

    /// <summary>Adds a parameter and returns it.</summary>
    public DuckDbParameter Add(DuckDbParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        _items.Add(parameter);
        return parameter;
    }

    /// <summary>Adds a named parameter (for <c>$name</c>) and returns it.</summary>
    public DuckDbParameter Add(string parameterName, object? value) => Add(new DuckDbParameter(parameterName, value));

    /// <summary>Adds a named parameter (for <c>$name</c>) and returns it; same as <see cref="Add(string, object)"/>.</summary>
    public DuckDbParameter AddWithValue(string parameterName, object? value) => Add(parameterName, value);

    /// <summary>Adds an unnamed parameter for the next positional placeholder (<c>?</c> or <c>$n</c>) and returns it.</summary>
    public DuckDbParameter AddValue(object? value) => Add(new DuckDbParameter(value));

    /// <inheritdoc />
    public override int Add(object value)
    {
        _items.Add(Cast(value));
        return _items.Count - 1;
    }

    /// <inheritdoc />
    public override void AddRange(Array values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            Add(value!);
        }
    }

    /// <inheritdoc />
    public override void Clear() => _items.Clear();

    /// <inheritdoc />
    public override bool Contains(object value) => value is DuckDbParameter parameter && _items.Contains(parameter);

    /// <inheritdoc />
    public override bool Contains(string value) => IndexOf(value) >= 0;

    /// <inheritdoc />
    public override void CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);

    /// <inheritdoc />
    public override IEnumerator GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public override int IndexOf(object value) => value is DuckDbParameter parameter ? _items.IndexOf(parameter) : -1;

    /// <inheritdoc />
    public override int IndexOf(string parameterName)
    {
        var bare = DuckDbParameter.Bare(parameterName ?? string.Empty);
        for (var i = 0; i < _items.Count; i++)
        {
            if (string.Equals(_items[i].BareName, bare, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override void Insert(int index, object value) => _items.Insert(index, Cast(value));

    /// <inheritdoc />
    public override void Remove(object value) => _items.Remove(Cast(value));

    /// <inheritdoc />
    public override void RemoveAt(int index) => _items.RemoveAt(index);

    /// <inheritdoc />
    public override void RemoveAt(string parameterName) => _items.RemoveAt(IndexOfExisting(parameterName));

    /// <inheritdoc />
    protected override DbParameter GetParameter(int index) => _items[index];

    /// <inheritdoc />
    protected override DbParameter GetParameter(string parameterName) => _items[IndexOfExisting(parameterName)];

    /// <inheritdoc />
    protected override void SetParameter(int index, DbParameter value) => _items[index] = Cast(value);

    /// <inheritdoc />
    protected override void SetParameter(string parameterName, DbParameter value) => _items[IndexOfExisting(parameterName)] = Cast(value);

    private static DuckDbParameter Cast(object? value) => value as DuckDbParameter
        ?? throw new ArgumentException($"Expected a {nameof(DuckDbParameter)} but got {value?.GetType().FullName ?? "null"}; use Add(name, value) or AddValue(value) to add plain values.", nameof(value));

    private int IndexOfExisting(string parameterName)
    {
        var index = IndexOf(parameterName);
        return index >= 0 ? index : throw new ArgumentException($"No parameter named '{parameterName}' in the collection.", nameof(parameterName));
    }
}
