using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace EcomCompare.Access.Roles;

/// <summary>
/// The single local user: on a server that listens on this machine only and has no users file (what <c>make run</c>
/// does), whoever reaches it from this machine is the one analyst who also runs the command line — an editor, as the
/// command line is. Never on a server that listens on a network address (even with <c>--allow-anonymous</c>: an
/// anonymous network reads, it does not edit), nor once a users file names anyone.
/// </summary>
internal static class LocalEditor
{
    /// <summary>The claim that marks the local user (its role is not read from the users file).</summary>
    public const string ClaimType = "ecomcompare:local";

    /// <summary>The local user's name in the audit log.</summary>
    public const string Name = "local";

    /// <summary>Signs the request in as the local editor when the server's set-up and the connection allow it.</summary>
    public static void Apply(HttpContext http, AccessState state)
    {
        if (http.User.Identity?.IsAuthenticated == true || state.Exposed.Count > 0 || state.Users.HasUsers
            || http.Connection.RemoteIpAddress is not { } client || !IPAddress.IsLoopback(client))
        {
            return;
        }

        http.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, Name), new Claim(ClaimTypes.Role, UserRoles.Editor), new Claim(ClaimType, "true")], "local"));
    }
}
