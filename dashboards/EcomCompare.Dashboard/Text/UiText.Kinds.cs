namespace EcomCompare.Dashboard.Text;

/// <summary>Names of the discrepancy kinds the reconciliation reports (its stable codes are English).</summary>
public sealed partial class UiText
{
    /// <summary>A discrepancy kind's name in the UI language; the code itself for a kind this table does not know.</summary>
    public string DiscrepancyKind(string code) => (code, IsEnglish) switch
    {
        ("text-total", false) => "Tổng nêu trong văn bản",
        ("text-total-in-words", false) => "Tổng ghi bằng chữ",
        ("text-source-total", false) => "Tổng theo nguồn vốn nêu trong văn bản",
        ("summary-table", false) => "Bảng tổng hợp",
        ("group-header", false) => "Dòng tổng của nhóm",
        ("item-row", false) => "Dòng nhiệm vụ",
        ("row-total", false) => "Cột tổng của dòng",
        ("totals-row", false) => "Dòng tổng cộng",
        ("declared-share", false) => "Tỷ lệ nguồn vốn được nêu",
        ("breakdown-total", false) => "Tổng của bảng đơn giá",
        ("unit-cost", false) => "Đơn giá × số lượng",
        ("breakdown-vs-item", false) => "Bảng đơn giá so với nhiệm vụ",
        ("item-name", false) => "Tên nhiệm vụ",
        ("decision-number", false) => "Số quyết định",
        ("text-total", true) => "Total stated in the text",
        ("text-total-in-words", true) => "Total written in words",
        ("text-source-total", true) => "Per-source total stated in the text",
        ("summary-table", true) => "Summary table",
        ("group-header", true) => "Group header total",
        ("item-row", true) => "Item row",
        ("row-total", true) => "Row total cell",
        ("totals-row", true) => "Totals row",
        ("declared-share", true) => "Declared funding share",
        ("breakdown-total", true) => "Unit-cost breakdown total",
        ("unit-cost", true) => "Unit cost × quantity",
        ("breakdown-vs-item", true) => "Breakdown vs item",
        ("item-name", true) => "Item name",
        ("decision-number", true) => "Decision number",
        _ => code,
    };
}
