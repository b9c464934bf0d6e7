namespace EcomCompare.Access.Roles;

/// <summary>The authorization policies other rooms name (<c>[Authorize(Policy = AccessPolicies.Editor)]</c>).</summary>
public static class AccessPolicies
{
    /// <summary>
    /// A signed-in user whose role is <see cref="UserRoles.Editor"/> — or, on a server that listens on this machine only
    /// and has no users file, the one local user (<see cref="LocalEditor"/>). Anonymous: 401 (or the sign-in page);
    /// a viewer: 403.
    /// </summary>
    public const string Editor = "Editor";
}
