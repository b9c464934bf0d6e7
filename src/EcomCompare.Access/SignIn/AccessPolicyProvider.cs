using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace EcomCompare.Access.SignIn;

/// <summary>
/// The fallback policy (what an endpoint without its own requirements gets) follows the users file: with users in
/// it, a signed-in user; with none (a loopback-only, single-analyst set-up), anonymous access. Read per request, so
/// `ecomcompare users add` switches sign-in on without a restart. Everything else is the framework's provider.
/// </summary>
internal sealed class AccessPolicyProvider(IOptions<AuthorizationOptions> options, AccessState state) : IAuthorizationPolicyProvider
{
    private static readonly AuthorizationPolicy SignedIn =
        new AuthorizationPolicyBuilder(SignInSchemes.BasicOrCookie).RequireAuthenticatedUser().Build();
    private readonly DefaultAuthorizationPolicyProvider _default = new(options);

    public Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => Task.FromResult(state.Users.HasUsers ? SignedIn : null);

    public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => _default.GetDefaultPolicyAsync();

    public Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) => _default.GetPolicyAsync(policyName);
}
