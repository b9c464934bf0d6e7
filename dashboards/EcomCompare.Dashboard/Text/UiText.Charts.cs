namespace EcomCompare.Dashboard.Text;

/// <summary>Charts you can use (issue 25, 6): what clicking a mark does, said in its tooltip and accessible name.</summary>
public sealed partial class UiText
{
    /// <summary>"{0}" is the members the mark stands for: "Bình Định · Trung ương".</summary>
    public string ChartClickToFilter => IsEnglish ? "Click to show only {0}" : "Bấm để chỉ xem {0}";

    /// <summary>The view is already filtered to the mark's members: the click goes back to all of them.</summary>
    public string ChartClickToClear => IsEnglish ? "Click to show all again (now only {0})" : "Bấm để xem lại tất cả (đang chỉ xem {0})";

    /// <summary>A co-financing point's value: "{0}" is the ratio.</summary>
    public string CoFinancingTip => IsEnglish ? "{0} of local money per unit of central money" : "{0} đồng địa phương trên mỗi đồng trung ương";

    /// <summary>Said once above the charts, for those who would not guess that the marks are links.</summary>
    public string ChartsClickHint => IsEnglish
        ? "Click a bar, point or legend item (or Tab to it and press Enter) to show only that province, source or year; Back undoes it."
        : "Bấm vào một thanh, điểm hoặc mục chú giải (hoặc dùng Tab rồi Enter) để chỉ xem tỉnh, nguồn vốn hay năm đó; nút Quay lại để bỏ.";
}
