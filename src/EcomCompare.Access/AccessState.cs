using EcomCompare.Access.Users;

namespace EcomCompare.Access;

/// <summary>What start-up decided: the users file, the network-facing addresses, and whether anonymity was asked for.</summary>
internal sealed record AccessState(UserStore Users, IReadOnlyList<string> Exposed, bool AllowAnonymous);
