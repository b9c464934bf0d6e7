using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using EcomCompare.Access.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcomCompare.Access.SignIn;

/// <summary>
/// HTTP Basic (RFC 7617) as Excel's "Basic" credential and Power BI send it, falling back to the dashboard's sign-in
/// cookie, so a signed-in browser also gets the chart images and workbooks the dashboard links to. ASP.NET Core has
/// no Basic handler of its own. Challenges answer 401 with <c>WWW-Authenticate: Basic</c> for machine surfaces (OData,
/// charts, exports, metrics, anything not asking for HTML) and send a browser to the sign-in page otherwise.
/// </summary>
public sealed partial class BasicOrCookieHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserStore users,
    SignInThrottle throttle,
    AccessPaths paths)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string RetryAfterItem = "ecomcompare.retry-after";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return await Context.AuthenticateAsync(SignInSchemes.Cookie).ConfigureAwait(false);
        }

        if (!TryDecode(header["Basic ".Length..].Trim(), out var name, out var password))
        {
            return AuthenticateResult.Fail("The Basic credentials are not base64 of user:password.");
        }

        // A pair verified a moment ago is no guess: Excel refreshing with saved credentials is never slowed down.
        if (!users.IsRemembered(name, password))
        {
            var client = Context.Connection.RemoteIpAddress;
            var attempt = throttle.Begin(client, name);
            if (attempt.RetryAfter is { } wait)
            {
                Context.Items[RetryAfterItem] = wait;
                return AuthenticateResult.Fail("Too many failed sign-ins.");
            }

            if (!users.Verify(name, password))
            {
                attempt.Failed();
                LogFailed(Logger, LogText.Bound(name), client);
                return AuthenticateResult.Fail("Unknown user or wrong password.");
            }

            attempt.Succeeded();
        }

        var role = users.RoleOf(name) ?? Roles.UserRoles.Viewer;
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "failed Basic sign-in for {User} from {Client}")]
    private static partial void LogFailed(ILogger logger, string user, System.Net.IPAddress? client);

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[RetryAfterItem] is TimeSpan wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Response.WriteAsync("Too many failed sign-ins; try again later.");
        }

        if (WantsPage(Request, paths))
        {
            var back = Request.PathBase.ToUriComponent() + Request.Path.ToUriComponent() + Request.QueryString;
            Response.Redirect(Request.PathBase + SignInEndpoints.SignInPath + "?returnUrl=" + Uri.EscapeDataString(back));
            return Task.CompletedTask;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"Basic realm=\"{SignInSchemes.Realm}\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }

    /// <summary>Signed in, but the role does not allow it (a viewer on an editor's page): 403 with a sentence a browser shows.</summary>
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.ContentType = "text/plain; charset=utf-8";
        return Response.WriteAsync("403 — your role does not allow this (editors only). / Vai trò của bạn không được dùng chức năng này (chỉ biên tập viên).");
    }

    /// <summary>A browser navigating to a dashboard page (not a feed, image, workbook or script).</summary>
    internal static bool WantsPage(HttpRequest request, AccessPaths paths) =>
        !paths.IsForMachines(request.Path) && HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains(
            "text/html", StringComparison.OrdinalIgnoreCase);

    private static bool TryDecode(string encoded, out string name, out string password)
    {
        name = password = string.Empty;
        try
        {
            // RFC 7617: the server announces charset="UTF-8"; Excel and browsers send UTF-8.
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(encoded));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }

            name = text[..colon];
            password = text[(colon + 1)..];
            return true;
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return false;
        }
    }
}
