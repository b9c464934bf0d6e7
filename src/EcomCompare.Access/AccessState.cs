using EcomCompare.Access.Users;

namespace EcomCompare.Access;

/// <summary>
/// What start-up decided: the users file, the network-facing addresses, whether anonymity was asked for, and the
/// surfaces' paths the host named.
/// </summary>
internal sealed record AccessState(UserStore Users, IReadOnlyList<string> Exposed, bool AllowAnonymous, AccessPaths Paths);
