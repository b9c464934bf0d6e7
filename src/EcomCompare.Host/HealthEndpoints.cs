using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Views.Http;
using EcomCompare.Views.Tokens;
using EcomCompare.Views.Words;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcomCompare.Host;

/// <summary><c>/healthz</c> and the plain <c>/summary</c> page.</summary>
public static class HealthEndpoints
{
    // Vietnamese stays readable in the markup: only HTML-special characters are escaped.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>What an unhealthy probe says: no path, no engine text (those are in the log).</summary>
    public const string UnhealthyReason = "the cube cannot be read: an operator should look at the server's log and rebuild it (make cube)";

    /// <summary>Registers the health probe (settings: <see cref="HealthOptions"/>).</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HealthProbe>();
        return services;
    }

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // GET and HEAD (load balancers probe with either), without sign-in; the answer tells only the build id, or —
        // to anonymous callers — only that the cube cannot be read. Signed-in operators also get what failed.
        app.MapMethods(Routes.Health, [HttpMethods.Get, HttpMethods.Head], async (HttpContext http, HealthProbe probe) =>
        {
            var outcome = await probe.CheckAsync(http.RequestAborted);
            var status = outcome.Identity is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            http.Response.Headers.CacheControl = "no-store";
            if (HttpMethods.IsHead(http.Request.Method))
            {
                http.Response.ContentType = "application/json; charset=utf-8";
                return Results.StatusCode(status);
            }

            if (outcome.Identity is { } identity)
            {
                return Results.Json(new { status = "ok", cube = new { buildId = identity.BuildId, builtAt = identity.BuiltAt } });
            }

            // The probe's own shape (load balancers read it), not the plain failure answer.
            return http.User.Identity?.IsAuthenticated == true
                ? Results.Json(new { status = "unavailable", error = UnhealthyReason, detail = outcome.Failure }, statusCode: status)
                : Results.Json(new { status = "unavailable", error = UnhealthyReason }, statusCode: status);
        }).AllowAnonymous();

        // A cube failure (no cube) is answered by the service's one failure policy (PlainFailure).
        app.MapGet(Routes.Summary, async (CubeQueries queries, HttpRequest request, CancellationToken cancellation) =>
        {
            var provinces = await queries.ProvincesAsync(cancellation);
            var splits = await queries.FundingSplitsAsync(cancellation: cancellation);
            var discrepancies = await queries.DiscrepanciesAsync(cancellation: cancellation);
            var language = ViewTokens.LanguageOf(request.Query[ViewTokens.Languages.Key]);
            return Results.Content(SummaryPage(queries.Store.Identity.BuildId, provinces, splits, discrepancies, language),
                "text/html; charset=utf-8");
        });

        return app;
    }

    /// <summary>
    /// The plain summary, in Vietnamese or (<c>lang=en</c>) English: phone-sized (viewport), a link back to the
    /// dashboard in the same language, "–" where a province plans no money from a source (as the dashboard writes
    /// it), and no icon request.
    /// </summary>
    private static string SummaryPage(
        string buildId, IReadOnlyList<ProvinceRecord> provinces, IReadOnlyList<FundingSplit> splits, IReadOnlyList<DiscrepancyRecord> discrepancies,
        Language language)
    {
        var english = language == Language.En;
        var numbers = NumberDisplay.For(language).Numbers;
        string E(string text) => Html.Encode(text);
        string M(decimal amount) => amount == 0 ? "–" : amount.ToString("#,##0.###", numbers);
        string P(decimal amount, double? share) => amount == 0 || share is not { } s ? "–" : (s * 100).ToString("0.0", numbers) + "%";
        string[] heads = english
            ? ["Province", "Central", "%", "Local", "%", "Enterprise", "%", "Total (cube)", "Total (document)", "Discrepancies found"]
            : ["Tỉnh/thành", "Trung ương", "%", "Địa phương", "%", "Doanh nghiệp", "%", "Tổng (khối)", "Tổng (văn bản)", "Chênh lệch phát hiện"];

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{language.Token()}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">")
            .Append(english ? "<title>EcomCompare — cube summary</title>" : "<title>EcomCompare — tóm tắt khối dữ liệu</title>")
            .Append(
                "<style>body{font-family:'Noto Sans',system-ui,sans-serif;margin:1rem}.wrap{overflow-x:auto}table{border-collapse:collapse}td,th{padding:.3rem .7rem;border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}</style></head><body>")
            .Append(
                english
                    ? "<nav><a href=\"./?lang=en\">← Dashboard</a> · <a href=\"summary\">Tiếng Việt</a></nav>"
                    : "<nav><a href=\"./\">← Bảng điều khiển</a> · <a href=\"summary?lang=en\">English</a></nav>")
            .Append(
                english ? "<h1>E-commerce development plans 2021–2025: funding</h1>" : "<h1>Kế hoạch phát triển TMĐT 2021–2025: nguồn kinh phí</h1>")
            .Append(
                CultureInfo.InvariantCulture,
                $"<p>{(english ? "Cube" : "Khối dữ liệu")} {E(buildId)}. {(english ? "Unit: million VND." : "Đơn vị: triệu đồng.")}</p>")
            // The table scrolls in its own box on a phone; the box takes the keyboard's focus so arrows scroll it.
            .Append(
                CultureInfo.InvariantCulture,
                $"<div class=\"wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{(english ? "Funding by province" : "Kinh phí theo tỉnh")}\"><table><thead><tr>")
            .Append(string.Concat(heads.Select(h => $"<th>{E(h)}</th>")))
            .Append("</tr></thead><tbody>");
        foreach (var province in provinces)
        {
            var s = splits.Single(x => x.ProvinceCode == province.Code);
            html.Append(
                CultureInfo.InvariantCulture,
                $"<tr><td>{E(province.Name)}</td><td>{M(s.Central)}</td><td>{P(s.Central, s.CentralShare)}</td><td>{M(s.Local)}</td><td>{P(s.Local, s.LocalShare)}</td><td>{M(s.Enterprise)}</td><td>{P(s.Enterprise, s.EnterpriseShare)}</td><td>{M(s.Total)}</td><td>{(province.StatedTotal is { } t ? M(t) : "–")}</td><td>{discrepancies.Count(d => d.ProvinceCode == province.Code)}</td></tr>");
        }

        html.Append("</tbody></table></div></body></html>");
        return html.ToString();
    }
}
