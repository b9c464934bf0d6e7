using System.Net;
using System.Text;
using EcomCompare.Access.SignIn;

namespace EcomCompare.Host.Tests.Access;

/// <summary>
/// Issue 23 (5): an anonymous request costs nothing — refused before routing, parsing or logging, in every casing —
/// the sign-in form never answers 500, a return path stays on the site, and absolute URLs never echo a client's port.
/// </summary>
public sealed class AnonymousSurfaceTests : IAsyncLifetime
{
    private const string Password = "mật-khẩu-dài";
    private const string BatchBody = """{"requests":[{"id":"1","method":"GET","url":"FundingSplits"}]}""";
    private AccessHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await AccessHarness.StartAsync([("lan", Password)]);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    /// <summary>Every casing of both segments the batch middleware and routing accept, percent-encoded too.</summary>
    public static TheoryData<string> BatchPaths()
    {
        var data = new TheoryData<string>();
        foreach (var root in new[] { "odata", "ODATA", "OData", "oDATA", "Odata" })
        {
            foreach (var batch in new[] { "$batch", "$BATCH", "$Batch", "$bAtCh", "%24batch", "%24BATCH", "$batch/" })
            {
                data.Add(root + "/" + batch);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BatchPaths))]
    public async Task AnAnonymousBatchIsRefusedInEveryCasing(string path)
    {
        using var response = await _harness.Client.PostAsync(path, new StringContent(BatchBody, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.DoesNotContain("responses", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousRequestWithAHugeKeyIsRefusedWithoutParsingOrLoggingIt()
    {
        var key = new string('k', 120 * 1024);
        var before = _harness.Log.Lines.Count;
        for (var i = 0; i < 20; i++)
        {
            using var response = await _harness.Client.GetAsync($"odata/BudgetLines('{key}')");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.DoesNotContain(_harness.Log.Lines.Skip(before), l => l.Contains("kkkkkkkk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASignedInRequestWithAHugeKeyLogsBoundedLines()
    {
        var key = new string('k', 120 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"odata/BudgetLines('{key}')");
        request.Headers.Authorization = AccessHarness.Basic("lan", Password);
        using var response = await _harness.Client.SendAsync(request);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"status {(int)response.StatusCode}");
        Assert.All(_harness.Log.Lines, l => Assert.True(l.Length <= BoundedLogging.MaxMessageChars + BoundedLogging.MaxExceptionChars + 200, $"a {l.Length}-character log line"));
    }

    public static TheoryData<string?, string> SignInBodies => new()
    {
        { "application/json", """{"user":"lan","password":"x"}""" },
        { "text/plain", "user=lan&password=x" },
        { null, string.Empty },
        { "application/x-www-form-urlencoded", string.Empty },
        { "application/x-www-form-urlencoded", "user=" + new string('a', 40_000) },
        { "application/x-www-form-urlencoded", "%%%&&&==" },
        { "multipart/form-data", "garbage" },
        { "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\nlan\r\n--x--" },
        { "application/x-www-form-urlencoded", "returnUrl=%0D%0ASet-Cookie:%20x&user=lan&password=x" },
    };

    [Theory]
    [MemberData(nameof(SignInBodies))]
    public async Task TheSignInFormAnswersAnyBodyWithoutA500(string? contentType, string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await _harness.Client.PostAsync("signin", content);
        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("/\t/evil.com")]
    [InlineData("/\r\n/evil.com")]
    [InlineData("/\n\rSet-Cookie: a=b")]
    [InlineData("//evil.com")]
    [InlineData("/\\evil.com")]
    [InlineData("\\/evil.com")]
    [InlineData("/ /evil.com")]
    [InlineData("https://evil.com/")]
    [InlineData("evil.com")]
    [InlineData("/\u0000/evil.com")]
    [InlineData("/\u3000/evil.com")]
    public void AReturnPathThatCouldLeaveTheSiteBecomesHome(string returnUrl) => Assert.Equal("/", SignInEndpoints.LocalOrHome(returnUrl));

    [Theory]
    [InlineData("/trends?provinces=can-tho", "/trends?provinces=can-tho")]
    [InlineData("/trends?provinces=cần-thơ", "/trends?provinces=c%E1%BA%A7n-th%C6%A1")]
    [InlineData("/a/../b", "/b")]
    public void ALocalReturnPathIsKeptPercentEncoded(string returnUrl, string expected) =>
        Assert.Equal(expected, SignInEndpoints.LocalOrHome(returnUrl));

    [Theory]
    [InlineData("/%09/evil.com")]
    [InlineData("/%0D%0A/evil.com")]
    [InlineData("/%5Cevil.com")]
    [InlineData("/trends?provinces=c%E1%BA%A7n-th%C6%A1")]
    public async Task TheSignInFormRedirectsOnlyToThisSite(string encodedReturnUrl)
    {
        var cookies = new CookieContainer();
        using var browser = _harness.Browser(cookies);
        using var page = await browser.GetAsync("signin?returnUrl=" + encodedReturnUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AccessHarness.Token().Match(await page.Content.ReadAsStringAsync());
        using var signedIn = await browser.PostAsync("signin", AccessHarness.Form(token, "lan", Password, Uri.UnescapeDataString(encodedReturnUrl)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var location = signedIn.Headers.Location!.OriginalString;
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.Any(c => c < 0x21 || c > 0x7e || c == '\\'), location);
    }

    [Fact]
    public async Task ODataContextUsesTheRealPortNotTheOneTheClientWrote()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "odata/Provinces");
        request.Headers.Authorization = AccessHarness.Basic("lan", Password);
        request.Headers.Host = "localhost:9999";
        using var response = await _harness.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"\"@odata.context\":\"http://localhost:{_harness.Server.BaseAddress.Port}/odata/$metadata#Provinces", body, StringComparison.Ordinal);
        Assert.DoesNotContain("9999", body, StringComparison.Ordinal);
    }
}
