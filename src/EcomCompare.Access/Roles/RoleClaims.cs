using System.Security.Claims;
using EcomCompare.Access.Users;
using Microsoft.AspNetCore.Authentication;

namespace EcomCompare.Access.Roles;

/// <summary>
/// Gives every signed-in principal (Basic or cookie) the role the users file says now: a role changed with
/// <c>ecomcompare users role NAME editor</c> holds from the next request, without signing in again.
/// </summary>
internal sealed class RoleClaims(UserStore users) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || identity.Name is not { } name
            || identity.HasClaim(LocalEditor.ClaimType, "true"))
        {
            return Task.FromResult(principal);
        }

        var role = users.RoleOf(name) ?? UserRoles.Viewer;
        if (identity.FindAll(identity.RoleClaimType).Select(c => c.Value).SequenceEqual([role]))
        {
            return Task.FromResult(principal);
        }

        var fresh = new ClaimsIdentity(identity.Claims.Where(c => c.Type != identity.RoleClaimType), identity.AuthenticationType,
            identity.NameClaimType, identity.RoleClaimType);
        fresh.AddClaim(new Claim(identity.RoleClaimType, role));
        return Task.FromResult(new ClaimsPrincipal(fresh));
    }
}
