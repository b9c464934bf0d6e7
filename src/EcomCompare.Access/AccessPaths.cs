using Microsoft.AspNetCore.Http;

namespace EcomCompare.Access;

/// <summary>
/// The paths of other surfaces that access control treats specially, named by the host from the surfaces' own
/// route constants (Access knows no surface's routes).
/// </summary>
/// <param name="Batch">
/// OData's <c>$batch</c>: answered by middleware before routing (an anonymous batch is refused up front, as every
/// anonymous request outside <see cref="Anonymous"/>).
/// </param>
/// <param name="ForOperators">Diagnostics for operators: with no users, this machine only.</param>
/// <param name="ForMachines">Paths machines read: a challenge there is HTTP Basic, never a redirect to the sign-in page.</param>
public sealed record AccessPaths(string Batch, IReadOnlyList<string> ForOperators, IReadOnlyList<string> ForMachines)
{
    /// <summary>
    /// The other surfaces' paths served without sign-in (the health probe), matched exactly, ignoring case as routing
    /// does. Everything else — <see cref="Batch"/> in every casing included — is refused to an anonymous request before
    /// routing, before anything of the request is parsed or logged.
    /// </summary>
    public IReadOnlyList<string> Anonymous { get; init; } = [];

    /// <summary>True for a path an anonymous request may reach: <see cref="Anonymous"/> and the sign-in pages.</summary>
    public bool IsAnonymous(PathString path) =>
        path.Equals(SignIn.SignInEndpoints.SignInPath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(SignIn.SignInEndpoints.SignOutPath, StringComparison.OrdinalIgnoreCase)
        || Anonymous.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>True below one of <see cref="ForOperators"/>.</summary>
    public bool IsForOperators(PathString path) => ForOperators.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>True below one of <see cref="ForMachines"/>.</summary>
    public bool IsForMachines(PathString path) => ForMachines.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
