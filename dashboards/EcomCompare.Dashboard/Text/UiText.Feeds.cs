using EcomCompare.Views.Exports;

namespace EcomCompare.Dashboard.Text;

/// <summary>What the export panel's OData addresses hold, said exactly (issue 25, 3).</summary>
public sealed partial class UiText
{
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
