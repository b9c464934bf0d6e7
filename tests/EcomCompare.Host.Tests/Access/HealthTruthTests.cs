using System.Net;
using System.Text.Json;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests.Access;

/// <summary>
/// Issue 23 (6): <c>/healthz</c> answers GET and HEAD without sign-in, reads the cube for real, and says a broken cube
/// is broken — generically to anonymous callers (no path, no engine text), with the details for signed-in operators.
/// </summary>
public sealed class HealthTruthTests
{
    private const string Password = "mật-khẩu-dài";

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task TheProbeAnswersGetAndHeadWithoutSignIn(string method)
    {
        await using var harness = await AccessHarness.StartAsync([("lan", Password)]);
        using var anonymous = await harness.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "healthz"));
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        using var signedIn = new HttpRequestMessage(new HttpMethod(method), "healthz");
        signedIn.Headers.Authorization = AccessHarness.Basic("lan", Password);
        using var response = await harness.Client.SendAsync(signedIn);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> Corruptions => ["empty", "random", "half", "dangling link", "no file"];

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task ABrokenCubeIs503WithAGenericReasonAndTheDetailsForOperators(string corruption)
    {
        var folder = Directory.CreateTempSubdirectory("ecomcompare-broken-cube-").FullName;
        var cube = Path.Combine(folder, "cube.duckdb");
        try
        {
            Corrupt(cube, corruption);
            await using var harness = await AccessHarness.StartAsync([("lan", Password)], null, "--Cube:Path", cube);
            using var anonymous = await harness.Client.GetAsync("healthz");
            var body = await anonymous.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, anonymous.StatusCode);
            Assert.Equal(HealthEndpoints.UnhealthyReason, JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
            Assert.DoesNotContain(folder, body, StringComparison.Ordinal);
            Assert.DoesNotContain("detail", body, StringComparison.Ordinal);

            using var head = await harness.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "healthz"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, head.StatusCode);

            using var operator_ = await harness.GetAsync("healthz", AccessHarness.Basic("lan", Password));
            using var json = JsonDocument.Parse(await operator_.Content.ReadAsStringAsync());
            Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("detail").GetString()));

            // OData says as little, and the log has what failed.
            using var odata = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password));
            var error = await odata.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, odata.StatusCode);
            Assert.DoesNotContain(folder, error, StringComparison.Ordinal);
            Assert.Contains(harness.Log.Lines, l => l.Contains("the cube cannot be read", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Corrupt(string cube, string corruption)
    {
        switch (corruption)
        {
            case "empty":
                File.WriteAllBytes(cube, []);
                break;
            case "random":
                File.WriteAllBytes(cube, [.. Enumerable.Range(0, 1 << 16).Select(i => (byte)(i * 7919 % 251))]);
                break;
            case "half":
                var bytes = File.ReadAllBytes(TestCube.Path);
                File.WriteAllBytes(cube, bytes[..(bytes.Length / 2)]);
                break;
            case "dangling link":
                File.CreateSymbolicLink(cube, Path.Combine(Path.GetDirectoryName(cube)!, "gone.duckdb"));
                break;
            default:
                break;
        }
    }
}
