namespace EcomCompare.Access.Roles;

/// <summary>
/// What a user may do: <see cref="Viewer"/> reads every surface; <see cref="Editor"/> also adds, replaces and removes
/// provinces' plans on the dashboard. The users file's third field (absent: viewer, so older files keep working).
/// </summary>
public static class UserRoles
{
    /// <summary>Reads the dashboard, OData, charts and workbooks.</summary>
    public const string Viewer = "viewer";

    /// <summary>A viewer who may also change the data: add, replace, remove and undo plans.</summary>
    public const string Editor = "editor";

    /// <summary>The roles, in order of what they allow.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Editor];

    /// <summary>True for a role this version knows.</summary>
    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
