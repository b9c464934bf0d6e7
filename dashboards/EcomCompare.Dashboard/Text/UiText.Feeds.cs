using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Pages;
using EcomCompare.Views.Exports;

namespace EcomCompare.Dashboard.Text;

/// <summary>What the export panel's OData addresses hold, said exactly (issue 25, 3).</summary>
public sealed partial class UiText
{
    /// <summary>
    /// What the panel's first OData address holds: the view's rows as <paramref name="feed"/> describes them (names,
    /// amounts, shares and their wholes), or, without one, by its entity set: the targets, the discrepancies, the plans.
    /// </summary>
    public string ODataHint(string path, ODataFeed? feed)
    {
        if (feed is not null)
        {
            return (IsEnglish ? "This OData address returns exactly the figures on screen. " : "Địa chỉ OData trả về đúng các số liệu đang hiển thị. ")
                + ODataRows(feed);
        }

        var address = path.Split('?')[0];
        var set = address[(address.LastIndexOf('/') + 1)..];
        return (set, IsEnglish) switch
        {
            (ODataNames.Targets, true) => "This OData address returns exactly the targets on screen: province (code and name), indicator, value, unit, "
                + "comparator, the plan's own sentence, document and line.",
            (ODataNames.Targets, false) => "Địa chỉ OData trả về đúng các mục tiêu đang hiển thị: tỉnh (mã và tên), chỉ tiêu, giá trị, đơn vị, "
                + "cách so sánh, câu gốc của kế hoạch, văn bản và dòng.",
            (ODataNames.Discrepancies, true) => "This OData address returns exactly the discrepancies on screen: province (code), kind, stated and "
                + "computed figures, the difference, document, line and explanation.",
            (ODataNames.Discrepancies, false) => "Địa chỉ OData trả về đúng các chỗ chênh lệch đang hiển thị: tỉnh (mã), loại, số nêu, số tính, "
                + "chênh lệch, văn bản, dòng và lời giải thích.",
            (_, true) => "This OData address returns the plans on screen: province (code and name), decision, plan period, stated and cube totals.",
            (_, false) => "Địa chỉ OData trả về các kế hoạch đang hiển thị: tỉnh (mã và tên), quyết định, kỳ kế hoạch, tổng nêu trong văn bản "
                + "và tổng của khối dữ liệu.",
        };
    }

    /// <summary>
    /// One row of a <c>BudgetLines</c> address in words: its dimensions with their codes and names, the amount, and
    /// the share (<c>Share</c>, 0–1) and whole (<c>Total</c>) it carries — e.g. "One row per province × funding
    /// source: codes and names (Vietnamese and English where they differ), the amount (million VND), its share of the
    /// money of the same province (Share, 0–1) and that money (Total). Excel loads it as a table ready to read."
    /// </summary>
    public string ODataRows(ODataFeed feed)
    {
        var dimensions = string.Join(" × ", feed.Dimensions.Select(Lower));
        var whole = feed.Whole switch
        {
            null => null,
            [] => IsEnglish ? "all the money selected" : "toàn bộ số tiền đang chọn",
            var of => (IsEnglish ? "the money of the same " : "số tiền của cùng ") + string.Join(IsEnglish ? " and " : " và ", of.Select(Lower)),
        };
        var measures = (whole, feed.ShareShown, IsEnglish) switch
        {
            (null, _, true) => "the amount (million VND)",
            (null, _, false) => "số tiền (triệu đồng)",
            (_, true, true) => $"the amount (million VND), its share of {whole} (Share, 0–1) and that money (Total)",
            (_, true, false) => $"số tiền (triệu đồng), tỷ trọng trong {whole} (Share, 0–1) và số tiền đó (Total)",
            (_, false, true) => $"the amount (million VND) and {whole} (Total)",
            (_, false, false) => $"số tiền (triệu đồng) và {whole} (Total)",
        };
        return IsEnglish
            ? $"One row per {dimensions}: codes and names (Vietnamese and English where they differ), {measures}. Excel loads it as a table ready to read."
            : $"Mỗi dòng một {dimensions}: mã và tên (tiếng Việt và tiếng Anh khi khác nhau), {measures}. Excel nạp thành một bảng đọc được ngay.";
    }

    /// <summary>The named comparison feed beside a funding view's address: what its rows hold.</summary>
    public string ODataNamedFeed(string set) => (set == ODataNames.FundingSplitsByYear, IsEnglish) switch
    {
        (false, false) => "Bảng có tên (FundingSplits): mỗi tỉnh một dòng — tên tỉnh, số tiền và tỷ trọng từng nguồn vốn, tổng cộng, "
            + "như trên màn hình; Excel nạp thành một bảng đọc được ngay.",
        (true, false) => "Bảng có tên (FundingSplitsByYear): mỗi tỉnh mỗi năm một dòng — tên tỉnh, số tiền và tỷ trọng từng nguồn vốn, "
            + "tổng cộng, như trên màn hình; Excel nạp thành một bảng đọc được ngay.",
        (false, true) => "Named table (FundingSplits): one row per province — its name, each source's amount and share, the total, "
            + "as on screen; Excel loads it as a table ready to read.",
        (true, true) => "Named table (FundingSplitsByYear): one row per province and year — its name, each source's amount and share, "
            + "the total, as on screen; Excel loads it as a table ready to read.",
    };

    /// <summary>The drill-down's address beside the heatmap's: the items of the selected cell.</summary>
    public string ODataDrill(ODataFeed feed) =>
        (IsEnglish ? "The items of the selected cell, as in the table below the heatmap. " : "Các nhiệm vụ của ô đang chọn, như trong bảng dưới bản đồ nhiệt. ")
        + ODataRows(feed);

    private string Lower(CubeDimension dimension) => PivotDimensions.Name(dimension, this).ToLowerInvariant();
}
