using EcomCompare.Views.Slices;

namespace EcomCompare.Dashboard.Text;

/// <summary>
/// What a page says about its own address, in the UI's language: a filter it cannot read, a switch value it does
/// not take, a year the data does not have — each naming the key and the value, as unknown provinces are named.
/// </summary>
public sealed partial class UiText
{
    /// <summary>A slice parameter that cannot be read, said in this language.</summary>
    public string SliceProblem(SliceProblem problem) => (problem.Kind, IsEnglish) switch
    {
        (SliceProblemKind.EmptyItem, false) =>
            Fill("„{0}” có một mục trống: viết danh sách mã cách nhau bằng dấu phẩy, ví dụ {0}={1}", problem.Key, problem.Example),
        (SliceProblemKind.NotACode, false) => Fill(
            "„{0}” có „{1}”, không phải là mã (chữ thường không dấu, chữ số và '-'), ví dụ {0}={2}", problem.Key, problem.Value, problem.Example),
        (SliceProblemKind.NotYears, false) => Fill("„years” là „{0}”: viết một năm (years=2023) hoặc một khoảng (years=2021-2025)", problem.Value),
        (SliceProblemKind.Backwards, false) => Fill("„years” bị ngược: „{0}” — năm đầu phải trước năm cuối, ví dụ years={1}", problem.Value, problem.Example),
        (SliceProblemKind.EmptyItem, true) =>
            Fill("“{0}” has an empty item: write a comma-separated list of codes, e.g. {0}={1}", problem.Key, problem.Example),
        (SliceProblemKind.NotACode, true) => Fill(
            "“{0}” has “{1}”, which is not a code (lower-case letters, digits and '-'), e.g. {0}={2}", problem.Key, problem.Value, problem.Example),
        (SliceProblemKind.NotYears, true) => Fill("“years” is “{0}”: write one year (years=2023) or a range (years=2021-2025)", problem.Value),
        _ => Fill("“years” runs backwards: “{0}” — the first year comes first, e.g. years={1}", problem.Value, problem.Example),
    };

    /// <summary>A page switch with a value the page does not take: {0} the key, {1} the value, {2} the values it takes.</summary>
    public string ErrorBadKey => IsEnglish
        ? "“{0}={1}”: this page does not take that value (it takes: {2})"
        : "„{0}={1}”: trang này không dùng giá trị này (dùng được: {2})";

    /// <summary>Why the last ticked province stays ticked.</summary>
    public string FilterLastProvince => IsEnglish
        ? "At least one province stays selected: a comparison needs a province. Tick another one first, or “All” to show every province."
        : "Phải chọn ít nhất một tỉnh: không có tỉnh thì không có gì để so sánh. Hãy chọn tỉnh khác trước, hoặc „Tất cả” để xem mọi tỉnh.";

    /// <summary>The note of a view with no figures for its filter.</summary>
    public string NoDataForSelection => IsEnglish ? "No data for this selection" : "Không có dữ liệu cho lựa chọn này";

    /// <summary>What to do about an empty selection.</summary>
    public string NoDataHint => IsEnglish
        ? "The provinces, years, sources and categories chosen hold no money together. Widen the filters on the left."
        : "Các tỉnh, năm, nguồn vốn và nhóm nhiệm vụ đang chọn không có khoản kinh phí nào chung. Hãy nới rộng bộ lọc bên trái.";

    /// <summary>"Số liệu dựng lúc {0}": the build time, in Vietnam time with its zone.</summary>
    public string FooterBuiltAt => IsEnglish ? "Data built {0}" : "Số liệu dựng lúc {0}";

    /// <summary>The disclosure that holds the build id and the query timings.</summary>
    public string TechnicalDetails => IsEnglish ? "Technical details" : "Thông tin kỹ thuật";

    /// <summary>"Mã bản dựng: {0}".</summary>
    public string FooterBuild => IsEnglish ? "Build id: {0}" : "Mã bản dựng: {0}";
}
