namespace EcomCompare.Cube.Query;

/// <summary>
/// Which members of each dimension a question keeps (slice: one member; dice: several). An empty list keeps
/// every member. Values are always bound as parameters.
/// </summary>
public sealed record CubeSlice
{
    /// <summary>Everything.</summary>
    public static CubeSlice All { get; } = new();

    /// <summary>Province codes.</summary>
    public IReadOnlyList<string> Provinces { get; init; } = [];

    /// <summary>First year kept, inclusive.</summary>
    public int? FromYear { get; init; }

    /// <summary>Last year kept, inclusive.</summary>
    public int? ToYear { get; init; }

    /// <summary>
    /// Also keep money with no year split (a whole-period table; its year is null) although the years are bounded:
    /// true when the bounds are the whole plan period, so that view's totals include it. A question grouped by year
    /// leaves it out whatever this says — that money is in no year — and says so beside its figures.
    /// </summary>
    public bool WithNoYearSplit { get; init; }

    /// <summary>Funding-source codes.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Category codes.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Native-group keys (<c>province/group</c>).</summary>
    public IReadOnlyList<string> NativeGroups { get; init; } = [];

    /// <summary>Item keys (<c>province/item</c>).</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
}
