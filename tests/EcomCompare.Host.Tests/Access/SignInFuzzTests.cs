using System.Net;
using System.Text;

namespace EcomCompare.Host.Tests.Access;

/// <summary>
/// Issue 23 (8): the fuzz extended to the sign-in endpoints — random methods, media types, bodies, return paths and
/// credentials; never a 5xx.
/// </summary>
public sealed class SignInFuzzTests
{
    private const string Password = "mật-khẩu-dài";

    [Fact]
    public async Task RandomSignInRequestsNeverGetA5xx()
    {
        await using var harness = await AccessHarness.StartAsync([("lan", Password)]);
        var random = new Random(23);
        string[] types = ["application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "application/json", "text/plain", "", "x/y; charset=nope"];
        string[] paths = ["signin", "SIGNIN", "signin/", "signout", "SignOut", "signin?returnUrl=", "signin?lang=en&returnUrl="];
        var failures = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var path = paths[random.Next(paths.Length)];
            if (path.EndsWith('='))
            {
                path += Uri.EscapeDataString(Noise(random, random.Next(0, 64)));
            }

            var method = random.Next(4) switch { 0 => HttpMethod.Get, 1 => HttpMethod.Put, _ => HttpMethod.Post };
            using var request = new HttpRequestMessage(method, path);
            if (method != HttpMethod.Get)
            {
                var body = random.Next(3) == 0
                    ? $"user={Uri.EscapeDataString(Noise(random, 20))}&password={Uri.EscapeDataString(Noise(random, 20))}&returnUrl={Uri.EscapeDataString(Noise(random, 30))}"
                    : Noise(random, random.Next(0, 2000));
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
                request.Content.Headers.TryAddWithoutValidation("Content-Type", types[random.Next(types.Length)]);
            }

            if (random.Next(4) == 0)
            {
                request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Noise(random, 30))));
            }

            using var response = await harness.Client.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    private static string Noise(Random random, int length)
    {
        const string Alphabet = "ab/\\:%?&=#\t\r\n \u0000\u00e0\u1ea7\ud83d\ude00<>\"'.;@$";
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }
}
