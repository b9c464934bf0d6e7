using EcomCompare.Views.Exports;

namespace EcomCompare.Dashboard.Text;

/// <summary>What the export panel's OData addresses hold, said exactly (issue 25, 3).</summary>
public sealed partial class UiText
{
    /// <summary>
    /// What the panel's first OData address holds, by its entity set: the budget lines' sums (codes and amounts, with
    /// the shares when the view shows shares), the targets, or the discrepancies.
    /// </summary>
    public string ODataHint(string path)
    {
        var address = path.Split('?')[0];
        var set = address[(address.LastIndexOf('/') + 1)..];
        if (set == ODataNames.Targets)
        {
            return IsEnglish
                ? "This OData address returns exactly the targets on screen: province (code), indicator, value, unit, comparator, "
                    + "the plan's own sentence, document and line."
                : "Địa chỉ OData trả về đúng các mục tiêu đang hiển thị: tỉnh (mã), chỉ tiêu, giá trị, đơn vị, cách so sánh, "
                    + "câu gốc của kế hoạch, văn bản và dòng.";
        }

        if (set == ODataNames.Discrepancies)
        {
            return IsEnglish
                ? "This OData address returns exactly the discrepancies on screen: province (code), kind, stated and computed figures, "
                    + "the difference, document, line and explanation."
                : "Địa chỉ OData trả về đúng các chỗ chênh lệch đang hiển thị: tỉnh (mã), loại, số nêu, số tính, chênh lệch, "
                    + "văn bản, dòng và lời giải thích.";
        }

        return path.Contains("%20as%20Share", StringComparison.Ordinal)
            ? IsEnglish
                ? "This OData address returns exactly the amounts and shares on screen: each row holds codes (province, source, "
                    + "year…), an amount and its share (0–1); no names or totals."
                : "Địa chỉ OData trả về đúng các số tiền và tỷ trọng đang hiển thị: mỗi dòng là các mã (tỉnh, nguồn vốn, năm…), "
                    + "số tiền và tỷ trọng (0–1); tên và tổng cộng thì không có."
            : OpenInExcelHint;
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
}
