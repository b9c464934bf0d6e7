using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using EcomCompare.Access.Users;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests;

/// <summary>
/// HTTPS as the README deploys it: Kestrel's certificate from configuration (a PFX file and its password), Basic
/// sign-in over it, and the absolute URLs the service writes carrying the https scheme.
/// </summary>
public sealed class HttpsTests : IAsyncLifetime
{
    private const string User = "analyst";
    private const string Password = "Cần-Thơ-2025";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecomcompare-https-");
    private X509Certificate2 _certificate = null!;
    private KestrelServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // A self-signed certificate for 127.0.0.1, as an operator would put at /etc/ecomcompare/cert.pfx.
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var pfx = Path.Combine(_dir.FullName, "cert.pfx");
        File.WriteAllBytes(pfx, _certificate.Export(X509ContentType.Pkcs12, "pfx-password"));

        var users = Path.Combine(_dir.FullName, "users.tsv");
        File.WriteAllText(users, $"{User}\t{PasswordHash.Create(Password, iterations: 1_000)}\n");
        _server = await KestrelServer.StartAsync(null,
            "--Access:UsersFile", users,
            "--Kestrel:Endpoints:Https:Url", "https://127.0.0.1:0",
            "--Kestrel:Endpoints:Https:Certificate:Path", pfx,
            "--Kestrel:Endpoints:Https:Certificate:Password", "pfx-password");

        // Trust exactly this certificate, not any.
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _,
                _) => presented is not null && presented.Thumbprint == _certificate.Thumbprint,
        };
        _client = new HttpClient(handler) { BaseAddress = _server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        _certificate.Dispose();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public void TheServerListensOnHttpsOnly() => Assert.Equal("https", _server.BaseAddress.Scheme);

    [Fact]
    public async Task BasicSignInWorksOverHttpsAndTheFeedLinksAreHttps()
    {
        using (var anonymous = await _client.GetAsync("odata/Provinces"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("Basic", Assert.Single(anonymous.Headers.WwwAuthenticate).Scheme);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "odata/Provinces");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(
            $"https://127.0.0.1:{_server.BaseAddress.Port}/odata/$metadata#Provinces", json.RootElement.GetProperty("@odata.context").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(3, json.RootElement.GetProperty("value").GetArrayLength());
    }
}
