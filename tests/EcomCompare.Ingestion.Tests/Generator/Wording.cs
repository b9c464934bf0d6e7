using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>The Vietnamese words of a case: source labels, units, totals rows and the text total's sentence.</summary>
internal static class Wording
{
    public static string Source(SourceWording wording, FundingSource source) => (wording, source) switch
    {
        (SourceWording.Short, FundingSource.Central) => "TW",
        (SourceWording.Short, FundingSource.Local) => "ĐP",
        (SourceWording.Short, FundingSource.Enterprise) => "DN",
        (SourceWording.Short, _) => "Khác",
        (SourceWording.Ns, FundingSource.Central) => "NSTW",
        (SourceWording.Ns, FundingSource.Local) => "NSĐP",
        (SourceWording.Ns, FundingSource.Enterprise) => "XHH",
        (SourceWording.Ns, _) => "Nguồn vốn khác",
        (SourceWording.Long, FundingSource.Central) => "Ngân sách Trung ương (hỗ trợ)",
        (SourceWording.Long, FundingSource.Local) => "Ngân sách địa phương (đối ứng)",
        (SourceWording.Long, FundingSource.Enterprise) => "Vốn huy động hợp pháp khác (doanh nghiệp)",
        (SourceWording.Long, _) => "Nguồn vốn hợp pháp khác",
        (SourceWording.Upper, FundingSource.Central) => "NGÂN SÁCH TRUNG ƯƠNG",
        (SourceWording.Upper, FundingSource.Local) => "NGÂN SÁCH ĐỊA PHƯƠNG",
        (SourceWording.Upper, FundingSource.Enterprise) => "DOANH NGHIỆP",
        (SourceWording.Upper, _) => "NGUỒN VỐN HỢP PHÁP KHÁC",
        (SourceWording.NoDiacritics, FundingSource.Central) => "Ngan sach trung uong",
        (SourceWording.NoDiacritics, FundingSource.Local) => "Ngan sach dia phuong",
        (SourceWording.NoDiacritics, FundingSource.Enterprise) => "Doanh nghiep",
        (SourceWording.NoDiacritics, _) => "Nguon von hop phap khac",
        _ => throw new ArgumentOutOfRangeException(nameof(wording)),
    };

    /// <summary>A sub-source's label: short under its source's spanning cell, full as a column or row of its own.</summary>
    public static string SubSource(SourceWording wording, string code, bool underItsSource)
    {
        var label = (code, underItsSource) switch
        {
            (SubSources.Provincial, true) => "Cấp tỉnh",
            (SubSources.District, true) => "Cấp huyện",
            (SubSources.NationalProgramme, true) => "Chương trình TMĐT quốc gia",
            (SubSources.OtherCentral, true) => "Chương trình khác",
            (SubSources.Provincial, false) => "Ngân sách cấp tỉnh",
            (SubSources.District, false) => "Ngân sách cấp huyện",
            (SubSources.NationalProgramme, false) => "Chương trình phát triển TMĐT quốc gia",
            (SubSources.OtherCentral, false) => "Các chương trình, nguồn vốn trung ương khác",
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
        };
        return wording switch
        {
            SourceWording.Upper => label.ToUpperInvariant(),
            SourceWording.NoDiacritics => VietnameseText.WithoutDiacritics(label),
            _ => label,
        };
    }

    /// <summary>How many of the table's unit make one million đồng.</summary>
    public static decimal PerMillion(TableUnit unit) => unit switch
    {
        TableUnit.Million => 1m,
        TableUnit.Thousand or TableUnit.ThousandWords => 1_000m,
        TableUnit.Dong => 1_000_000m,
        TableUnit.Billion => 0.001m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "no unit to write amounts in"),
    };

    /// <summary>The unit line: "Đơn vị tính: triệu đồng", "ĐVT: 1.000 đồng", …</summary>
    public static string UnitLine(TableUnit unit) => unit switch
    {
        TableUnit.Million => "Đơn vị tính: triệu đồng",
        TableUnit.Thousand => "ĐVT: 1.000 đồng",
        TableUnit.ThousandWords => "Đơn vị: nghìn đồng",
        TableUnit.Dong => "Đơn vị tính: đồng",
        TableUnit.Billion => "ĐVT: tỷ đồng",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>The unit as a header cell says it in brackets: "(triệu đồng)".</summary>
    public static string UnitWords(TableUnit unit) => unit switch
    {
        TableUnit.Million => "triệu đồng",
        TableUnit.Thousand => "1.000 đồng",
        TableUnit.ThousandWords => "nghìn đồng",
        TableUnit.Dong => "đồng",
        TableUnit.Billion => "tỷ đồng",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    public static string Totals(TotalsLabel label) => label switch
    {
        TotalsLabel.TongCong => "Tổng cộng",
        TotalsLabel.Cong => "Cộng",
        TotalsLabel.TongSo => "TỔNG SỐ",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    /// <summary>The sentence that states the plan's total, and one bullet line per source after it.</summary>
    public static IReadOnlyList<string> TextTotal(TextTotal wording, TruePlan truth)
    {
        var (unit, perMillion) = wording switch
        {
            Generator.TextTotal.KhoangTy => ("tỷ đồng", 0.001m),
            Generator.TextTotal.DongBangChu => ("đồng", 1_000_000m),
            Generator.TextTotal.ToiThieuNghin => ("nghìn đồng", 1_000m),
            _ => ("triệu đồng", 1m),
        };
        string Amount(decimal millions) => VietnameseText.Number(millions * perMillion) + " " + unit;
        var total = Amount(truth.Total);
        var words = VietnameseText.Words(truth.Total * 1_000_000m);
        var sentence = wording switch
        {
            Generator.TextTotal.DuKienTrieu => $"Tổng kinh phí dự kiến: {total}, trong đó:",
            Generator.TextTotal.KhoangTy => $"Tổng kinh phí dự kiến khoảng {total}, trong đó:",
            Generator.TextTotal.DongBangChu => $"Tổng kinh phí thực hiện Kế hoạch là: {total} (Bằng chữ: {words}), trong đó:",
            Generator.TextTotal.UocKhoang => $"Tổng kinh phí thực hiện Kế hoạch giai đoạn 2021 - 2025 ước khoảng {total}, gồm:",
            Generator.TextTotal.ToiThieuNghin => $"Tổng kinh phí huy động để thực hiện Kế hoạch tối thiểu là {total}, trong đó:",
            Generator.TextTotal.TongNguonVon => $"Tổng nguồn vốn: {total}, gồm:",
            Generator.TextTotal.WordsInBrackets => $"Tổng kinh phí thực hiện Kế hoạch là: {total} ({words}), trong đó:",
            _ => throw new ArgumentOutOfRangeException(nameof(wording)),
        };
        var bullets = truth.Sources.Select((source, i) =>
        {
            var bullet = wording switch
            {
                Generator.TextTotal.UocKhoang => "+",
                Generator.TextTotal.TongNguonVon => $"{(char)('a' + i)})",
                _ => "-",
            };
            var hedge = wording == Generator.TextTotal.KhoangTy ? "khoảng " : string.Empty;
            return $"{bullet} {TextLabel(source)}: {hedge}{Amount(truth.Sum(source))}";
        });
        return [sentence, .. bullets];
    }

    // How the text (not the table) names a source.
    private static string TextLabel(FundingSource source) => source switch
    {
        FundingSource.Central => "Ngân sách Trung ương hỗ trợ",
        FundingSource.Local => "Ngân sách địa phương",
        FundingSource.Enterprise => "Vốn doanh nghiệp, xã hội hóa",
        _ => "Nguồn vốn hợp pháp khác",
    };
}
