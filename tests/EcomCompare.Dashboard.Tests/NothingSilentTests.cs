using EcomCompare.Dashboard.Pages;
using EcomCompare.Dashboard.Tests.Harness;

namespace EcomCompare.Dashboard.Tests;

/// <summary>
/// Nothing silent (issue 25): every value of the address a page cannot take is named, in the UI's language, instead
/// of being quietly replaced by a default; a filter with no money says so in words; the footer speaks Vietnam time
/// and keeps the build id and timings behind "Thông tin kỹ thuật".
/// </summary>
public class NothingSilentTests
{
    [Theory]
    [InlineData("/?mode=year&year=2030", "year: không có „2030” trong dữ liệu (có: 2021–2025)")]
    [InlineData("/?mode=year&year=2030&lang=en", "year: the data has no “2030” (it has: 2021–2025)")]
    [InlineData("/?mode=weekly", "„mode=weekly”: trang này không dùng giá trị này (dùng được: year, multiples)")]
    [InlineData("/?mode=year&year=soon&lang=en", "“year=soon”: this page does not take that value (it takes: 2021, 2022, 2023, 2024, 2025)")]
    [InlineData("/?layout=multiples&measure=half", "„measure=half”")]
    [InlineData("/trends?years=2025-2021&lang=en", "“years” runs backwards: “2025-2021” — the first year comes first, e.g. years=2021-2025")]
    [InlineData("/trends?layout=pie", "„layout=pie”")]
    [InlineData("/categories?by=item&lang=en", "“by=item”: this page does not take that value (it takes: category, native)")]
    [InlineData("/explorer?rows=foo", "„rows=foo”: trang này không dùng giá trị này")]
    [InlineData("/explorer?cols=nation&lang=en", "“cols=nation”")]
    [InlineData("/explorer?measure=share", "„measure=share”")]
    [InlineData("/targets?show=some", "„show=some”")]
    [InlineData("/?provinces=Binh%20Dinh", "„provinces” có „Binh Dinh”, không phải là mã")]
    public async Task ABadValueOfTheAddressIsNamedNotReplaced(string address, string message)
    {
        await using var page = address.StartsWith("/trends", StringComparison.Ordinal) ? await PageHarness.OpenAsync<Trends>(address)
            : address.StartsWith("/categories", StringComparison.Ordinal) ? await PageHarness.OpenAsync<Categories>(address)
            : address.StartsWith("/explorer", StringComparison.Ordinal) ? await PageHarness.OpenAsync<Explorer>(address)
            : address.StartsWith("/targets", StringComparison.Ordinal) ? await PageHarness.OpenAsync<Targets>(address)
            : await PageHarness.OpenAsync<FundingSplit>(address);
        Assert.Empty(page.Errors);
        Assert.Contains(message, page.Text("error-panel"), StringComparison.Ordinal);
        Assert.False(page.Has("view-body")); // no figures of some other view under a bad address
    }

    [Fact]
    public async Task AGoodYearIsStillShown()
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>("/?mode=year&year=2022");
        Assert.False(page.Has("error-panel"));
        Assert.Equal("905", page.Text("amount-binh-dinh-central"));
    }

    [Theory]
    [InlineData("/?categories=policy", "Không có dữ liệu cho lựa chọn này")]
    [InlineData("/?categories=policy&lang=en", "No data for this selection")]
    public async Task AFilterWithNoMoneySaysSoInWords(string address, string note)
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>(address);
        Assert.Empty(page.Errors);
        Assert.Contains(note, page.Text("no-data"), StringComparison.Ordinal);
        Assert.False(page.Has("amount-binh-dinh-central"));
    }

    [Theory]
    [InlineData("/trends?categories=policy")]
    [InlineData("/categories?sources=enterprise&provinces=can-tho")]
    [InlineData("/explorer?categories=policy")]
    public async Task EveryMoneyPageSaysWhenItsFilterHasNoMoney(string address)
    {
        await using var page = address.StartsWith("/trends", StringComparison.Ordinal) ? await PageHarness.OpenAsync<Trends>(address)
            : address.StartsWith("/categories", StringComparison.Ordinal) ? await PageHarness.OpenAsync<Categories>(address)
            : await PageHarness.OpenAsync<Explorer>(address);
        Assert.Empty(page.Errors);
        Assert.Equal("Không có dữ liệu cho lựa chọn này " + "Các tỉnh, năm, nguồn vốn và nhóm nhiệm vụ đang chọn không có khoản kinh phí nào chung. "
            + "Hãy nới rộng bộ lọc bên trái.", page.Text("no-data"));
    }

    [Theory]
    [InlineData("/", "Số liệu dựng lúc ", "(giờ Việt Nam, UTC+7)", "Thông tin kỹ thuật")]
    [InlineData("/?lang=en", "Data built ", "(Vietnam time, UTC+7)", "Technical details")]
    public async Task TheFooterSaysVietnamTimeAndKeepsTheTechnicalDetailsBehindADisclosure(
        string address, string builtAt, string zone, string disclosure)
    {
        await using var page = await PageHarness.OpenAsync<FundingSplit>(address);
        var built = page.Text("built-at");
        Assert.StartsWith(builtAt, built, StringComparison.Ordinal);
        Assert.EndsWith(zone, built, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Store.Identity.BuildId, built, StringComparison.Ordinal);
        var details = page.Find("technical-details");
        Assert.Equal("DETAILS", details.TagName);
        Assert.Null(details.GetAttribute("open")); // closed until asked for
        Assert.StartsWith(disclosure, PageHarness.Collapse(details.TextContent), StringComparison.Ordinal);
        Assert.Contains(page.Store.Identity.BuildId, details.TextContent, StringComparison.Ordinal);
    }
}
