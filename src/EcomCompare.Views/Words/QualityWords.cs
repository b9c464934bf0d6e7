using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Cube.Query;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;
using F = EcomCompare.Ingestion.Model.DiscrepancyFigure;

namespace EcomCompare.Views.Words;

/// <summary>
/// The data-quality words, in Vietnamese and English: each discrepancy said from its kind and figures (what
/// disagrees, and which figure the cube keeps and why), and each plan named by its decision rather than its file.
/// One catalogue for the dashboard's page and its workbook, so that both say the same (the ingestion's own English
/// message stays for the command line and OData).
/// </summary>
public sealed partial class QualityWords
{
    private readonly bool _english;
    private readonly NumberFormatInfo _numbers;

    private QualityWords(Language language)
    {
        _english = language == Language.En;
        _numbers = NumberDisplay.For(language).Numbers;
    }

    /// <summary>Vietnamese.</summary>
    public static QualityWords Vi { get; } = new(Language.Vi);

    /// <summary>English.</summary>
    public static QualityWords En { get; } = new(Language.En);

    /// <summary>The words in <paramref name="language"/>.</summary>
    public static QualityWords For(Language language) => language == Language.En ? En : Vi;

    /// <summary>The name of a discrepancy kind; the code itself for a kind this catalogue does not know.</summary>
    public string Kind(string code) => (code, _english) switch
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
        ("unitemized", false) => "Nhóm nêu nhiều hơn các mục",
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
        ("unitemized", true) => "Group states more than its items",
        ("breakdown-total", true) => "Unit-cost breakdown total",
        ("unit-cost", true) => "Unit cost × quantity",
        ("breakdown-vs-item", true) => "Breakdown vs item",
        ("item-name", true) => "Item name",
        ("decision-number", true) => "Decision number",
        _ => code,
    };

    /// <summary>The heading of the sentence saying which figure the cube uses (page and workbook alike).</summary>
    public string KeptHeading => _english ? "Which figure the cube uses" : "Khối dữ liệu dùng số nào";

    /// <summary>"dòng 411" / "line 411": the small reference to a document line.</summary>
    public string Line(int line) => (_english ? "line " : "dòng ") + line.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The plan a province's figures come from, by its decision: "Kế hoạch phát triển thương mại điện tử Thái Bình
    /// 2021–2025 — Quyết định 3192/QĐ-UBND ngày 18/11/2020"; for a draft adopted later, the adopting decision and
    /// the draft's date ("… — Quyết định 4157/QĐ-UBND ngày 07/10/2020 (số liệu theo dự thảo 10/2020)").
    /// </summary>
    public string Document(ProvinceRecord province)
    {
        var period = province.PlanPeriod.Replace("-", "–", StringComparison.Ordinal);
        var plan = _english
            ? $"{province.Name} e-commerce development plan {period}"
            : $"Kế hoạch phát triển thương mại điện tử {province.Name} giai đoạn {period}";
        if (!province.IsDraft)
        {
            return $"{plan} — {Decision(province.Decision, province.DecisionDate)}";
        }

        var draftDate = DraftDate().Match(province.Decision) is { Success: true } m ? m.Value : null;
        var draft = _english
            ? (draftDate is null ? "figures as in the draft" : $"figures as in the draft of {draftDate}")
            : (draftDate is null ? "số liệu theo dự thảo" : $"số liệu theo dự thảo {draftDate}");
        return province.AdoptedAs is { } adopted
            ? $"{plan} — {Decision(adopted, province.AdoptedOn)} ({draft})"
            : $"{plan} — {(_english ? "draft decision" : "dự thảo quyết định")}{(draftDate is null ? string.Empty : " " + draftDate)}";
    }

    private string Decision(string number, DateOnly? date)
    {
        var on = date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return _english
            ? (on is null ? $"Decision {number}" : $"Decision {number} of {on}")
            : (on is null ? $"Quyết định {number}" : $"Quyết định {number} ngày {on}");
    }

    /// <summary>The draft's month and year as its manifest entry writes them ("…, 10/2020").</summary>
    [GeneratedRegex(@"\d{1,2}/\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DraftDate();

    /// <summary>Million VND as the language writes it.</summary>
    public string Money(decimal amount) => amount.ToString("#,##0.###", _numbers);

    private string Money(decimal? amount) => amount is { } a ? Money(a) : "–";

    private string Signed(decimal amount) => amount > 0 ? "+" + Money(amount) : amount < 0 ? "−" + Money(-amount) : "0";

    private string Percent(decimal share) => share.ToString("0.0", _numbers) + "%";

    private string Percent(decimal part, decimal whole) => whole == 0 ? "–" : Percent(Math.Round(part / whole * 100m, 1));

    private string SourceMoney(string? code) => (code, _english) switch
    {
        (null, false) => "mọi nguồn vốn",
        (null, true) => "all sources",
        ("central", false) => "ngân sách trung ương",
        ("local", false) => "ngân sách địa phương",
        ("enterprise", false) => "vốn doanh nghiệp",
        ("other", false) => "nguồn vốn khác",
        (_, false) => code,
        (_, true) => code + " money",
    };

    private string Period(IReadOnlyDictionary<string, string> f) =>
        f.TryGetValue(F.Year, out var year)
            ? (_english ? "in " + year : "năm " + year)
            : (_english ? "for " : "cả giai đoạn ") + f.GetValueOrDefault(F.Period, string.Empty);

    /// <summary>What a statement is about: "nhóm 5", "mục 4.3", or the whole plan.</summary>
    private string Subject(IReadOnlyDictionary<string, string> f) =>
        f.TryGetValue(F.Item, out var item) ? (_english ? "item " : "mục ") + item
        : f.TryGetValue(F.Group, out var group) ? (_english ? "group " : "nhóm ") + group
        : _english ? "the whole plan" : "cả kế hoạch";

    private static string Quote(string? text) => text is null ? string.Empty : "‘" + (text.Length > 80 ? text[..80].TrimEnd() + "…" : text) + "’";

    private static decimal Figure(IReadOnlyDictionary<string, string> f, string name) => F.Number(f, name) ?? 0m;
}
