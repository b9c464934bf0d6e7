using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Host;

/// <summary><c>/healthz</c> and the plain <c>/summary</c> page.</summary>
public static class HealthEndpoints
{
    // Vietnamese stays readable in the markup: only HTML-special characters are escaped.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (CubeStore store) =>
        {
            try
            {
                var identity = store.Identity;
                return Results.Json(new { status = "ok", cube = new { buildId = identity.BuildId, builtAt = identity.BuiltAt } });
            }
            catch (CubeUnavailableException e)
            {
                return Results.Json(new { status = "unavailable", error = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous(); // load balancers and monitors probe it without credentials; it tells only the build id

        app.MapGet("/summary", async (CubeQueries queries, CancellationToken cancellation) =>
        {
            try
            {
                var provinces = await queries.ProvincesAsync(cancellation);
                var splits = await queries.FundingSplitsAsync(cancellation: cancellation);
                var discrepancies = await queries.DiscrepanciesAsync(cancellation: cancellation);
                return Results.Content(SummaryPage(queries.Store.Identity.BuildId, provinces, splits, discrepancies), "text/html; charset=utf-8");
            }
            catch (CubeUnavailableException e)
            {
                return Results.Text(e.Message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
            }
        });

        return app;
    }

    private static string SummaryPage(string buildId, IReadOnlyList<ProvinceRecord> provinces, IReadOnlyList<FundingSplit> splits, IReadOnlyList<DiscrepancyRecord> discrepancies)
    {
        static string E(string text) => Html.Encode(text);
        static string M(decimal amount) => VietnameseNumbers.Format(amount);
        static string P(double? share) => share is { } s ? (s * 100).ToString("0.0", VietnameseNumbers.Vietnamese) + "%" : "—";

        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>EcomCompare — tóm tắt khối dữ liệu</title>")
            .Append("<style>body{font-family:'Noto Sans',system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .7rem;border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}</style></head><body>")
            .Append("<h1>Kế hoạch phát triển TMĐT 2021–2025: nguồn kinh phí</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>Khối dữ liệu {E(buildId)}. Đơn vị: triệu đồng.</p>")
            .Append("<table><thead><tr><th>Tỉnh/thành</th><th>Trung ương</th><th>%</th><th>Địa phương</th><th>%</th><th>Doanh nghiệp</th><th>%</th><th>Tổng (khối)</th><th>Tổng (văn bản)</th><th>Chênh lệch phát hiện</th></tr></thead><tbody>");
        foreach (var province in provinces)
        {
            var s = splits.Single(x => x.ProvinceCode == province.Code);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(province.Name)}</td><td>{M(s.Central)}</td><td>{P(s.CentralShare)}</td><td>{M(s.Local)}</td><td>{P(s.LocalShare)}</td><td>{M(s.Enterprise)}</td><td>{P(s.EnterpriseShare)}</td><td>{M(s.Total)}</td><td>{(province.StatedTotal is { } t ? M(t) : "—")}</td><td>{discrepancies.Count(d => d.ProvinceCode == province.Code)}</td></tr>");
        }

        html.Append("</tbody></table></body></html>");
        return html.ToString();
    }
}
