using Microsoft.AspNetCore.Http;

namespace EcomCompare.Access;

/// <summary>
/// The paths of other surfaces that access control treats specially, named by the host from the surfaces' own
/// route constants (Access knows no surface's routes).
/// </summary>
/// <param name="Batch">OData's <c>$batch</c>: answered by middleware before routing, so an anonymous batch is refused up front.</param>
/// <param name="ForOperators">Diagnostics for operators: with no users, this machine only.</param>
/// <param name="ForMachines">Paths machines read: a challenge there is HTTP Basic, never a redirect to the sign-in page.</param>
public sealed record AccessPaths(string Batch, IReadOnlyList<string> ForOperators, IReadOnlyList<string> ForMachines)
{
    /// <summary>True below one of <see cref="ForOperators"/>.</summary>
    public bool IsForOperators(PathString path) => ForOperators.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>True below one of <see cref="ForMachines"/>.</summary>
    public bool IsForMachines(PathString path) => ForMachines.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
