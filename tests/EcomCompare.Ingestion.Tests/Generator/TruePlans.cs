using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// The truth every generated plan renders: a made-up province, three task groups, eight tasks. Amounts are
/// multiples of 0,5 million (so every unit, from đồng to tỷ đồng, writes them exactly), some with decimals; some
/// tasks have money in only some years or from only some sources, so tables have empty cells. Central money is
/// split between the national programme and other central programmes, local money between the provincial and the
/// district budget; layouts that show no sub-sources render <see cref="TruePlan.WithoutSubSources"/>.
/// </summary>
internal static class TruePlans
{
    /// <summary>Item × year × (source, sub-source).</summary>
    public static TruePlan ByItemAndYear { get; } = new("Sơn Lâm", "son-lam",
    [
        new("Tuyên truyền, nâng cao nhận thức về thương mại điện tử",
        [
            new("Tuyên truyền về thương mại điện tử trên báo, đài phát thanh và truyền hình của tỉnh, mạng xã hội và Cổng thông tin điện tử của tỉnh",
                "Sở Công Thương", "Đài Phát thanh và Truyền hình tỉnh", "2021 - 2025", "Chuyên mục, tin bài hằng năm", "",
                [.. Year(2021, np: 60, pr: 40), .. Year(2022, np: 60, pr: 40), .. Year(2023, np: 60, pr: 40, di: 12.5m),
                    .. Year(2024, np: 60, pr: 40), .. Year(2025, np: 60, pr: 40)]),
            new("Tổ chức hội nghị, hội thảo về thương mại điện tử",
                "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh", "Năm 2021, 2023, 2025", "03 hội nghị", "Lồng ghép với Chương trình xúc tiến thương mại",
                [.. Year(2021, pr: 150), .. Year(2023, np: 100, pr: 50), .. Year(2025, np: 100, pr: 50, en: 30)]),
        ]),
        new("Đào tạo, phát triển nguồn nhân lực thương mại điện tử",
        [
            new("Tập huấn kỹ năng bán hàng trực tuyến cho doanh nghiệp, hợp tác xã và hộ kinh doanh",
                "Sở Công Thương", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Hằng năm", "10 lớp, 500 học viên", "",
                [.. Year(2021, np: 80, pr: 35.5m, en: 10), .. Year(2022, np: 80, pr: 35.5m, di: 20, en: 10), .. Year(2023, np: 80, pr: 35.5m, en: 10),
                 .. Year(2024, np: 80, pr: 35.5m, di: 20, en: 10), .. Year(2025, np: 80, pr: 35.5m, en: 10)]),
            new("Đào tạo chuyên sâu về thương mại điện tử cho cán bộ quản lý nhà nước",
                "Sở Nội vụ", "Sở Công Thương", "Năm 2022, 2024", "02 khóa đào tạo", "",
                [.. Year(2022, oc: 120, pr: 30), .. Year(2024, oc: 120, pr: 30)]),
            new("Tập huấn cho lực lượng quản lý thị trường về chống gian lận thương mại trên môi trường trực tuyến",
                "Cục Quản lý thị trường tỉnh", "Công an tỉnh", "Năm 2023", "01 lớp tập huấn", "",
                [.. Year(2023, pr: 45.5m)]),
        ]),
        new("Hỗ trợ doanh nghiệp ứng dụng thương mại điện tử",
        [
            new("Hỗ trợ doanh nghiệp đưa sản phẩm lên các sàn thương mại điện tử trong nước và quốc tế",
                "Sở Công Thương", "Các sàn thương mại điện tử", "2021 - 2025", "50 doanh nghiệp", "Doanh nghiệp đối ứng",
                [.. Year(2021, np: 150, pr: 50, en: 100), .. Year(2022, np: 150, pr: 50, en: 100), .. Year(2023, np: 150, pr: 50, en: 100),
                 .. Year(2024, np: 150, pr: 50, en: 100), .. Year(2025, np: 150, pr: 50, en: 127.5m)]),
            new("Xây dựng và duy trì sàn giao dịch thương mại điện tử của tỉnh",
                "Sở Thông tin và Truyền thông", "Sở Công Thương", "2021 - 2025", "01 sàn giao dịch", "",
                [.. Year(2021, np: 700, pr: 300), .. Year(2022, pr: 60), .. Year(2023, pr: 60), .. Year(2024, pr: 60), .. Year(2025, pr: 60)]),
            new("Hỗ trợ truy xuất nguồn gốc các sản phẩm nông sản chủ lực của tỉnh bằng mã QR",
                "Sở Nông nghiệp và Phát triển nông thôn", "Sở Khoa học và Công nghệ", "2023 - 2025", "30 sản phẩm", "",
                [.. Year(2023, np: 200, oc: 50, pr: 80, di: 40, en: 60), .. Year(2024, np: 200, oc: 50, pr: 80, di: 40, en: 60),
                    .. Year(2025, np: 200, oc: 50, pr: 80, di: 40, en: 60)]),
        ]),
    ], []);

    /// <summary>Item × source over the whole period (no year split), with some money from other lawful sources.</summary>
    public static TruePlan ByItemWithoutYears { get; } = ByItemAndYear.WithoutYears()
        .With(FundingSource.Other, ("Tổ chức hội nghị", 25m), ("Hỗ trợ doanh nghiệp đưa", 200m));

    /// <summary>Year × source only; the tasks are listed without money.</summary>
    public static TruePlan ByYearWithoutItems { get; } = ByItemAndYear.ByYearWithoutItems();

    private static IEnumerable<TrueAmount> Year(int year, decimal np = 0, decimal oc = 0, decimal pr = 0, decimal di = 0, decimal en = 0)
    {
        var parts = new (FundingSource Source, string? Sub, decimal Amount)[]
        {
            (FundingSource.Central, SubSources.NationalProgramme, np), (FundingSource.Central, SubSources.OtherCentral, oc),
            (FundingSource.Local, SubSources.Provincial, pr), (FundingSource.Local, SubSources.District, di),
            (FundingSource.Enterprise, null, en),
        };
        return parts.Where(p => p.Amount != 0).Select(p => new TrueAmount(year, p.Source, p.Sub, p.Amount));
    }
}
