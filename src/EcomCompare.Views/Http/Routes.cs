namespace EcomCompare.Views.Http;

/// <summary>
/// The paths the surfaces are mapped at, defined once: each surface maps itself here, the export addresses are
/// written with them, and access control (sign-in, operator-only paths) is told them by the host.
/// </summary>
public static class Routes
{
    /// <summary>The OData service root (route prefix <c>odata</c>).</summary>
    public const string OData = "/odata";

    /// <summary>OData's <c>$batch</c>, answered by middleware before routing.</summary>
    public const string ODataBatch = OData + "/$batch";

    /// <summary>Chart images: <c>/charts/{chart}.{svg|png}</c>, and the index at <c>/charts</c>.</summary>
    public const string Charts = "/charts";

    /// <summary>Workbooks: <c>/export/{comparison}.xlsx</c>.</summary>
    public const string Exports = "/export";

    /// <summary>The dashboard's operator diagnostics.</summary>
    public const string DashboardMetrics = "/dashboard/metrics";

    /// <summary>The dashboard's live connection (Blazor's hub).</summary>
    public const string BlazorHub = "/_blazor";

    /// <summary>The health probe.</summary>
    public const string Health = "/healthz";

    /// <summary>The plain summary page.</summary>
    public const string Summary = "/summary";

    /// <summary>Paths machines read (Excel, Power BI, scripts, the dashboard's connection): a challenge there is HTTP
    /// Basic, never a redirect to the sign-in page.</summary>
    public static IReadOnlyList<string> ForMachines { get; } = [OData, Charts, Exports, DashboardMetrics, BlazorHub];
}
