using System.Net;
using EcomCompare.Access.Exposure;
using EcomCompare.Access.Headers;
using EcomCompare.Access.Roles;
using EcomCompare.Access.SignIn;
using EcomCompare.Access.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcomCompare.Access;

/// <summary>Hosting set-up for access control, hosts, origins and security headers.</summary>
/// <example>
/// <code>
/// var builder = WebApplication.CreateBuilder(args);
/// builder.AddAccess(new AccessPaths(Routes.ODataBatch, [Routes.DashboardMetrics], Routes.ForMachines)); // before the surfaces
/// var app = builder.Build();
/// app.UseAccess();                     // first: forwarded headers, public URL, headers, origins, authentication
/// app.UseRouting();
/// app.UseAuthorization();               // after routing: it reads the endpoint's [AllowAnonymous]
/// app.MapSignIn();
/// </code>
/// </example>
public static class AccessServiceExtensions
{
    /// <summary>The command-line switch that lets a network address serve without sign-in.</summary>
    public const string AllowAnonymousSwitch = "--allow-anonymous";

    /// <summary>
    /// Rewrites the bare <c>--allow-anonymous</c> switch into configuration (<c>--Access:AllowAnonymous=true</c>);
    /// the command-line configuration provider only understands key/value pairs.
    /// </summary>
    public static string[] TranslateSwitches(string[] args) =>
        args.Select(a => a == AllowAnonymousSwitch ? "--Access:AllowAnonymous=true" : a).ToArray();

    /// <summary>
    /// Registers the users file, sign-in (Basic or cookie), throttling, allowed hosts and forwarded headers; refuses
    /// to go on when the server would listen on a network address with nobody able to sign in.
    /// </summary>
    /// <exception cref="InvalidOperationException">A non-loopback address, no users, and no <c>--allow-anonymous</c>.</exception>
    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder, AccessPaths paths)
    {
        builder.Services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The refusal below is decided now, from the same section, so that Create itself refuses.
        var options = builder.Configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        var users = new UserStore(options.UsersFile is { Length: > 0 } file ? file : UserStore.DefaultPath);
        var exposed = ListenAddresses.From(builder.Configuration).Where(u => !ListenAddresses.IsLoopback(u)).ToList();
        if (exposed.Count > 0 && !users.HasUsers && !options.AllowAnonymous)
        {
            throw new InvalidOperationException(
                $"Refusing to serve {string.Join(", ", exposed)} without sign-in: anyone on the network could read it. " +
                $"Add a user first (ecomcompare users add NAME; users file: {users.Path}), listen on 127.0.0.1 only, " +
                $"or start with {AllowAnonymousSwitch} to serve the network anonymously on purpose.");
        }

        builder.Services.AddSingleton(provider => provider.GetRequiredService<IOptions<AccessOptions>>().Value);
        builder.Services.AddSingleton(users);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton(paths);
        var state = new AccessState(users, exposed, options.AllowAnonymous, paths);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(provider => new Sessions(
            users, provider.GetRequiredService<AccessOptions>(), provider.GetRequiredService<TimeProvider>(), state));
        builder.Services.AddHostedService<UsersFileWatcher>();
        // Every dashboard circuit checks its sign-in on each event and ends when it no longer holds.
        builder.Services.AddScoped<CircuitHandler, SessionCircuitHandler>();

        builder.Services.AddAuthentication(SignInSchemes.BasicOrCookie)
            .AddScheme<AuthenticationSchemeOptions, BasicOrCookieHandler>(SignInSchemes.BasicOrCookie, null)
            .AddCookie(SignInSchemes.Cookie, cookie =>
            {
                cookie.Cookie.Name = "ecomcompare.signin";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = options.SessionIdle;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = SignInEndpoints.SignInPath;
                // On every request: the stamp, the session and the lifetime (Sessions.Problem); a cookie that no longer
                // holds is dropped, so a copy taken before sign-out, removal or a password change opens nothing.
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    var sessions = context.HttpContext.RequestServices.GetRequiredService<Sessions>();
                    if (context.Principal is null || sessions.Problem(context.Principal) is not null)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(SignInSchemes.Cookie).ConfigureAwait(false);
                        return;
                    }

                    // Sliding, but never past the absolute lifetime.
                    if (sessions.EndsAt(context.Principal) is { } end && context.Properties.ExpiresUtc > end)
                    {
                        context.Properties.ExpiresUtc = end;
                        context.ShouldRenew = true;
                    }
                };
            });

        // Sign-in is on exactly when someone can sign in: then every endpoint not marked anonymous needs a user.
        // Editors: a signed-in user with the editor role (or the local user, see LocalEditor). No scheme of its own: the
        // default one has already authenticated the request, and the local user is not one of its tickets.
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.Editor, policy => policy.RequireAuthenticatedUser().RequireRole(UserRoles.Editor));
        builder.Services.AddSingleton<IAuthorizationPolicyProvider, AccessPolicyProvider>();
        builder.Services.AddSingleton<IClaimsTransformation, RoleClaims>();

        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in options.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        return builder;
    }

    /// <summary>
    /// The access middleware, in order: forwarded headers (trusted proxies only), the public base URL, security
    /// headers, the WebSocket origin check, authentication. Call first; <c>UseAuthorization</c> follows routing.
    /// </summary>
    public static WebApplication UseAccess(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<AccessOptions>();
        var state = app.Services.GetRequiredService<AccessState>();
        state.Users.UseLogger(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<UserStore>());
        state.Users.Refresh(); // the file's problems, if any, are logged at start
        if (state.Exposed.Count > 0 && state.AllowAnonymous && !state.Users.HasUsers)
        {
            app.Logger.LogWarning("SERVING {Addresses} TO THE NETWORK WITHOUT SIGN-IN ({Switch}): anyone who can reach it can read every figure.",
                string.Join(", ", state.Exposed), AllowAnonymousSwitch);
        }

        if (options.TrustedProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        if (options.PublicBaseUrl is { } publicBase)
        {
            app.Use((http, next) =>
            {
                http.Request.Scheme = publicBase.Scheme;
                http.Request.Host = publicBase.IsDefaultPort ? new HostString(publicBase.Host) : new HostString(publicBase.Host, publicBase.Port);
                http.Request.PathBase = publicBase.AbsolutePath.TrimEnd('/') is { Length: > 0 } basePath
                    ? new PathString(basePath) + http.Request.PathBase : http.Request.PathBase;
                return next(http);
            });
        }
        else
        {
            // Without a public URL, the absolute URLs the service writes use the Host's name — one of AllowedHosts, as
            // host filtering has checked — with the port the connection really came in on, never the port the client
            // wrote after the name (an allowed name with any port would otherwise be echoed into @odata.context).
            var proxied = options.TrustedProxies.Length > 0;
            app.Use((http, next) =>
            {
                if (proxied && http.Request.Host.HasValue)
                {
                    // Behind a proxy the port this server listens on is not the users' (set PublicBaseUrl to be exact).
                    http.Request.Host = new HostString(http.Request.Host.Host);
                }
                else if (http.Connection.LocalPort is > 0 and var port && http.Request.Host.HasValue)
                {
                    var standard = (http.Request.IsHttps ? 443 : 80) == port;
                    http.Request.Host = standard ? new HostString(http.Request.Host.Host) : new HostString(http.Request.Host.Host, port);
                }

                return next(http);
            });
        }

        app.Use((http, next) =>
        {
            SecurityHeaders.Apply(http.Response);
            if (!OriginCheck.Allows(http.Request, options.PublicBaseUrl))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return http.Response.WriteAsync("Cross-origin connections to the dashboard are refused.");
            }

            // Diagnostics are for operators: signed in, or — when nobody can sign in — from this machine only.
            if (!state.SignInRequired && state.Paths.IsForOperators(http.Request.Path)
                && !(http.Connection.RemoteIpAddress is { } client && IPAddress.IsLoopback(client)))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(http);
        });

        app.UseAuthentication();
        app.Use((http, next) =>
        {
            LocalEditor.Apply(http, state);
            return next(http);
        });

        // With sign-in on, an anonymous request is refused here — before routing (OData's parses the path), before
        // $batch (answered by middleware ahead of routing, in whatever casing), before anything reads or logs the
        // request's content. Only the sign-in pages and the paths the host names (the health probe) pass.
        app.Use(async (http, next) =>
        {
            if (state.SignInRequired && http.User.Identity?.IsAuthenticated != true && !state.Paths.IsAnonymous(http.Request.Path))
            {
                await http.ChallengeAsync().ConfigureAwait(false);
                return;
            }

            await next(http).ConfigureAwait(false);
        });
        return app;
    }
}
