using System.Net;
using EcomCompare.Workbooks.Tests.Support;

namespace EcomCompare.Workbooks.Tests;

/// <summary><c>/export/discrepancies.xlsx</c> carries the data-quality page's words and columns, in its language.</summary>
[Collection(ServerCollection.Name)]
public sealed class DiscrepanciesWorkbookTests(ServerFixture fixture)
{
    [Fact]
    public async Task TheWorkbookSaysEachCaseAsThePageDoes()
    {
        using var response = await fixture.Client.GetAsync("export/discrepancies.xlsx?provinces=thai-binh");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new WorkbookReader(await response.Content.ReadAsByteArrayAsync());
        const string data = "Dữ liệu";
        Assert.Equal(
            [
                "Mã tỉnh", "Tỉnh/thành", "Văn bản", "Dòng", "Loại", "Giải thích", "Số ghi trong văn bản (triệu đồng)", "Số tính lại (triệu đồng)",
                "Chênh lệch (triệu đồng)",
                "Khối dữ liệu dùng số nào"],
            new[] { "A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1" }.Select(r => book.Text(data, r)));
        Assert.All(
            book.Column(data, "C"), c => Assert.Equal(
                "Kế hoạch phát triển thương mại điện tử Thái Bình giai đoạn 2021–2025 — Quyết định 3192/QĐ-UBND ngày 18/11/2020", c));
        Assert.Equal("Số quyết định", book.Text(data, "E2"));
        Assert.Equal(
            "Dòng 3 in số quyết định là 319/QĐ-UBND, nhưng danh mục văn bản và các phụ lục của chính văn bản ghi 3192/QĐ-UBND.",
            book.Text(data, "F2"));
        Assert.Equal(
            "Dòng nhóm IV ghi 165 ngân sách trung ương năm 2021, nhưng các mục của nhóm chỉ có 40: 125 không thuộc mục nào.", book.Text(data, "F3"));
        Assert.StartsWith("Khối dữ liệu dùng con số 165 của dòng nhóm", book.Text(data, "J3"), StringComparison.Ordinal);
        Assert.Equal(165m, book.Number(data, "G3"));
    }
}
