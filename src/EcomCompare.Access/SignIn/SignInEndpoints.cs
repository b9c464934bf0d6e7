using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using EcomCompare.Access.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcomCompare.Access.SignIn;

/// <summary>
/// The dashboard's sign-in page (<c>GET /signin</c>), the form's post (<c>POST /signin</c>) and <c>POST /signout</c>.
/// A plain HTML form (no Blazor), so it works before any script has loaded; Vietnamese by default, English with
/// <c>lang=en</c>.
/// </summary>
public static class SignInEndpoints
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Maps the sign-in endpoints (anonymous).</summary>
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? lang) =>
            Page(http, antiforgery, LocalOrHome(returnUrl), lang == "en", error: null)).AllowAnonymous();

        app.MapPost("/signin", async (HttpContext http, IAntiforgery antiforgery, UserStore users, SignInThrottle throttle, ILoggerFactory logs) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
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
            if (throttle.RetryAfter(client, name) is { } wait)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Page(
                    http, antiforgery, returnUrl, english,
                    english ? "Too many failed sign-ins; try again in a few minutes." : "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau vài phút.",
                    StatusCodes.Status429TooManyRequests);
            }

            if (name.Length == 0 || !users.Verify(name, password))
            {
                throttle.Failed(client, name);
                logs.CreateLogger("EcomCompare.Access.SignIn").LogWarning("failed sign-in for {User} from {Client}", name, client);
                return Page(
                    http, antiforgery, returnUrl, english, english ? "Unknown user or wrong password." : "Sai tên người dùng hoặc mật khẩu.",
                    StatusCodes.Status401Unauthorized);
            }

            throttle.Succeeded(name);
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, users.RoleOf(name) ?? Roles.UserRoles.Viewer)], SignInSchemes.Cookie);
            await http.SignInAsync(SignInSchemes.Cookie, new ClaimsPrincipal(identity)).ConfigureAwait(false);
            return Results.Redirect(returnUrl);
        }).AllowAnonymous().DisableAntiforgery(); // validated explicitly above, to answer with the form rather than a bare 400

        app.MapPost("/signout", async (HttpContext http) =>
        {
            await http.SignOutAsync(SignInSchemes.Cookie).ConfigureAwait(false);
            return Results.Redirect("/signin");
        }).AllowAnonymous();

        return app;
    }

    // Only a path on this site: an absolute or protocol-relative URL would make the form an open redirect.
    private static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

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
            <form method="post" action="{{E(http.Request.PathBase + "/signin")}}">
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
