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
        Decision = "Quyết định",
        DecisionDate = "Ngày",
        DocumentFile = "Văn bản nguồn (tệp)",
        StatedTotal = "Tổng theo văn bản (triệu đồng)",
        CubeTotal = "Tổng trong khối dữ liệu (triệu đồng)",
        Unit = "Đơn vị",
        UnitValue = "triệu đồng (số liệu gốc; tỷ trọng tính trong bảng)",
        Slice = "Phạm vi",
        WholeCube = "toàn bộ khối dữ liệu",
        BuildId = "Khối dữ liệu (mã bản dựng)",
        BuiltAt = "Thời điểm dựng khối (UTC)",
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
        Comparator = "So sánh",
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
        Decision = "Decision",
        DecisionDate = "Date",
        DocumentFile = "Source document (file)",
        StatedTotal = "Total stated in the document (million VND)",
        CubeTotal = "Total in the cube (million VND)",
        Unit = "Unit",
        UnitValue = "million VND (figures as published; shares computed in the sheet)",
        Slice = "Slice",
        WholeCube = "the whole cube",
        BuildId = "Cube build id",
        BuiltAt = "Cube built at (UTC)",
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
        Comparator = "Comparator",
        Value = "Value",
        ValueMax = "Upper value",
        UnitColumn = "Unit",
        Text = "Original sentence",
        Kind = "Kind",
        Scope = "Scope",
        Stated = "Stated",
        Computed = "Computed",
        Difference = "Difference",
        Message = "Explanation",
        Kept = QualityWords.En.KeptHeading,
        Producer = "Made by",
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

    public static WorkbookWords For(Language language) => language == Language.En ? En : Vi;
}
