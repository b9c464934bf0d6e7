using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EcomCompare.Testing;

/// <summary>
/// A plan in the text form (lines; tab-separated table rows; <c>&lt;b&gt;</c> for bold) written as a Word document,
/// as a province would send it: each line a paragraph, each run of table rows a Word table (bold cells as bold runs).
/// </summary>
public static class PlanDocx
{
    /// <summary>The .docx bytes of <paramref name="text"/>; <paramref name="fillerPages"/> pages of prose before the appendix.</summary>
    public static byte[] From(string text, int fillerPages = 0)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            Table? table = null;
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
            var appendix = lines.FindIndex(l => l.Trim().StartsWith("Phụ lục", StringComparison.OrdinalIgnoreCase));
            for (var i = 0; i < lines.Count; i++)
            {
                if (i == appendix)
                {
                    for (var page = 0; page < fillerPages; page++)
                    {
                        for (var p = 0; p < 14; p++)
                        {
                            body.Append(Paragraph($"Nội dung thuyết minh trang {page + 1}, đoạn {p + 1}: tổ chức thực hiện, phân công nhiệm vụ cho các sở, ban, ngành và "
                                + "địa phương, chế độ báo cáo, kiểm tra, giám sát việc triển khai kế hoạch theo quy định.", false));
                        }

                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    }
                }

                var line = lines[i];
                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    if (table is null)
                    {
                        table = new Table(new TableProperties(new TableBorders(
                            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
                        body.Append(table);
                    }

                    table.Append(new TableRow(line.Split('\t').Select(cell => new TableCell(Paragraph(Plain(cell), IsBold(cell))))));
                    continue;
                }

                table = null;
                body.Append(Paragraph(Plain(line), IsBold(line)));
            }

            word.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static bool IsBold(string text) => text.Contains("<b>", StringComparison.Ordinal);

    private static string Plain(string text) => text
        .Replace("<b>", string.Empty, StringComparison.Ordinal).Replace("</b>", string.Empty, StringComparison.Ordinal)
        .Replace("<i>", string.Empty, StringComparison.Ordinal).Replace("</i>", string.Empty, StringComparison.Ordinal);

    private static Paragraph Paragraph(string text, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.RunProperties = new RunProperties(new Bold());
        }

        return new Paragraph(run);
    }
}
