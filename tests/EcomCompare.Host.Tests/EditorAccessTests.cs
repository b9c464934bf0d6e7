using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EcomCompare.Access.Roles;
using EcomCompare.Access.Users;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests;

/// <summary>
/// The editing pages are for editors: anonymous requests get 401 (a browser: the sign-in page), viewers 403, editors
/// the page; a form post without the antiforgery token is refused. With no users on 127.0.0.1, the local user edits.
/// </summary>
public sealed class EditorAccessTests : IAsyncLifetime
{
    private const string Password = "Bình-Định-2025";
    private readonly string _users = Path.Combine(Path.GetTempPath(), "ecomcompare-editors-" + Guid.NewGuid().ToString("N") + ".tsv");
    private readonly string _data = Directory.CreateTempSubdirectory("ecomcompare-editor-data-").FullName;
    private KestrelServer _server = null!;

    public static TheoryData<string> EditingPages => ["plans/add", "plans", "plans/log", "plans/add?replace=can-tho", "plans/add?lang=en"];

    public async Task InitializeAsync()
    {
        var hash = PasswordHash.Create(Password, iterations: 1_000);
        File.WriteAllText(_users, $"viewer\t{hash}\nreader\t{hash}\t{UserRoles.Viewer}\neditor\t{hash}\t{UserRoles.Editor}\tSTAMP\n");
        TestData.CopyInto(_data);
        _server = await KestrelServer.StartAsync(null, "--Access:UsersFile", _users, "--Data:Path", _data);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        File.Delete(_users);
        Directory.Delete(_data, recursive: true);
    }

    [Theory]
    [MemberData(nameof(EditingPages))]
    public async Task AnonymousRequestsGet401AndABrowserTheSignInPage(string path)
    {
        using var response = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var page = new HttpRequestMessage(HttpMethod.Get, path);
        page.Headers.Accept.ParseAdd("text/html");
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.BaseAddress };
        using var browser = await noRedirects.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, browser.StatusCode);
        Assert.StartsWith("/signin?returnUrl=", browser.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EditingPages))]
    public async Task ViewersGet403(string path)
    {
        foreach (var viewer in new[] { "viewer", "reader" })
        {
            using var response = await SendAsync(HttpMethod.Get, path, viewer);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(EditingPages))]
    public async Task EditorsGetThePage(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, "editor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AViewerSeesNoEditingLinksAndAnEditorDoes()
    {
        using var viewer = await SendAsync(HttpMethod.Get, "", "viewer");
        Assert.DoesNotContain("nav-plans-add", await viewer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var editor = await SendAsync(HttpMethod.Get, "", "editor");
        Assert.Contains("nav-plans-add", await editor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormPostWithoutTheAntiforgeryTokenIsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "plans/add")
        {
            Content = new FormUrlEncodedContent([new("_handler", "publish")]),
        };
        request.Headers.Authorization = Basic("editor");
        using var response = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OnThisMachineWithNoUsersTheLocalUserIsAnEditor()
    {
        await using var local = await KestrelServer.StartAsync(null, "--Data:Path", _data);
        using var response = await local.Client.GetAsync("plans/add");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string user)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = Basic(user);
        return _server.Client.SendAsync(request);
    }

    private static AuthenticationHeaderValue Basic(string user) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{Password}")));
}
