namespace EcomCompare.Dashboard.Charts;

/// <summary>
/// What a chart mark (bar, segment, point, legend item) does when clicked or given Enter: it is a link to this view
/// filtered by the members the mark stands for — an address like any filter's, so the URL says the filter and the
/// browser's Back undoes it. A link, not a click handler, so it works from the first (prerendered) paint, opens in a
/// new tab when asked and is reached by keyboard like any link.
/// </summary>
/// <param name="Href">The filtered view's relative address.</param>
/// <param name="Hint">What the click does, in the UI's language ("Bấm để chỉ xem Bình Định · Trung ương").</param>
/// <param name="Active">The view is already filtered to exactly these members: the link clears that filter.</param>
public sealed record ChartLink(string Href, string Hint, bool Active);

/// <summary>
/// The tooltip of a chart mark, shown on hover and on keyboard focus (dashboard.js draws it from the mark's
/// <c>data-tip*</c> attributes) and read by screen readers as the mark's name.
/// </summary>
/// <param name="Title">What the mark is, e.g. "Bình Định · Trung ương · 2023".</param>
/// <param name="Value">Its value with unit and, where it has one, its share: "905 triệu đồng · 59,2 %".</param>
public sealed record ChartTip(string Title, string Value)
{
    /// <summary>The accessible name: the tip and, for a link, what it does.</summary>
    public string Label(ChartLink? link) => link is null ? $"{Title}: {Value}" : $"{Title}: {Value}. {link.Hint}";
}
