using System.Net;
using System.Text;
using System.Text.Json;
using EcomCompare.Access.Users;
using EcomCompare.Browser.Tests.Support;
using EcomCompare.Cube.Build;
using EcomCompare.Ingestion;
using EcomCompare.Testing;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// Issue 24 in Chromium against the published server, a copy of the data folder and its own cube: an editor uploads a
/// made-up plan as .docx, keeps the suggested categories but one, publishes, sees the province on the funding page
/// and in OData's FundingSplits, replaces it with a corrected document, undoes that, and removes it; a viewer reaches
/// none of it. The editing pages pass axe; screenshots for the README at 1440 and 390 px.
/// </summary>
[Trait("Kind", "Browser")]
public sealed class AddPlanBrowserTests : IAsyncLifetime
{
    private const string Password = "Đồi-Mây-2025";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecomcompare-addplan-");
    private string _users = null!;
    private PublishedServer _server = null!;
    private BrowserSession _browser = null!;

    public async Task InitializeAsync()
    {
        var data = TestData.CopyInto(Path.Combine(_dir.FullName, "data"));
        var cube = Path.Combine(Directory.CreateDirectory(Path.Combine(_dir.FullName, "cube")).FullName, "ecomcompare.duckdb");
        CubeBuilder.Build(PlanIngestor.Ingest(Path.Combine(data, "sources"), Path.Combine(data, "categories")), cube);
        _users = Path.Combine(_dir.FullName, "users.tsv");
        var hash = PasswordHash.Create(Password, iterations: 1_000);
        File.WriteAllText(_users, $"mai\t{hash}\teditor\nan\t{hash}\n");
        _server = await PublishedServer.StartAsync(cube, "--Access:UsersFile", _users, "--Data:Path", data);
        _browser = await BrowserSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public async Task AnEditorAddsReplacesUndoesAndRemovesAPlanFromTheDashboard()
    {
        await using var page = await _browser.NewPageAsync(_server.BaseAddress, Chromium.Desktop);
        await SignInAsync(page, "mai", "/plans/add");
        await page.WaitInteractiveAsync();

        // 1. Upload: the check is shown as tables.
        await page.ChooseFileAsync("plan-file", new FilePayload { Name = "ke-hoach-doi-may.docx", MimeType = "application/octet-stream", Buffer = Plan(2500) });
        await page.ByTestId("check-report").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("5.200 triệu đồng", await page.TextAsync("check-total"));
        Assert.Equal("mục nhiệm vụ, cột cả giai đoạn theo nguồn vốn", await page.TextAsync("check-shape"));
        Assert.Equal(5, await page.Page.Locator("[data-testid=check-columns] tbody tr").CountAsync()); // Tổng and four sources
        await ShotAsync(page, "add-plan-check");

        // 2. Details: the code follows the name without diacritics; an existing name is refused.
        await page.ByTestId("details-name").FillAsync("Thái Bình");
        await page.ByTestId("details-name").BlurAsync();
        await page.ByTestId("details-apply").ClickAsync();
        await page.ByTestId("details-error-Name").WaitForAsync();
        await page.ByTestId("details-name").FillAsync("Đồi Mây");
        await page.ByTestId("details-name").BlurAsync();
        await page.Page.WaitForFunctionAsync("() => document.querySelector('[data-testid=details-code]').value === 'doi-may'");
        await page.ByTestId("details-region").SelectOptionAsync("Trung du và miền núi phía Bắc");
        await page.ByTestId("details-decision").FillAsync("21/QĐ-UBND");
        await page.ByTestId("details-date").FillAsync("2021-04-02");
        await page.ByTestId("details-merged").SelectOptionAsync("Lào Cai");
        await page.ByTestId("details-apply").ClickAsync();
        await page.ByTestId("details-ok").WaitForAsync();

        // 3. Categories: accept the suggestions, change one.
        await page.ByTestId("mapping-accept-all").ClickAsync();
        await page.ByTestId("mapping-select-II.2").SelectOptionAsync("enterprise-support");
        await page.WaitForTextAsync("mapping-status", "Mọi mục đã có nhóm.");
        Assert.Empty(await Axe.SeriousViolationsAsync(page.Page));
        await ShotAsync(page, "add-plan-mapping");

        // 4. Publish: the new province is on the funding page and in OData, without a restart.
        await page.ByTestId("publish").ClickAsync();
        await page.ByTestId("publish-ok").WaitForAsync(new() { Timeout = 120_000 });
        await page.ByTestId("publish-see").ClickAsync();
        await page.WaitForTextAsync("total-doi-may", "5.200", 60_000);
        Assert.Equal(5200m, await ODataTotalAsync("doi-may"));

        // 5. Replace with a corrected document (II.1 now 2.600): 5.300.
        await page.OpenAsync("/plans/add?replace=doi-may");
        await page.WaitInteractiveAsync();
        await page.ChooseFileAsync("plan-file", new FilePayload { Name = "doi-may-sua.docx", MimeType = "application/octet-stream", Buffer = Plan(2600) });
        await page.ByTestId("check-report").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("5.300 triệu đồng", await page.TextAsync("check-total"));
        Assert.True(await page.ByTestId("details-replace").IsCheckedAsync());
        await page.ByTestId("details-apply").ClickAsync();
        await page.ByTestId("details-ok").WaitForAsync();
        await page.WaitForTextAsync("mapping-status", "Mọi mục đã có nhóm."); // the existing mapping carried over
        await page.ByTestId("publish").ClickAsync();
        await page.ByTestId("publish-ok").WaitForAsync(new() { Timeout = 120_000 });
        Assert.Equal(5300m, await ODataTotalAsync("doi-may"));

        // 6. Undo the replacement from the log: 5.200 again.
        await page.OpenAsync("/plans/log");
        await page.WaitInteractiveAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page.Page));
        await ShotAsync(page, "plans-log");
        var replaced = page.Page.Locator("[data-action=replace][data-province=doi-may] button");
        await replaced.ClickAsync();
        await page.ByTestId("undo-result").WaitForAsync(new() { Timeout = 120_000 });
        Assert.Equal(5200m, await ODataTotalAsync("doi-may"));

        // 7. Remove, after confirming.
        await page.OpenAsync("/plans");
        await page.WaitInteractiveAsync();
        await page.ByTestId("plan-remove-doi-may").ClickAsync();
        await page.ByTestId("remove-confirm").WaitForAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page.Page));
        await ShotAsync(page, "plans-remove");
        await page.ByTestId("remove-yes").ClickAsync();
        await page.ByTestId("remove-result").WaitForAsync(new() { Timeout = 120_000 });
        Assert.Null(await ODataTotalAsync("doi-may"));
    }

    [Fact]
    public async Task AViewerReachesNoneOfIt()
    {
        await using var page = await _browser.NewPageAsync(_server.BaseAddress);
        await SignInAsync(page, "an", "/");
        await page.WaitInteractiveAsync();
        Assert.Equal(0, await page.Page.Locator("[data-testid^=nav-plans]").CountAsync());
        foreach (var path in new[] { "/plans/add", "/plans", "/plans/log" })
        {
            var response = await page.Page.GotoAsync(path);
            Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
            Assert.Contains("editors only", await page.Page.InnerTextAsync("body"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ADocumentThatCannotBeReadShowsWhyAndChangesNothing()
    {
        await using var page = await _browser.NewPageAsync(_server.BaseAddress, Chromium.Phone);
        await SignInAsync(page, "mai", "/plans/add");
        await page.WaitInteractiveAsync();
        await page.ChooseFileAsync("plan-file", new FilePayload
        {
            Name = "scan.docx",
            MimeType = "application/octet-stream",
            Buffer = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0],
        });
        await page.ByTestId("check-problem").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("ocrmypdf", await page.TextAsync("check-problem"), StringComparison.Ordinal);
        Assert.Equal(0, await page.ByTestId("publish").CountAsync());

        await page.ChooseFileAsync("plan-file", new FilePayload { Name = "doi-may.docx", MimeType = "application/octet-stream", Buffer = Plan(2500) });
        await page.ByTestId("check-report").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Empty(await Axe.SeriousViolationsAsync(page.Page));
        // Nothing is wider than the phone: wide tables scroll in their own box.
        var wider = await page.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .filter(e => !e.closest('.ec-table-wrap') && !e.closest('.ec-visually-hidden'))
              .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8)
            """);
        Assert.True(wider.Length == 0, string.Join("\n", wider));
        Assert.Equal(Chromium.Phone.Width, await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        await ShotAsync(page, "phone-add-plan", fullPage: false);

        // The English page, wide.
        await page.Page.SetViewportSizeAsync(Chromium.Desktop.Width, Chromium.Desktop.Height);
        await page.OpenAsync("/plans/add?lang=en");
        await page.WaitInteractiveAsync();
        Assert.Equal("Add a province's plan", (await page.Page.InnerTextAsync("h1")).Trim());
        Assert.Empty(await Axe.SeriousViolationsAsync(page.Page));
    }

    [Fact]
    public async Task AnUnknownFundingWordingIsAssignedASourceOnThePage()
    {
        await using var page = await _browser.NewPageAsync(_server.BaseAddress, Chromium.Desktop);
        await SignInAsync(page, "mai", "/plans/add");
        await page.WaitInteractiveAsync();
        var text = TestData.Fixture("nui-do.txt").Replace("Nguồn vốn hợp pháp khác", "Quỹ phát triển hợp tác", StringComparison.Ordinal);
        await page.ChooseFileAsync("plan-file", new FilePayload
        {
            Name = "quy.docx",
            MimeType = "application/octet-stream",
            Buffer = PlanDocx.From(text),
        });
        await page.ByTestId("label-form").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("Quỹ phát triển hợp tác", await page.TextAsync("label-form"), StringComparison.Ordinal);
        Assert.Empty(await Axe.SeriousViolationsAsync(page.Page));

        await page.ByTestId("label-source").SelectOptionAsync("other");
        await page.ByTestId("label-apply").ClickAsync();
        await page.ByTestId("check-report").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal("Khác 200", await page.TextAsync("check-source-other"));
        Assert.Contains("“Quỹ phát triển hợp tác” → other", await page.TextAsync("labels-assigned"), StringComparison.Ordinal);
    }

    // The made-up plan of Đồi Mây as Word: the ingestion tests' Núi Đỏ, renamed, with item II.1 at `itemII2` million.
    private static byte[] Plan(int itemII2)
    {
        var text = TestData.Fixture("nui-do.txt").Replace("Núi Đỏ", "Đồi Mây", StringComparison.Ordinal).Replace("NÚI ĐỎ", "ĐỒI MÂY", StringComparison.Ordinal);
        if (itemII2 != 2500)
        {
            // The extra money is local: the item, its group's and the grand total's row and the text's total.
            var extra = itemII2 - 2500;
            static string N(int n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');
            text = text.Replace("2.500\t1.000\t1.000\t500", $"{N(itemII2)}\t1.000\t{N(1000 + extra)}\t500", StringComparison.Ordinal)
                .Replace("<b>4.000</b>\t<b>1.000</b>\t<b>1.500</b>", $"<b>{N(4000 + extra)}</b>\t<b>1.000</b>\t<b>{N(1500 + extra)}</b>", StringComparison.Ordinal)
                .Replace("<b>5.200</b>\t<b>1.700</b>\t<b>2.000</b>", $"<b>{N(5200 + extra)}</b>\t<b>1.700</b>\t<b>{N(2000 + extra)}</b>", StringComparison.Ordinal)
                .Replace("5,2 tỷ đồng", "5,3 tỷ đồng", StringComparison.Ordinal);
        }

        return PlanDocx.From(text);
    }

    private static async Task SignInAsync(WatchedPage page, string user, string target)
    {
        await page.Page.GotoAsync("/signin?returnUrl=" + Uri.EscapeDataString(target));
        await page.Page.Locator("#user").FillAsync(user);
        await page.Page.Locator("#password").FillAsync(Password);
        await page.ByTestId("signin-submit").ClickAsync();
        await page.Page.WaitForURLAsync("**" + target);
    }

    private async Task<decimal?> ODataTotalAsync(string province)
    {
        using var client = new HttpClient { BaseAddress = _server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("an:" + Password)));
        var json = await client.GetStringAsync($"odata/FundingSplits?$filter=ProvinceCode eq '{province}'");
        var rows = JsonDocument.Parse(json).RootElement.GetProperty("value");
        return rows.GetArrayLength() == 0 ? null : rows[0].GetProperty("Total").GetDecimal();
    }

    private static async Task ShotAsync(WatchedPage page, string name, bool fullPage = true)
    {
        var path = await page.ScreenshotAsync(Screenshots.Artifacts, "dashboard-" + name, fullPage);
        Screenshots.Publish(path);
    }
}
