using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using EcomCompare.Access.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcomCompare.Access.SignIn;

/// <summary>
/// The dashboard's sign-in page (<c>GET /signin</c>), the form's post (<c>POST /signin</c>) and <c>POST /signout</c>.
/// A plain HTML form (no Blazor), so it works before any script has loaded; Vietnamese by default, English with
/// <c>lang=en</c>.
/// </summary>
public static partial class SignInEndpoints
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The sign-in page and form (anonymous).</summary>
    public const string SignInPath = "/signin";

    /// <summary>Sign-out (anonymous: it ends whatever session the request carries).</summary>
    public const string SignOutPath = "/signout";

    /// <summary>The largest sign-in form read (a name, a password, a token, a return path): 16 KB.</summary>
    public const int MaxFormBytes = 16 * 1024;

    private static readonly FormOptions FormLimits = new()
    {
        BufferBody = false,
        MultipartBodyLengthLimit = MaxFormBytes,
        ValueCountLimit = 16,
        KeyLengthLimit = 64,
        ValueLengthLimit = 4096,
    };

    /// <summary>Maps the sign-in endpoints (anonymous).</summary>
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(SignInPath, (HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? lang) =>
            Page(http, antiforgery, LocalOrHome(returnUrl), lang == "en", error: null)).AllowAnonymous();

        app.MapPost(SignInPath, async (HttpContext http, IAntiforgery antiforgery, UserStore users, SignInThrottle throttle, Sessions sessions,
            ILoggerFactory logs) =>
        {
            // Only the form this page posts: anything else is the client's mistake, said plainly (never a 500).
            if (!http.Request.HasFormContentType)
            {
                return Results.Text("Sign in with the form at /signin (application/x-www-form-urlencoded).\n", "text/plain; charset=utf-8",
                    statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            if (http.Request.ContentLength > MaxFormBytes)
            {
                return Results.Text("The sign-in form is too large.\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            IFormCollection form;
            try
            {
                // Read once under the limits and kept on the request (the antiforgery check reads the same form).
                http.Features.Set<IFormFeature>(new FormFeature(http.Request, FormLimits));
                form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or BadHttpRequestException)
            {
                return Results.Text("The sign-in form could not be read.\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            var english = form["lang"] == "en";
            var returnUrl = LocalOrHome(form["returnUrl"]);
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return Page(
                    http, antiforgery, returnUrl, english,
                    english ? "The form expired; please sign in again." : "Biểu mẫu đã hết hạn; vui lòng đăng nhập lại.",
                    StatusCodes.Status400BadRequest);
            }

            var name = form["user"].ToString().Trim();
            var password = form["password"].ToString();
            var client = http.Connection.RemoteIpAddress;
            var attempt = throttle.Begin(client, name);
            if (attempt.RetryAfter is { } wait)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Page(
                    http, antiforgery, returnUrl, english,
                    english ? "Too many failed sign-ins; try again in a few minutes." : "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau vài phút.",
                    StatusCodes.Status429TooManyRequests);
            }

            if (name.Length == 0 || !users.Verify(name, password))
            {
                attempt.Failed();
                LogFailed(logs.CreateLogger("EcomCompare.Access.SignIn"), LogText.Bound(name), client);
                return Page(
                    http, antiforgery, returnUrl, english, english ? "Unknown user or wrong password." : "Sai tên người dùng hoặc mật khẩu.",
                    StatusCodes.Status401Unauthorized);
            }

            attempt.Succeeded();
            await http.SignInAsync(SignInSchemes.Cookie, sessions.Issue(name)).ConfigureAwait(false);
            return Results.Redirect(returnUrl);
        }).AllowAnonymous().DisableAntiforgery(); // validated explicitly above, to answer with the form rather than a bare 400

        app.MapPost(SignOutPath, async (HttpContext http, Sessions sessions) =>
        {
            // Ended on the server too: a copy of the cookie taken before is refused from now on.
            var current = await http.AuthenticateAsync(SignInSchemes.Cookie).ConfigureAwait(false);
            if (current.Principal is { } principal)
            {
                sessions.SignOut(principal);
            }

            await http.SignOutAsync(SignInSchemes.Cookie).ConfigureAwait(false);
            return Results.Redirect(http.Request.PathBase + SignInPath);
        }).AllowAnonymous();

        return app;
    }

    /// <summary>
    /// Where to go after signing in: a path on this site only, else <c>/</c>. Decoded as it arrives, refused with any
    /// control character or white space, a backslash, or a start of <c>//</c>; then resolved against a placeholder
    /// site, it must stay on that site, and is sent back percent-encoded (a <c>Location</c> header is ASCII).
    /// </summary>
    internal static string LocalOrHome(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 and <= 2048 } url || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal)
            || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\'))
        {
            return "/";
        }

        var site = new Uri("http://signin.invalid/");
        if (!Uri.TryCreate(site, url, out var resolved) || resolved.Scheme != site.Scheme || resolved.Authority != site.Authority)
        {
            return "/";
        }

        var local = resolved.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped);
        return local.StartsWith('/') && !local.StartsWith("//", StringComparison.Ordinal) ? local : "/";
    }

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "failed sign-in for {User} from {Client}")]
    private static partial void LogFailed(ILogger logger, string user, System.Net.IPAddress? client);

    private static IResult Page(
        HttpContext http, IAntiforgery antiforgery, string returnUrl, bool english, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        static string E(string? text) => Html.Encode(text ?? string.Empty);
        var title = english ? "Sign in — EcomCompare" : "Đăng nhập — EcomCompare";
        var html = $$"""
            <!doctype html>
            <html lang="{{(english ? "en" : "vi")}}">
            <head>
            <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(title)}}</title>
            <link rel="icon" href="data:,">
            <style>
            body{font-family:'Noto Sans',system-ui,sans-serif;margin:0;background:#f4f6f9;color:#1b1f24}
            main{max-width:24rem;margin:10vh auto;padding:2rem;background:#fff;border:1px solid #d0d7de;border-radius:8px}
            h1{font-size:1.35rem;margin:0 0 1.2rem} label{display:block;margin:.9rem 0 .3rem;font-weight:600}
            input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.55rem;font-size:1rem;
              border:1px solid #57606a;border-radius:4px}
            button{margin-top:1.3rem;width:100%;padding:.6rem;font-size:1rem;background:#0b3a6e;color:#fff;border:0;border-radius:4px;cursor:pointer}
            .error{color:#a40e26;background:#ffebe9;padding:.5rem .7rem;border-radius:4px}
            </style>
            </head>
            <body>
            <main>
            <h1>{{E(english ? "Sign in to EcomCompare" : "Đăng nhập EcomCompare")}}</h1>
            {{(error is null ? string.Empty : $"<p class=\"error\" role=\"alert\" data-testid=\"signin-error\">{E(error)}</p>")}}
            <form method="post" action="{{E(http.Request.PathBase + SignInPath)}}">
            <input type="hidden" name="{{E(tokens.FormFieldName)}}" value="{{E(tokens.RequestToken)}}">
            <input type="hidden" name="returnUrl" value="{{E(returnUrl)}}">
            <input type="hidden" name="lang" value="{{(english ? "en" : "vi")}}">
            <label for="user">{{E(english ? "User name" : "Tên người dùng")}}</label>
            <input id="user" name="user" type="text" autocomplete="username" required autofocus>
            <label for="password">{{E(english ? "Password" : "Mật khẩu")}}</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit" data-testid="signin-submit">{{E(english ? "Sign in" : "Đăng nhập")}}</button>
            </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
