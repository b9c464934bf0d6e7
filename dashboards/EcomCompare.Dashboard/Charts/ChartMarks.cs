namespace EcomCompare.Dashboard.Charts;

/// <summary>
/// The attributes of a chart mark: its tooltip (drawn by dashboard.js from <c>data-tip*</c> on hover and keyboard
/// focus — the browser's own <c>&lt;title&gt;</c> tooltip is plain, late and never shown on focus), its accessible
/// name, and, when it filters, its link. Within one chart only the first linked mark is a Tab stop; the arrow keys
/// move between the others (dashboard.js), so a chart of forty points is one Tab stop, not forty.
/// </summary>
internal static class ChartMarks
{
    /// <summary>The class every mark carries (dashboard.js and the stylesheet find marks by it).</summary>
    public const string Class = "ec-mark";

    public static Dictionary<string, object> Attributes(ChartTip tip, ChartLink? link, bool tabStop)
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["class"] = link is null ? Class : link.Active ? Class + " ec-mark-active" : Class,
            ["data-tip"] = tip.Title,
            ["data-tip-value"] = tip.Value,
            ["aria-label"] = tip.Label(link),
        };
        if (link is not null)
        {
            attributes["href"] = link.Href;
            attributes["data-tip-hint"] = link.Hint;
            attributes["tabindex"] = tabStop ? "0" : "-1";
        }
        else
        {
            // Not a link: a named image that shows its tooltip on hover (the numbers are in the table beside it).
            attributes["role"] = "img";
        }

        return attributes;
    }
}
