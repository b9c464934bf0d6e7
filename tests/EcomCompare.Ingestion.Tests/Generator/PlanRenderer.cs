namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// A plan decision as a province writes it, from the truth and a case: the decision, the plan's text with its
/// budget section (the total sentence and a bullet per source), then the budget appendix (title, unit, table) and,
/// for a plan with money by year only, the task list.
/// </summary>
internal static class PlanRenderer
{
    public const string Decision = "1/QĐ-UBND";

    public static PlanDocument Render(TruePlan truth, PlanCase c)
    {
        var province = truth.Province;
        var upper = province.ToUpperInvariant();
        var blocks = new List<Block>
        {
            new Paragraph($"ỦY BAN NHÂN DÂN TỈNH {upper}", Bold: true, Centered: true),
            new Paragraph($"Số: {Decision}"),
            new Paragraph($"{province}, ngày 15 tháng 6 năm 2021", Italic: true),
            new Paragraph("QUYẾT ĐỊNH", Bold: true, Centered: true),
            new Paragraph($"Ban hành Kế hoạch phát triển thương mại điện tử tỉnh {province} giai đoạn 2021 - 2025", Bold: true, Centered: true),
            new Paragraph("(Văn bản do bộ sinh kế hoạch của kiểm thử soạn; tên tỉnh và số liệu không có thật)", Italic: true, Centered: true),
            new Paragraph($"ỦY BAN NHÂN DÂN TỈNH {upper}", Bold: true, Centered: true),
            new Paragraph("Căn cứ Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ phê duyệt Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021 - 2025;", Italic: true),
            new Paragraph("QUYẾT ĐỊNH:", Bold: true, Centered: true),
            new Paragraph($"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thương mại điện tử tỉnh {province} giai đoạn 2021 - 2025."),
            new Paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
            new Paragraph("KẾ HOẠCH", Bold: true, Centered: true),
            new Paragraph("I. MỤC TIÊU", Bold: true),
            new Paragraph("Phát triển thương mại điện tử trở thành kênh phân phối quan trọng của doanh nghiệp trên địa bàn tỉnh."),
            new Paragraph("II. NHIỆM VỤ", Bold: true),
            new Paragraph(c.Shape == TableShape.YearRows ? "Các nhiệm vụ cụ thể tại Phụ lục II kèm theo." : "Các nhiệm vụ và kinh phí cụ thể tại Phụ lục I kèm theo."),
            new Paragraph("III. KINH PHÍ THỰC HIỆN", Bold: true),
        };
        blocks.AddRange(Wording.TextTotal(c.TextTotal, truth).Select(line => new Paragraph(line)));
        blocks.Add(new Paragraph("(Chi tiết tại Phụ lục I kèm theo)", Italic: true));
        blocks.Add(new Paragraph("IV. TỔ CHỨC THỰC HIỆN", Bold: true));
        blocks.Add(new Paragraph("Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành, địa phương triển khai thực hiện Kế hoạch này."));

        var title = c.Shape == TableShape.YearRows
            ? $"KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ TỈNH {upper} GIAI ĐOẠN 2021 - 2025 THEO NĂM VÀ NGUỒN VỐN"
            : $"DANH MỤC NHIỆM VỤ VÀ KINH PHÍ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ TỈNH {upper} GIAI ĐOẠN 2021 - 2025";
        if (c.UnitAt == UnitPlacement.Heading && c.Unit != TableUnit.None)
        {
            title += $" ({Wording.UnitLine(c.Unit)})";
        }

        blocks.Add(new Paragraph("PHỤ LỤC I", Bold: true, Centered: true, NewPage: true));
        blocks.Add(new Paragraph(title, Bold: true, Centered: true));
        blocks.Add(new Paragraph($"(Kèm theo Quyết định số {Decision} ngày 15/6/2021 của Ủy ban nhân dân tỉnh {province})", Italic: true, Centered: true));
        if (c.UnitAt == UnitPlacement.Above && c.Unit != TableUnit.None)
        {
            blocks.Add(new Paragraph(Wording.UnitLine(c.Unit), Italic: true));
        }

        blocks.Add(new TableBlock(BudgetTables.Budget(truth, c)));
        if (c.Shape == TableShape.YearRows)
        {
            blocks.Add(new Paragraph("PHỤ LỤC II", Bold: true, Centered: true, NewPage: true));
            blocks.Add(new Paragraph("DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", Bold: true, Centered: true));
            blocks.Add(new TableBlock(BudgetTables.TaskList(truth, c)));
        }

        return new PlanDocument(blocks);
    }
}
