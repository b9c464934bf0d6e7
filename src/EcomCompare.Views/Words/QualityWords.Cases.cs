using EcomCompare.Cube.Query;
using F = EcomCompare.Ingestion.Model.DiscrepancyFigure;

namespace EcomCompare.Views.Words;

/// <summary>Each discrepancy said in words: what disagrees, and which figure the cube keeps and why.</summary>
public sealed partial class QualityWords
{
    /// <summary>
    /// What disagrees, with both figures. E.g. for Bình Định's item 4.3: "Mục 4.3 ghi ngân sách địa phương chiếm 30%
    /// — tức 117 trong tổng 390 của mục — nhưng dòng ngân sách địa phương ghi 160 (41,0%)."
    /// </summary>
    public string Explain(DiscrepancyRecord d)
    {
        var f = d.Figures;
        var stated = Money(d.Stated);
        var computed = Money(d.Computed);
        var diff = d.Difference is { } x ? Signed(x) : "–";
        switch (d.Kind)
        {
            case "declared-share":
                {
                    var (source, total, percent, held) = DeclaredShare(d);
                    return _english
                        ? $"Item {f.GetValueOrDefault(F.Item)} declares {percent} {source} — {stated} of its {Money(total)} — but its {source} row holds {computed} ({held})."
                        : $"Mục {f.GetValueOrDefault(F.Item)} ghi {source} chiếm {percent} — tức {stated} trong tổng {Money(total)} của mục — nhưng dòng {source} ghi {computed} ({held}).";
                }

            case "unitemized":
                {
                    var source = SourceMoney(f.GetValueOrDefault(F.Source));
                    return _english
                        ? $"Group {f.GetValueOrDefault(F.Group)}'s header states {stated} of {source} {Period(f)}, but its items carry {computed}: {Money(d.Difference)} is not itemized."
                        : $"Dòng nhóm {f.GetValueOrDefault(F.Group)} ghi {stated} {source} {Period(f)}, nhưng các mục của nhóm chỉ có {computed}: {Money(d.Difference)} không thuộc mục nào.";
                }

            case "decision-number":
                {
                    var line = f.GetValueOrDefault(F.Line, d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    var printed = f.GetValueOrDefault(F.Printed, string.Empty);
                    var expected = f.GetValueOrDefault(F.Expected, string.Empty);
                    var what = _english
                        ? (printed.Length == 0 ? $"Line {line} leaves the decision number blank" : $"Line {line} prints the decision number as {printed}")
                        : (printed.Length == 0 ? $"Dòng {line} để trống số quyết định" : $"Dòng {line} in số quyết định là {printed}");
                    var truth = _english
                        ? (expected.Length == 0
                            ? "the list of documents records a draft with no number"
                            : $"the list of documents, and the document's appendices, have {expected}")
                        : (expected.Length == 0
                            ? "danh mục văn bản ghi đây là dự thảo chưa có số" : $"danh mục văn bản và các phụ lục của chính văn bản ghi {expected}");
                    return $"{what}, {(_english ? "but" : "nhưng")} {truth}.";
                }

            case "item-name":
                {
                    var years = f.GetValueOrDefault(F.Years);
                    var money = years is null
                        ? string.Empty : _english ? $"; the money matches its {years} amount" : $"; số tiền khớp với số năm {years} của mục";
                    return _english
                        ? $"Breakdown {f.GetValueOrDefault(F.Breakdown)} is titled {Quote(f.GetValueOrDefault(F.Title))}, but item {f.GetValueOrDefault(F.Item)} of the budget appendix is {Quote(f.GetValueOrDefault(F.Name))}{money}."
                        : $"Bảng đơn giá {f.GetValueOrDefault(F.Breakdown)} có tên {Quote(f.GetValueOrDefault(F.Title))}, nhưng mục {f.GetValueOrDefault(F.Item)} trong phụ lục dự toán tên là {Quote(f.GetValueOrDefault(F.Name))}{money}.";
                }

            case "unit-cost":
                {
                    var product = $"{Money(Figure(f, F.Quantity))} × {Money(Figure(f, F.Price))} = {computed}";
                    return _english
                        ? $"Line {f.GetValueOrDefault(F.Line)} of breakdown {f.GetValueOrDefault(F.Breakdown)} ({Quote(f.GetValueOrDefault(F.Label))}) states {stated}, but {product} (difference {diff})."
                        : $"Dòng {f.GetValueOrDefault(F.Line)} của bảng đơn giá {f.GetValueOrDefault(F.Breakdown)} ({Quote(f.GetValueOrDefault(F.Label))}) ghi {stated}, nhưng {product} (chênh lệch {diff}).";
                }

            case "breakdown-total":
                return _english
                    ? $"Breakdown {f.GetValueOrDefault(F.Breakdown)} ({Quote(f.GetValueOrDefault(F.Title))}) states a total of {stated}, but its lines add up to {computed} (difference {diff})."
                    : $"Bảng đơn giá {f.GetValueOrDefault(F.Breakdown)} ({Quote(f.GetValueOrDefault(F.Title))}) ghi tổng {stated}, nhưng các dòng của bảng cộng lại được {computed} (chênh lệch {diff}).";

            case "breakdown-vs-item":
                return _english
                    ? $"Breakdown {f.GetValueOrDefault(F.Breakdown)} costs {stated}, but no year of item {f.GetValueOrDefault(F.Item)} in the budget appendix has that amount (the item's whole period: {computed})."
                    : $"Bảng đơn giá {f.GetValueOrDefault(F.Breakdown)} tính {stated}, nhưng mục {f.GetValueOrDefault(F.Item)} trong phụ lục dự toán không có năm nào bằng số đó (cả giai đoạn: {computed}).";

            default:
                if (d.Stated is null || d.Computed is null)
                {
                    return d.Message; // a kind this catalogue does not know: the build's own sentence
                }

                // A stated total (text, summary table, group header, totals row…) against what the facts add up to.
                var detail = f.ContainsKey(F.Item)
                    ? (_english ? "its source rows add up to" : "các dòng nguồn vốn của mục cộng lại được")
                    : f.ContainsKey(F.Group)
                        ? (_english ? "its items add up to" : "các mục của nhóm cộng lại được")
                        : (_english ? "the items add up to" : "các mục cộng lại được");
                var rowSum = F.Number(f, F.RowSum) is { } r
                    ? (_english
                        ? $" The same row's year cells add up to {Money(r)}." : $" Các ô theo năm của chính dòng đó cộng lại được {Money(r)}.")
                    : string.Empty;
                var where = $"{Subject(f)}, {SourceMoney(f.GetValueOrDefault(F.Source))}, {Period(f)}";
                return _english
                    ? $"{Kind(d.Kind)}: {stated} for {where}, but {detail} {computed} (difference {diff}).{rowSum}"
                    : $"{Kind(d.Kind)} ghi {stated} cho {where}, nhưng {detail} {computed} (chênh lệch {diff}).{rowSum}";
        }
    }

    /// <summary>
    /// Which figure the cube uses, and why, with the figures. E.g. for Bình Định's item 4.3 (local): the amount on
    /// the source row, 160 (41,0% of the item's 390), not the 117 the declared 30% would give.
    /// </summary>
    public string Kept(DiscrepancyRecord d)
    {
        var f = d.Figures;
        var stated = Money(d.Stated);
        var computed = Money(d.Computed);
        switch (d.Kind)
        {
            case "declared-share":
                {
                    var (source, total, percent, held) = DeclaredShare(d);
                    return _english
                        ? $"The cube uses the amount written on the source row: {computed} of {source} ({held} of {Money(total)}), not the {stated} that {percent} would give. Why: the source rows are the item's most detailed figures and together make its total of {Money(total)}; the {percent} is a note in the row's label, kept as a stated figure."
                        : $"Khối dữ liệu dùng số tiền ghi trên dòng nguồn vốn: {computed} {source} ({held} của {Money(total)}), không dùng {stated} suy ra từ {percent}. Lý do: các dòng nguồn vốn là số chi tiết nhất của mục và cộng lại đúng bằng tổng {Money(total)} của mục; tỷ lệ {percent} chỉ là lời ghi trong tên dòng, được lưu lại như một con số văn bản nêu.";
                }

            case "unitemized":
                {
                    var rest = Money((d.Stated ?? 0m) - (d.Computed ?? 0m));
                    var code = f.GetValueOrDefault(F.Unitemized, string.Empty);
                    return _english
                        ? $"The cube uses the header's {stated}: the items' {computed} plus {rest} kept as a separate item {code} (group {f.GetValueOrDefault(F.Group)}'s unitemized part), so that the cube's totals equal the document's official totals."
                        : $"Khối dữ liệu dùng con số {stated} của dòng nhóm: {computed} của các mục cộng {rest} ghi thành mục riêng {code} (phần chưa chi tiết của nhóm {f.GetValueOrDefault(F.Group)}), để tổng của khối dữ liệu bằng tổng chính thức của văn bản.";
                }

            case "decision-number":
                {
                    var expected = f.GetValueOrDefault(F.Expected, string.Empty);
                    if (expected.Length == 0)
                    {
                        return _english
                            ? "The cube treats the document as a draft with no number, as the list of documents records it."
                            : "Khối dữ liệu coi văn bản là dự thảo chưa có số, như danh mục văn bản ghi.";
                    }

                    return _english
                        ? $"The cube uses {expected}, the number the rest of the document prints; line {f.GetValueOrDefault(F.Line)} is a misprint. No figure depends on it."
                        : $"Khối dữ liệu dùng số {expected}, số mà phần còn lại của văn bản ghi; dòng {f.GetValueOrDefault(F.Line)} in nhầm. Không con số nào phụ thuộc vào chỗ này.";
                }

            case "item-name":
                return _english
                    ? $"The cube uses the budget appendix: item {f.GetValueOrDefault(F.Item)} with its name {Quote(f.GetValueOrDefault(F.Name))} and its amounts. The breakdown is only checked against it: same place, same money, a different description."
                    : $"Khối dữ liệu dùng phụ lục dự toán: mục {f.GetValueOrDefault(F.Item)} với tên {Quote(f.GetValueOrDefault(F.Name))} và số tiền của mục. Bảng đơn giá chỉ dùng để đối chiếu: cùng vị trí, cùng số tiền, khác tên gọi.";

            case "unit-cost" or "breakdown-total" or "breakdown-vs-item":
                {
                    var item = f.GetValueOrDefault(F.Item);
                    var which = item is null
                        ? (_english ? "the budget appendix's amounts" : "số tiền của phụ lục dự toán")
                        : (_english ? $"the budget appendix's amounts for item {item}" : $"số tiền của mục {item} trong phụ lục dự toán");
                    return _english
                        ? $"The cube uses {which}; the unit-cost breakdown only explains them and is checked against them, so this error changes no figure in the cube."
                        : $"Khối dữ liệu dùng {which}; bảng đơn giá chỉ giải thích cách tính và được dùng để đối chiếu, nên chỗ sai này không làm thay đổi con số nào trong khối dữ liệu.";
                }

            default:
                if (d.Stated is null || d.Computed is null)
                {
                    return string.Empty;
                }

                var typo = F.Number(f, F.RowSum) is { } r && r == d.Computed
                    ? (_english
                        ? $" The row's own year cells also give {computed}, so {stated} is a typo in its total cell."
                        : $" Chính các ô theo năm của dòng đó cũng cho {computed}, nên {stated} là lỗi gõ ở ô tổng.")
                    : string.Empty;
                return _english
                    ? $"The cube uses {computed}, the sum of the detailed figures (its facts); the stated {stated} is kept as a stated figure.{typo}"
                    : $"Khối dữ liệu dùng {computed}, tổng của các số chi tiết (dữ kiện của khối); con số {stated} văn bản nêu được lưu lại như một con số văn bản nêu.{typo}";
        }
    }

    /// <summary>A declared-share case's figures, as both its sentences say them: the source, the item's total, the
    /// declared percent and the share the source row holds.</summary>
    private (string Source, decimal Total, string Percent, string Held) DeclaredShare(DiscrepancyRecord d)
    {
        var f = d.Figures;
        var total = Figure(f, F.ItemTotal);
        return (SourceMoney(f.GetValueOrDefault(F.Source)), total, Money(Figure(f, F.Percent)) + "%", Percent(d.Computed ?? 0m, total));
    }
}
