using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using EcomCompare.Access.Users;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests;

/// <summary>Sign-in, allowed hosts and origins, headers and method refusals — over a real Kestrel socket.</summary>
public sealed partial class AccessTests : IAsyncLifetime
{
    private const string User = "analyst";
    private const string Password = "Bình-Định-2025";
    private readonly string _users = Path.Combine(Path.GetTempPath(), "ecomcompare-users-" + Guid.NewGuid().ToString("N") + ".tsv");
    private KestrelServer _server = null!;

    public async Task InitializeAsync()
    {
        // A low iteration count keeps the test quick; the format and the check are the real ones.
        File.WriteAllText(_users, $"{User}\t{PasswordHash.Create(Password, iterations: 1_000)}\n");
        _server = await KestrelServer.StartAsync(null, "--Access:UsersFile", _users);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        File.Delete(_users);
    }

    [Fact]
    public async Task ODataWithoutCredentialsGets401WithABasicChallenge()
    {
        using var response = await _server.Client.GetAsync("odata/Provinces");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Basic", challenge.Scheme);
        Assert.Contains("realm=\"EcomCompare\"", challenge.Parameter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("odata/Provinces")]
    [InlineData("charts/funding-split.svg")]
    [InlineData("export/funding-split.xlsx")]
    [InlineData("summary")]
    public async Task BasicCredentialsAsExcelSendsThemOpenEverySurface(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        // Excel's "Basic" credential: base64 of UTF-8 "user:password" — here with Vietnamese letters in the password.
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
        using var response = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheODataFeedWithCredentialsHasTheDocumentsFigures()
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get, "odata/BudgetLines?$apply=groupby((ProvinceCode),aggregate(Amount with sum as Total))");
        request.Headers.Authorization = Basic(User, Password);
        using var response = await _server.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"Total\":4890", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedWrongPasswordsAreThrottledWith429AndRetryAfter()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "odata/Provinces");
            request.Headers.Authorization = Basic("guesser", "wrong-" + i);
            using var response = await _server.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            statuses);
    }

    [Fact]
    public async Task HealthzStaysOpenForMonitors()
    {
        using var response = await _server.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MetricsNeedSignIn()
    {
        using var response = await _server.Client.GetAsync("dashboard/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ABrowserIsSentToTheSignInPageAndTheFormSignsItIn()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = _server.BaseAddress };
        using var page = new HttpRequestMessage(HttpMethod.Get, "trends?provinces=can-tho");
        page.Headers.Accept.ParseAdd("text/html");
        using var redirect = await browser.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Ftrends%3Fprovinces%3Dcan-tho", redirect.Headers.Location!.OriginalString);

        var form = await browser.GetStringAsync(redirect.Headers.Location.OriginalString);
        var token = Token().Match(form);
        Assert.True(token.Success, "the form carries an antiforgery token");

        using var wrong = await browser.PostAsync("signin", Form(token, "analyst", "not-it"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Sai tên người dùng hoặc mật khẩu", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var signedIn = await browser.PostAsync("signin", Form(token, User, Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/trends?provinces=can-tho", signedIn.Headers.Location!.OriginalString);
        using var summary = await browser.GetAsync("summary");
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        using var chart = await browser.GetAsync("charts/funding-split.svg");
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
    }

    [Fact]
    public async Task TheSignInFormNeverRedirectsOffSite()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = _server.BaseAddress };
        var form = await browser.GetStringAsync("signin?returnUrl=" + Uri.EscapeDataString("//evil.example/x"));
        using var signedIn = await browser.PostAsync("signin", Form(Token().Match(form), User, Password, returnUrl: "//evil.example/x"));
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AHostThatIsNotAllowedIsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "healthz");
        request.Headers.Host = "attacker.example";
        using var response = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ODataAnswersANotAllowedHostWithAnODataError()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "odata/Provinces");
        request.Headers.Host = "attacker.example";
        using var response = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("error");
        Assert.Equal("BadRequest", error.GetProperty("code").GetString());
        Assert.Contains("'attacker.example'", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // An allowed name passes this check (and then asks for credentials, as sign-in is on here).
        using var allowed = await _server.Client.GetAsync("odata/Provinces");
        Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
    }

    [Fact]
    public async Task TheDashboardsLiveConnectionRefusesOtherOrigins()
    {
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "_blazor/negotiate?negotiateVersion=1");
        foreign.Headers.Add("Origin", "https://evil.example");
        using var refused = await _server.Client.SendAsync(foreign);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var own = new HttpRequestMessage(HttpMethod.Post, "_blazor/negotiate?negotiateVersion=1");
        own.Headers.Add("Origin", _server.BaseAddress.GetLeftPart(UriPartial.Authority));
        using var passed = await _server.Client.SendAsync(own);
        Assert.NotEqual(HttpStatusCode.Forbidden, passed.StatusCode);
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static FormUrlEncodedContent Form(Match token, string user, string password, string returnUrl = "/trends?provinces=can-tho") => new(
        new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["returnUrl"] = returnUrl,
            ["user"] = user,
            ["password"] = password,
        });

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex Token();
}

/// <summary>$batch behind sign-in: the batch is refused without credentials; with them, every part is answered.</summary>
public sealed class BatchSignInTests : IAsyncLifetime
{
    private readonly string _users = Path.Combine(Path.GetTempPath(), "ecomcompare-batch-users-" + Guid.NewGuid().ToString("N") + ".tsv");
    private KestrelServer _server = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(_users, $"lan\t{PasswordHash.Create("mật-khẩu-dài", iterations: 1_000)}\n");
        _server = await KestrelServer.StartAsync(null, "--Access:UsersFile", _users);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        File.Delete(_users);
    }

    [Fact]
    public async Task ABatchNeedsCredentialsAndItsPartsRunAsTheBatchsUser()
    {
        const string Body = """{"requests":[{"id":"1","method":"GET","url":"FundingSplits"},{"id":"2","method":"GET","url":"Provinces"}]}""";
        using var anonymous = await _server.Client.PostAsync("odata/$batch", new StringContent(Body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "odata/$batch")
        {
            Content = new StringContent(
            Body, Encoding.UTF8, "application/json")
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("lan:mật-khẩu-dài")));
        using var response = await _server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(text, "\"status\":200").Count);
        Assert.Contains("\"Total\":4890", text, StringComparison.Ordinal);
    }
}
