using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace EcomCompare.Access.SignIn;

/// <summary>
/// The fallback policy (what an endpoint without its own requirements gets) follows <see cref="AccessState.SignInRequired"/>:
/// a signed-in user once sign-in is on (from the start on a network address; from the first user in the file on
/// loopback, so `ecomcompare users add` switches it on without a restart — and for good); anonymous access before
/// (a loopback-only, single-analyst set-up). Everything else is the framework's provider.
/// </summary>
internal sealed class AccessPolicyProvider(IOptions<AuthorizationOptions> options, AccessState state) : IAuthorizationPolicyProvider
{
    private static readonly AuthorizationPolicy SignedIn =
        new AuthorizationPolicyBuilder(SignInSchemes.BasicOrCookie).RequireAuthenticatedUser().Build();
    private readonly DefaultAuthorizationPolicyProvider _default = new(options);

    public Task<AuthorizationPolicy?> GetFallbackPolicyAsync() => Task.FromResult(state.SignInRequired ? SignedIn : null);

    public Task<AuthorizationPolicy> GetDefaultPolicyAsync() => _default.GetDefaultPolicyAsync();

    public Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) => _default.GetPolicyAsync(policyName);
}
