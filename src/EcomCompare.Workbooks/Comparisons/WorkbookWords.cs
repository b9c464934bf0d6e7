using EcomCompare.Cube.Query;
using EcomCompare.Views.Words;


namespace EcomCompare.Workbooks.Comparisons;

/// <summary>The workbooks' words, in Vietnamese and English.</summary>
internal sealed record WorkbookWords
{
    public static WorkbookWords Vi { get; } = new()
    {
        Data = "Dữ liệu",
        Summary = "Tổng hợp",
        Sources = "Nguồn",
        ProvinceCode = "Mã tỉnh",
        Province = "Tỉnh/thành",
        Year = "Năm",
        Total = "Tổng",
        ShareOf = "Tỷ trọng ",
        ShareAxis = "Tỷ trọng",
        MillionVnd = "Triệu đồng",
        CategoryCode = "Mã nhóm",
        Category = "Nhóm nhiệm vụ",
        SourceCode = "Mã nguồn",
        Source = "Nguồn kinh phí",
        SubSource = "Nguồn kinh phí chi tiết",
        ItemCode = "Mã mục",
        Item = "Nội dung",
        Agency = "Cơ quan chủ trì",
        Amount = "Kinh phí (triệu đồng)",
        Document = "Văn bản",
        Line = "Dòng",
        Unitemized = "Chưa chi tiết",
        Yes = "có",
        SourcesTitle = "Nguồn số liệu",
        Decision = "Số quyết định",
        DecisionDate = "Ngày",
        DocumentFile = "Tệp",
        StatedTotal = "Tổng theo văn bản (triệu đồng)",
        CubeTotal = "Tổng trong dữ liệu (triệu đồng)",
        Unit = "Đơn vị",
        UnitValue = "triệu đồng (số liệu gốc; tỷ trọng tính trong bảng)",
        Slice = "Bộ lọc (trong địa chỉ)",
        WholeCube = "không lọc",
        BuildId = "Mã bản dựng dữ liệu",
        BuiltAt = "Thời điểm dựng dữ liệu",
        Fingerprint = "Dấu vân tay các văn bản nguồn",
        Refresh = "Làm mới dữ liệu này (OData)",
        RefreshHow = "Cách làm mới",
        RefreshHowValue = "Excel: Dữ liệu → Lấy dữ liệu → Từ nguồn khác → Từ nguồn cấp OData, dán URL ở trên.",
        AllSplits = "Cơ cấu nguồn cả kỳ của mọi tỉnh (OData)",
        AllSplitsByYear = "Cơ cấu nguồn theo năm của mọi tỉnh (OData)",
        Chart = "Biểu đồ của cùng phạm vi (SVG)",
        NativeGroup = "Nhóm của tỉnh",
        ShareOfProvince = "Tỷ trọng trong tổng kinh phí của tỉnh",
        GrandTotal = "Tổng cộng",
        ShareOfRow = "tỷ trọng theo hàng",
        ShareOfColumn = "tỷ trọng theo cột",
        ShareOfTotal = "tỷ trọng trên tổng cộng",
        Indicator = "Chỉ tiêu",
        Comparator = "Mức",
        Value = "Giá trị",
        ValueMax = "Giá trị tối đa",
        UnitColumn = "Đơn vị",
        Text = "Câu gốc trong văn bản",
        Kind = "Loại",
        Scope = "Phạm vi",
        Stated = "Số ghi trong văn bản",
        Computed = "Số tính lại",
        Difference = "Chênh lệch",
        Message = "Giải thích",
        Kept = QualityWords.Vi.KeptHeading,
        Producer = "Tạo bởi",
        About = "Thông tin",
        Contents = "Nội dung",
        Provinces = "Tỉnh/thành",
        Years = "Năm",
        SourcesLabel = "Nguồn kinh phí",
        Categories = "Nhóm nhiệm vụ",
        MeasureLabel = "Số liệu",
        UnitsLabel = "Đơn vị",
        BuiltAtVietnam = "Dữ liệu dựng lúc",
        AllProvinces = "cả {0} tỉnh/thành trong dữ liệu: {1}",
        AllSources = "tất cả các nguồn: {0}",
        OnlySources = "chỉ {0}",
        PartialSources =
            "Lưu ý: tệp này chỉ gồm {0}, không phải toàn bộ kinh phí của các kế hoạch. Đừng đọc các tổng trong tệp như tổng ngân sách.",
        AllCategories = "tất cả {0} nhóm",
        MoneyUnit = "triệu đồng",
        UnitsMoney = "kinh phí: triệu đồng; tỷ trọng: % (tính trong bảng)",
        UnitsTargets = "mỗi chỉ tiêu theo đơn vị của nó (cột Đơn vị); kinh phí: triệu đồng",
        DocumentsHeading = "Văn bản nguồn của số liệu",
        PlanDocument = "Kế hoạch (tên văn bản)",
        TechnicalHeading = "Thông tin kỹ thuật",
        NoData = "Không có dữ liệu cho lựa chọn này.",
        PageOf = "Trang {0} / {1}",
        Footer = "EcomCompare · dữ liệu dựng {0}",
        Comparison = "So sánh",
        National = "Cả nước 2025 (645/QĐ-TTg)",
        BelowNational = "Thấp hơn mức cả nước",
        NotStated = "không nêu",
        NoNumber = "có (không định lượng)",
    };

    public static WorkbookWords En { get; } = new()
    {
        Data = "Data",
        Summary = "Summary",
        Sources = "Sources",
        ProvinceCode = "Province code",
        Province = "Province",
        Year = "Year",
        Total = "Total",
        ShareOf = "Share ",
        ShareAxis = "Share",
        MillionVnd = "Million VND",
        CategoryCode = "Category code",
        Category = "Task category",
        SourceCode = "Source code",
        Source = "Funding source",
        SubSource = "Part of the source",
        ItemCode = "Item",
        Item = "Description",
        Agency = "Lead agency",
        Amount = "Amount (million VND)",
        Document = "Document",
        Line = "Line",
        Unitemized = "Unitemized",
        Yes = "yes",
        SourcesTitle = "Sources of the data",
        Decision = "Decision number",
        DecisionDate = "Date",
        DocumentFile = "File",
        StatedTotal = "Total stated in the document (million VND)",
        CubeTotal = "Total in the cube (million VND)",
        Unit = "Unit",
        UnitValue = "million VND (figures as published; shares computed in the sheet)",
        Slice = "Filter (as in the address)",
        WholeCube = "none",
        BuildId = "Cube build id",
        BuiltAt = "Data built at",
        Fingerprint = "Fingerprint of the source documents",
        Refresh = "Refresh this data (OData)",
        RefreshHow = "How to refresh",
        RefreshHowValue = "Excel: Data → Get Data → From Other Sources → From OData Feed, paste the URL above.",
        AllSplits = "Whole-period split of every province (OData)",
        AllSplitsByYear = "Split per year of every province (OData)",
        Chart = "Chart of the same slice (SVG)",
        NativeGroup = "Province's own group",
        ShareOfProvince = "Share of the province's money",
        GrandTotal = "Grand total",
        ShareOfRow = "share of row",
        ShareOfColumn = "share of column",
        ShareOfTotal = "share of grand total",
        Indicator = "Indicator",
        Comparator = "Comparison",
        Value = "Value",
        ValueMax = "Upper value",
        UnitColumn = "Unit",
        Text = "Original sentence (Vietnamese)",
        Kind = "Kind",
        Scope = "Scope",
        Stated = "Stated",
        Computed = "Computed",
        Difference = "Difference",
        Message = "Explanation",
        Kept = QualityWords.En.KeptHeading,
        Producer = "Made by",
        About = "About",
        Contents = "Contents",
        Provinces = "Provinces",
        Years = "Years",
        SourcesLabel = "Funding sources",
        Categories = "Task categories",
        MeasureLabel = "Figures",
        UnitsLabel = "Units",
        BuiltAtVietnam = "Data built at",
        AllProvinces = "all {0} provinces in the data: {1}",
        AllSources = "all sources: {0}",
        OnlySources = "only {0}",
        PartialSources =
            "Note: this file holds {0} only, not the plans' whole budget. Do not read its totals as the whole budget.",
        AllCategories = "all {0} categories",
        MoneyUnit = "million VND",
        UnitsMoney = "money: million VND; shares: % (computed in the sheet)",
        UnitsTargets = "each indicator in its own unit (the Unit column); money: million VND",
        DocumentsHeading = "Source documents of the figures",
        PlanDocument = "Plan (document name)",
        TechnicalHeading = "Technical details",
        NoData = "No data for this selection.",
        PageOf = "Page {0} of {1}",
        Footer = "EcomCompare · data built {0}",
        Comparison = "Comparison",
        National = "National 2025 (645/QĐ-TTg)",
        BelowNational = "Below the national target",
        NotStated = "not stated",
        NoNumber = "yes (no number)",
    };

    public required string Data { get; init; }
    public required string Summary { get; init; }
    public required string Sources { get; init; }
    public required string ProvinceCode { get; init; }
    public required string Province { get; init; }
    public required string Year { get; init; }
    public required string Total { get; init; }
    public required string ShareOf { get; init; }
    public required string ShareAxis { get; init; }
    public required string MillionVnd { get; init; }
    public required string CategoryCode { get; init; }
    public required string Category { get; init; }
    public required string SourceCode { get; init; }
    public required string Source { get; init; }

    /// <summary>The source dimension's second level (provincial, district budget …).</summary>
    public required string SubSource { get; init; }
    public required string ItemCode { get; init; }
    public required string Item { get; init; }
    public required string Agency { get; init; }
    public required string Amount { get; init; }
    public required string Document { get; init; }
    public required string Line { get; init; }
    public required string Unitemized { get; init; }
    public required string Yes { get; init; }
    public required string SourcesTitle { get; init; }
    public required string Decision { get; init; }
    public required string DecisionDate { get; init; }
    public required string DocumentFile { get; init; }
    public required string StatedTotal { get; init; }
    public required string CubeTotal { get; init; }
    public required string Unit { get; init; }
    public required string UnitValue { get; init; }
    public required string Slice { get; init; }
    public required string WholeCube { get; init; }
    public required string BuildId { get; init; }
    public required string BuiltAt { get; init; }
    public required string Fingerprint { get; init; }
    public required string Refresh { get; init; }
    public required string RefreshHow { get; init; }
    public required string RefreshHowValue { get; init; }
    public required string AllSplits { get; init; }
    public required string AllSplitsByYear { get; init; }
    public required string Chart { get; init; }
    public required string Producer { get; init; }
    public required string NativeGroup { get; init; }
    public required string ShareOfProvince { get; init; }
    public required string GrandTotal { get; init; }
    public required string ShareOfRow { get; init; }
    public required string ShareOfColumn { get; init; }
    public required string ShareOfTotal { get; init; }
    public required string Indicator { get; init; }
    public required string Comparator { get; init; }
    public required string Value { get; init; }
    public required string ValueMax { get; init; }
    public required string UnitColumn { get; init; }
    public required string Text { get; init; }
    public required string Kind { get; init; }
    public required string Scope { get; init; }
    public required string Stated { get; init; }
    public required string Computed { get; init; }
    public required string Difference { get; init; }
    public required string Message { get; init; }
    public required string Kept { get; init; }

    public required string About { get; init; }
    public required string Contents { get; init; }
    public required string Provinces { get; init; }
    public required string Years { get; init; }
    public required string SourcesLabel { get; init; }
    public required string Categories { get; init; }
    public required string MeasureLabel { get; init; }
    public required string UnitsLabel { get; init; }
    public required string BuiltAtVietnam { get; init; }
    public required string AllProvinces { get; init; }
    public required string AllSources { get; init; }
    public required string OnlySources { get; init; }
    public required string PartialSources { get; init; }
    public required string AllCategories { get; init; }
    public required string MoneyUnit { get; init; }
    public required string UnitsMoney { get; init; }
    public required string UnitsTargets { get; init; }
    public required string DocumentsHeading { get; init; }
    public required string PlanDocument { get; init; }
    public required string TechnicalHeading { get; init; }
    public required string NoData { get; init; }
    public required string PageOf { get; init; }
    public required string Footer { get; init; }
    public required string Comparison { get; init; }
    public required string National { get; init; }
    public required string BelowNational { get; init; }
    public required string NotStated { get; init; }
    public required string NoNumber { get; init; }

    public static WorkbookWords For(Language language) => language == Language.En ? En : Vi;
}
