namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>What the budget table is a table of.</summary>
public enum TableShape
{
    /// <summary>Items as rows; a column per year × source (Thái Bình, Cần Thơ).</summary>
    YearSourceColumns,

    /// <summary>Items as rows; Tổng | NSTW | NSĐP | DN with no year split.</summary>
    WholePeriodColumns,

    /// <summary>Items as rows with year columns, each followed by one row per source ("Nguồn kinh phí: - …", Bình Định).</summary>
    SourceRows,

    /// <summary>Years as rows (Năm | Tổng | NSTW | NSĐP | DN), the tasks in a separate list without money.</summary>
    YearRows,
}

/// <summary>How groups and items are numbered.</summary>
internal enum GroupCodes
{
    /// <summary>Groups I, II; items 1, 2.</summary>
    Roman,

    /// <summary>Groups 1, 2; items 1.1, 1.2.</summary>
    Arabic,

    /// <summary>Groups A, B; items 1, 2.</summary>
    Letters,
}

/// <summary>Which of year and source spans the other in the header.</summary>
internal enum ColumnOrder
{
    /// <summary>"Năm 2021" spanning NSTW NSĐP DN.</summary>
    YearMajor,

    /// <summary>"Ngân sách trung ương" spanning 2021 … 2025.</summary>
    SourceMajor,
}

internal enum TotalColumn
{
    None,
    First,
    Last,
}

/// <summary>Text columns the table has besides the money, recognised by their header.</summary>
internal enum TextColumns
{
    None,

    /// <summary>Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện, before the money.</summary>
    Before,

    /// <summary>Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm/kết quả | Ghi chú, after the money.</summary>
    After,

    /// <summary>Only Ghi chú, after the money: no lead agency.</summary>
    NotesOnly,
}

/// <summary>Whether and how the parts of a source are shown.</summary>
internal enum SubSourceLayout
{
    None,

    /// <summary>Under "Ngân sách địa phương" spanning "Cấp tỉnh | Cấp huyện".</summary>
    Spanned,

    /// <summary>"Ngân sách cấp tỉnh", "Ngân sách cấp huyện" as columns of their own.</summary>
    Labelled,

    /// <summary>"+ Ngân sách cấp tỉnh" rows under the item's "- Ngân sách địa phương" row.</summary>
    Rows,
}

/// <summary>The unit a table is written in (and says it is written in).</summary>
internal enum TableUnit
{
    Million,
    Thousand,
    ThousandWords,
    Dong,
    Billion,

    /// <summary>No unit stated anywhere (only for a planted error).</summary>
    None,
}

internal enum UnitPlacement
{
    /// <summary>At the end of the appendix's title line.</summary>
    Heading,

    /// <summary>On its own line above the table.</summary>
    Above,

    /// <summary>Inside the header: "Kinh phí (triệu đồng)", "Tổng cộng (triệu đồng)" or a first row "ĐVT: triệu đồng" at the right.</summary>
    InHeader,
}

/// <summary>How the text states the total.</summary>
internal enum TextTotal
{
    DuKienTrieu,
    KhoangTy,
    DongBangChu,
    UocKhoang,
    ToiThieuNghin,
    TongNguonVon,
    WordsInBrackets,
}

/// <summary>How the table names the sources.</summary>
internal enum SourceWording
{
    /// <summary>TW, ĐP, DN.</summary>
    Short,

    /// <summary>NSTW, NSĐP, XHH.</summary>
    Ns,

    /// <summary>"Ngân sách Trung ương (hỗ trợ)", "Vốn huy động hợp pháp khác (doanh nghiệp)" (41 characters).</summary>
    Long,

    /// <summary>NGÂN SÁCH TRUNG ƯƠNG.</summary>
    Upper,

    /// <summary>Ngan sach dia phuong.</summary>
    NoDiacritics,
}

internal enum TotalsLabel
{
    TongCong,
    Cong,
    TongSo,
}

internal enum EmptyCell
{
    Blank,
    Dash,
}

/// <summary>
/// One combination of layout and wording. Every property is one axis; <see cref="PlanAxes"/> lists which axes
/// apply to which shape and the label each value gives the case's name.
/// </summary>
internal sealed record PlanCase
{
    public TableShape Shape { get; init; }

    public GroupCodes Codes { get; init; }

    /// <summary>1, 2 or 3.</summary>
    public int HeaderRows { get; init; } = 2;

    public ColumnOrder Order { get; init; }

    public TotalColumn Total { get; init; } = TotalColumn.Last;

    public TextColumns Text { get; init; }

    public SubSourceLayout SubSources { get; init; }

    /// <summary>Group rows carry their group's sums (bold) or stand without money.</summary>
    public bool GroupSums { get; init; } = true;

    public TableUnit Unit { get; init; } = TableUnit.Million;

    /// <summary>The unit the amounts are really written in, when it is not <see cref="Unit"/>: a planted error.</summary>
    public TableUnit? WrittenIn { get; init; }

    public UnitPlacement UnitAt { get; init; } = UnitPlacement.Above;

    public TextTotal TextTotal { get; init; }

    public SourceWording Labels { get; init; } = SourceWording.Ns;

    public TotalsLabel TotalsRow { get; init; }

    public EmptyCell Empty { get; init; }

    /// <summary>The table breaks before its last group: the header is repeated (a new page in PDF).</summary>
    public bool PageBreak { get; init; }

    /// <summary>The case's readable name (axes and their values), set by <see cref="PlanAxes"/>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>A lead-agency column is in the table.</summary>
    public bool HasAgency => Shape != TableShape.YearRows && Text is TextColumns.Before or TextColumns.After;

    /// <summary>The sub-sources are shown, so the facts must name them.</summary>
    public bool ShowsSubSources => SubSources != SubSourceLayout.None;
}
