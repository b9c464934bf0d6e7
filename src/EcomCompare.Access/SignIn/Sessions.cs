using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using EcomCompare.Access.Users;

namespace EcomCompare.Access.SignIn;

/// <summary>
/// What a dashboard sign-in is worth from one moment to the next: the cookie carries the user's security stamp, a
/// session id and when it was issued, and is good only while the stamp is still the user's (not removed, password
/// not changed, sessions not revoked), the session was not signed out, and the absolute lifetime has not passed.
/// Checked on every request (the cookie's <c>OnValidatePrincipal</c>) and on every event of a live dashboard circuit.
/// </summary>
public sealed class Sessions
{
    /// <summary>The claim with the user's security stamp when the session was issued.</summary>
    public const string StampClaim = "ecomcompare:stamp";

    /// <summary>The claim with the session's random id (what sign-out revokes).</summary>
    public const string SessionClaim = "ecomcompare:session";

    /// <summary>The claim with when the session was issued (Unix seconds).</summary>
    public const string IssuedClaim = "ecomcompare:issued";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _signedOut = new(StringComparer.Ordinal);
    private readonly UserStore _users;
    private readonly AccessOptions _options;
    private readonly TimeProvider _time;
    private readonly AccessState _state;

    internal Sessions(UserStore users, AccessOptions options, TimeProvider time, AccessState state)
    {
        _users = users;
        _options = options;
        _time = time;
        _state = state;
    }

    /// <summary>Raised after a session was signed out (for live circuits).</summary>
    public event Action? SignedOut;

    /// <summary>The principal of a new session of <paramref name="name"/>, for the sign-in cookie.</summary>
    public ClaimsPrincipal Issue(string name)
    {
        var stamp = _users.StampOf(name) ?? string.Empty;
        var claims = new[]
        {
            new Claim(ClaimTypes.Name, name),
            new Claim(ClaimTypes.Role, _users.RoleOf(name) ?? Roles.UserRoles.Viewer),
            new Claim(StampClaim, stamp),
            new Claim(SessionClaim, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))),
            new Claim(IssuedClaim, _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SignInSchemes.Cookie));
    }

    /// <summary>
    /// Why <paramref name="user"/> may no longer be served, or null when it may. A principal of HTTP Basic (verified
    /// with its password on every request) only needs its user to exist; a cookie's needs every claim above to hold.
    /// </summary>
    public string? Problem(ClaimsPrincipal user)
    {
        if (!_state.SignInRequired || user.Identity is not { IsAuthenticated: true } identity)
        {
            return null;
        }

        var name = identity.Name ?? string.Empty;
        var stamp = _users.StampOf(name);
        if (stamp is null)
        {
            return "the user is no longer in the users file";
        }

        if (identity.AuthenticationType != SignInSchemes.Cookie)
        {
            return null;
        }

        if (user.FindFirst(StampClaim)?.Value is not { } issuedStamp || user.FindFirst(SessionClaim)?.Value is not { } session
            || !long.TryParse(user.FindFirst(IssuedClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var issuedAt))
        {
            return "the session was issued without a security stamp";
        }

        if (!string.Equals(issuedStamp, stamp, StringComparison.Ordinal))
        {
            return "the user's password changed or their sessions were ended";
        }

        if (_signedOut.ContainsKey(session))
        {
            return "the session was signed out";
        }

        if (_time.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(issuedAt) + _options.SessionLifetime)
        {
            return "the session reached its lifetime";
        }

        return null;
    }

    /// <summary>When the session of <paramref name="user"/> ends at the latest (its absolute lifetime), or null.</summary>
    public DateTimeOffset? EndsAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst(IssuedClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var issuedAt)
            ? DateTimeOffset.FromUnixTimeSeconds(issuedAt) + _options.SessionLifetime : null;

    /// <summary>Signs the session out on the server: its cookie, copied or not, is refused from now on.</summary>
    public void SignOut(ClaimsPrincipal user)
    {
        if (user.FindFirst(SessionClaim)?.Value is not { } session)
        {
            return;
        }

        var now = _time.GetUtcNow();
        _signedOut[session] = (EndsAt(user) ?? now + _options.SessionLifetime) + TimeSpan.FromMinutes(1);
        // A signed-out session is remembered until its lifetime would have ended anyway; then it is refused by age.
        if (_signedOut.Count > 1024)
        {
            foreach (var (id, until) in _signedOut)
            {
                if (until < now)
                {
                    _signedOut.TryRemove(id, out _);
                }
            }
        }

        SignedOut?.Invoke();
    }
}
