using System.Globalization;
using System.Text.RegularExpressions;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Tables;

/// <summary>What a header cell says about the columns under it.</summary>
internal enum HeaderKind
{
    /// <summary>An empty cell.</summary>
    Empty,

    /// <summary>"TT", "STT": the row's code.</summary>
    Code,

    /// <summary>"Nội dung", "Hạng mục công việc", "Nguồn kinh phí": the row's label.</summary>
    Name,

    /// <summary>"2021", "Năm 2021".</summary>
    Year,

    /// <summary>A funding source or a part of one: "TW", "Ngân sách địa phương", "Cấp huyện".</summary>
    Source,

    /// <summary>"Tổng cộng", "Tổng số", "Cộng", "Giai đoạn 2021-2025": the sum of what the other columns in its scope hold.</summary>
    Total,

    /// <summary>A column of text about the item: lead agency, partners, timing, output, notes.</summary>
    Attribute,

    /// <summary>Quantities and prices of a unit-cost breakdown ("Số lượng", "Đơn giá", "Thành tiền"): not the budget.</summary>
    NotMoney,

    /// <summary>Words over other columns that give them no meaning of their own: "Kinh phí", "Nguồn vốn", "Năm thực hiện", "ĐVT: triệu đồng".</summary>
    Neutral,
}

/// <summary>What an attribute column holds.</summary>
public enum ItemAttribute
{
    /// <summary>"Đơn vị chủ trì", "Cơ quan chủ trì", "Đơn vị thực hiện": the lead agency (the cube's item agency).</summary>
    Agency,

    /// <summary>"Đơn vị phối hợp", "Cơ quan phối hợp".</summary>
    Partner,

    /// <summary>"Thời gian thực hiện", "Tiến độ".</summary>
    Timing,

    /// <summary>"Sản phẩm", "Kết quả", "Sản phẩm đầu ra".</summary>
    Output,

    /// <summary>"Ghi chú".</summary>
    Notes,

    /// <summary>A text column with a title this code does not know (kept, not read as money).</summary>
    Other,
}

/// <summary>One header cell, read.</summary>
/// <param name="Kind">What it says.</param>
/// <param name="Text">The cell's text, cleaned.</param>
/// <param name="Year">For <see cref="HeaderKind.Year"/>.</param>
/// <param name="Source">For <see cref="HeaderKind.Source"/>.</param>
/// <param name="Attribute">For <see cref="HeaderKind.Attribute"/>.</param>
/// <param name="Unit">A unit the cell states ("Kinh phí (triệu đồng)"), whatever its kind.</param>
internal sealed partial record HeaderCell(HeaderKind Kind, string Text, int? Year = null, SourceLabel? Source = null,
    ItemAttribute? Attribute = null, MoneyUnit? Unit = null)
{
    /// <summary>A cell that says two things at once, "NSTW - Tổng": besides its source or year, it is a total.</summary>
    public bool AlsoTotal { get; init; }

    /// <summary>True when the cell is a total, alone or with a year or source.</summary>
    public bool IsTotal => Kind == HeaderKind.Total || AlsoTotal;

    /// <summary>
    /// Reads a header cell's text. A cell of one header row that names a year and a source together ("Năm 2021 -
    /// NSTW", "NGÂN SÁCH TRUNG ƯƠNG - Năm 2021", "NSĐP - Cấp tỉnh", "DN / 2022") is read part by part.
    /// </summary>
    public static HeaderCell Read(string raw, FundingSourceLabels labels)
    {
        // Parts first: "NGÂN SÁCH TRUNG ƯƠNG - Năm 2021" as a whole only says "central" (a source label contains it).
        var whole = ReadOne(raw, labels);
        if (whole.Kind is HeaderKind.Empty or HeaderKind.Year or HeaderKind.Code)
        {
            return whole;
        }

        var pieces = Separator().Split(CellText.Clean(raw)).Where(p => p.Trim().Length > 0).ToList();
        if (pieces.Count is < 2 or > 3)
        {
            return whole;
        }

        var parts = pieces.Select(p => ReadOne(p, labels)).ToList();
        if (!parts.All(p => p.Kind is HeaderKind.Year or HeaderKind.Source or HeaderKind.Total)
            || !parts.Any(p => p.Kind is HeaderKind.Year or HeaderKind.Source))
        {
            return whole;
        }

        var years = parts.Where(p => p.Year is not null).Select(p => p.Year).Distinct().ToList();
        var sources = parts.Where(p => p.Source is not null).Select(p => p.Source!.Value).ToList();
        if (years.Count > 1 || sources.Select(s => s.Source).Distinct().Count() > 1)
        {
            return whole;
        }

        SourceLabel? source = sources.Count == 0 ? null
            : new SourceLabel(sources[0].Source, sources.Select(s => s.Part).LastOrDefault(p => p is not null));
        return new HeaderCell(source is null ? HeaderKind.Year : HeaderKind.Source, whole.Text, years.FirstOrDefault(), source, Unit: whole.Unit)
        {
            AlsoTotal = parts.Any(p => p.Kind == HeaderKind.Total),
        };
    }

    private static HeaderCell ReadOne(string raw, FundingSourceLabels labels)
    {
        var text = CellText.Clean(raw);
        if (text.Length == 0)
        {
            return new HeaderCell(HeaderKind.Empty, text);
        }

        var units = MoneyUnit.Stated(text, out var said);
        var unit = units.Count > 0 ? units[0] : null;
        // The words without the unit note: "Kinh phí (triệu đồng)" → "kinh phí"; "Năm 2021 (triệu đồng)" → "năm 2021".
        var key = CellText.Key(text);
        foreach (var phrase in said)
        {
            key = key.Replace(phrase, " ", StringComparison.Ordinal);
        }

        key = Regex.Replace(key, @"\s+", " ").Trim(' ', ':', '.', ',', ';', '(', ')', '-', '*');
        if (key.Length == 0)
        {
            return new HeaderCell(HeaderKind.Neutral, text, Unit: unit);
        }

        var year = YearLabel().Match(key);
        if (year.Success)
        {
            return new HeaderCell(HeaderKind.Year, text, Year: int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture), Unit: unit);
        }

        if (CodeTitle().IsMatch(key))
        {
            return new HeaderCell(HeaderKind.Code, text, Unit: unit);
        }

        if (TotalTitle().IsMatch(key))
        {
            return new HeaderCell(HeaderKind.Total, text, Unit: unit);
        }

        if (NotMoneyTitle().IsMatch(key))
        {
            return new HeaderCell(HeaderKind.NotMoney, text, Unit: unit);
        }

        if (AttributeOf(key) is { } attribute)
        {
            return new HeaderCell(HeaderKind.Attribute, text, Attribute: attribute, Unit: unit);
        }

        if (labels.TryRead(key) is { } source)
        {
            return new HeaderCell(HeaderKind.Source, text, Source: source, Unit: unit);
        }

        if (NameTitle().IsMatch(key))
        {
            return new HeaderCell(HeaderKind.Name, text, Unit: unit);
        }

        return new HeaderCell(HeaderKind.Neutral, text, Unit: unit);
    }

    /// <summary>True for a cell that is an amount and not a year ("1.200", "46,3"; not "2021").</summary>
    public static bool IsAmount(string cell) =>
        !YearLabel().IsMatch(CellText.Key(cell).Trim()) && VietnameseNumbers.TryParseAmount(cell, out var amount) && amount is not null;

    /// <summary>True for the titles a table's first column has: "TT", "STT", "Số TT", "T T".</summary>
    public static bool IsCodeTitle(string cell) => CodeTitle().IsMatch(CellText.Key(cell).Trim(' ', '.', ':'));

    /// <summary>True for the titles a table's label column has: "Nội dung", "Hạng mục công việc", "Nhiệm vụ", "Nguồn kinh phí", "Năm".</summary>
    public static bool IsNameTitle(string cell) => NameTitle().IsMatch(CellText.Key(cell).Trim(' ', '.', ':'));

    private static ItemAttribute? AttributeOf(string key) =>
        Agency().IsMatch(key) ? ItemAttribute.Agency
        : Partner().IsMatch(key) ? ItemAttribute.Partner
        : Timing().IsMatch(key) ? ItemAttribute.Timing
        : Output().IsMatch(key) ? ItemAttribute.Output
        : Notes().IsMatch(key) ? ItemAttribute.Notes
        : null;

    [GeneratedRegex(@"^(?:năm\s*)?(?<y>(?:19|20)\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLabel();

    // Between the parts of a cell that names two things: " - ", " – ", " / ", a line break, "|", ";" (not a comma:
    // "Các chương trình, nguồn vốn trung ương khác" is one label).
    [GeneratedRegex(@"\s+[-–—/|]\s+|\s*[|;\n]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:s\s*t\s*t|t\s*t|số\s*(?:t\s*t|thứ tự)|stt|tt)$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeTitle();

    // "Tổng cộng", "Tổng số", "Tổng kinh phí", "Cộng", "Giai đoạn 2021-2025", "Cả giai đoạn", "Tổng cộng 2021-2025".
    [GeneratedRegex(@"^(?:tổng\b.*|cộng|(?:cả\s+)?giai đoạn(?:\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|5 năm|cả kỳ)$", RegexOptions.CultureInvariant)]
    private static partial Regex TotalTitle();

    [GeneratedRegex(@"^(?:số lượng|khối lượng|đơn giá|thành tiền|định mức|đơn vị tính|đvt)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotMoneyTitle();

    [GeneratedRegex(@"^(?:nội dung|nhiệm vụ|tên nhiệm vụ|hạng mục|danh mục|tên (?:dự án|chương trình|hoạt động|đề án)|chương trình|dự án|hoạt động|nguồn kinh phí|nguồn vốn|năm)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameTitle();

    [GeneratedRegex(@"^(?:đơn vị|cơ quan|sở|ngành)?\s*(?:chủ trì|thực hiện|được giao|chịu trách nhiệm|quản lý)|^(?:đơn vị|cơ quan)(?: chủ quản)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Agency();

    [GeneratedRegex(@"phối hợp", RegexOptions.CultureInvariant)]
    private static partial Regex Partner();

    [GeneratedRegex(@"^(?:thời gian|tiến độ|thời hạn|năm thực hiện$|lộ trình)", RegexOptions.CultureInvariant)]
    private static partial Regex Timing();

    [GeneratedRegex(@"^(?:sản phẩm|kết quả|dự kiến (?:sản phẩm|kết quả))", RegexOptions.CultureInvariant)]
    private static partial Regex Output();

    [GeneratedRegex(@"^ghi chú", RegexOptions.CultureInvariant)]
    private static partial Regex Notes();
}
