using EcomCompare.Cube.Query;


namespace EcomCompare.Charts.Definitions;

/// <summary>The words of the charts, in Vietnamese and English.</summary>
internal sealed record ChartWords
{
    public static ChartWords Vi { get; } = new()
    {
        MillionVnd = "Triệu đồng",
        Share = "Tỷ trọng (%)",
        LocalPerCentral = "Đồng địa phương trên 1 đồng trung ương",
        Sources = "Nguồn",
        Categories = "Nhóm nhiệm vụ",
        DataFrom = "Số liệu",
        Decision = "Quyết định số",
        Of = "ngày",
        Compiled = "kế hoạch phát triển thương mại điện tử của tỉnh/thành; tổng hợp: EcomCompare",
        NoMoney = "không có kinh phí",
        NothingInSlice = "Không có dữ liệu cho lựa chọn này",
        WholePeriod = "cả kỳ",
        LocalEqualsCentral = "địa phương = trung ương",
        DarkerIsMore = "màu đậm hơn = nhiều hơn",
    };

    public static ChartWords En { get; } = new()
    {
        MillionVnd = "Million VND",
        Share = "Share (%)",
        LocalPerCentral = "Local VND per 1 VND of central money",
        Sources = "Sources",
        Categories = "Categories",
        DataFrom = "Data",
        Decision = "Decision No.",
        Of = "of",
        Compiled = "provincial e-commerce development plans; compiled by EcomCompare",
        NoMoney = "no funding",
        NothingInSlice = "No data for this selection",
        WholePeriod = "whole period",
        LocalEqualsCentral = "local = central",
        DarkerIsMore = "darker = more",
    };

    public required string MillionVnd { get; init; }

    public required string Share { get; init; }

    public required string LocalPerCentral { get; init; }

    public required string Sources { get; init; }

    public required string Categories { get; init; }

    public required string DataFrom { get; init; }

    public required string Decision { get; init; }

    public required string Of { get; init; }

    public required string Compiled { get; init; }

    public required string NoMoney { get; init; }

    public required string NothingInSlice { get; init; }

    public required string WholePeriod { get; init; }

    public required string LocalEqualsCentral { get; init; }

    public required string DarkerIsMore { get; init; }

    public static ChartWords For(Language language) => language == Language.En ? En : Vi;
}
