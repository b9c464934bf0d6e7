using System.Net;
using EcomCompare.Access.Users;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests.Access;

/// <summary>
/// Issue 23 (1): once sign-in is on, a users file that breaks at run time never opens the service: every way it can
/// break is refused (or keeps the users last read), and logged naming the file (and line).
/// </summary>
public sealed class FailClosedTests
{
    private const string Password = "mật-khẩu-dài";

    public static TheoryData<string> Breakages => ["remove the last user", "delete", "move", "empty", "tab becomes spaces", "bad hash", "garbage"];

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task ABrokenUsersFileRefusesEveryoneAndNeverServesAnonymously(string breakage)
    {
        await using var harness = await AccessHarness.StartAsync([("lan", Password)]);
        using (var before = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        Break(harness.UsersFile, breakage);

        foreach (var path in new[] { "odata/Provinces", "export/funding-split.xlsx", "charts/funding-split.svg", "summary", "odata/$batch" })
        {
            using var anonymous = await harness.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var signedIn = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password));
        Assert.Equal(HttpStatusCode.Unauthorized, signedIn.StatusCode);
        Assert.Contains(
            harness.Log.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains(harness.UsersFile, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMalformedLineIsLoggedWithItsLineNumberAndTheOtherUsersStillSignIn()
    {
        await using var harness = await AccessHarness.StartAsync([("lan", Password), ("an", Password)]);
        var lines = File.ReadAllLines(harness.UsersFile);
        lines[0] = lines[0].Replace('\t', ' ');
        File.WriteAllLines(harness.UsersFile, lines);
        using var an = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("an", Password));
        Assert.Equal(HttpStatusCode.OK, an.StatusCode);
        using var lan = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password));
        Assert.Equal(HttpStatusCode.Unauthorized, lan.StatusCode);
        Assert.Contains(harness.Log.Lines, l => l.Contains($"users file {harness.UsersFile} line 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnreadableUsersFileKeepsTheUsersReadBefore()
    {
        await using var harness = await AccessHarness.StartAsync([("lan", Password)]);
        using (var before = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // Unreadable even by root: a folder where the file was (swapped in at once, as a link renamed over the file).
        var folder = Directory.CreateDirectory(Path.Combine(harness.Folder, "a-folder")).FullName;
        var link = Path.Combine(harness.Folder, "link");
        File.CreateSymbolicLink(link, folder);
        using (var rename = System.Diagnostics.Process.Start("mv", ["-fT", link, harness.UsersFile])) // rename(2) of the link itself
        {
            await rename.WaitForExitAsync();
            Assert.Equal(0, rename.ExitCode);
        }

        using var anonymous = await harness.GetAsync("odata/Provinces");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var signedIn = await harness.GetAsync("odata/Provinces", AccessHarness.Basic("lan", Password));
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains(harness.Log.Lines, l => l.Contains($"users file {harness.UsersFile} cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnANetworkAddressSignInIsRequiredFromTheStartAndStaysSo()
    {
        var folder = Directory.CreateTempSubdirectory("ecomcompare-exposed-").FullName;
        var file = Path.Combine(folder, "users.tsv");
        File.WriteAllText(file, $"lan\t{PasswordHash.Create(Password, iterations: 1_000)}\n");
        try
        {
            await using var app = EcomCompareServer.Create(["--urls", "http://0.0.0.0:0", "--Cube:Path", TestCube.Path, "--Access:UsersFile", file,
                "--AllowedHosts", "*", "--Logging:LogLevel:Default", "Warning"]);
            await app.StartAsync();
            var address = new Uri(app.Urls.First());
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{address.Port}/") };
            new UserStore(file).Remove("lan"); // `ecomcompare users remove lan`: the last user
            using var response = await client.GetAsync("odata/Provinces");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AUsersFileLineKeepsTheFieldsItDoesNotHandle()
    {
        var folder = Directory.CreateTempSubdirectory("ecomcompare-fields-").FullName;
        var file = Path.Combine(folder, "users.tsv");
        var hash = PasswordHash.Create(Password, iterations: 1_000);
        File.WriteAllText(file, $"# kept\nlan\t{hash}\teditor\nan\t{hash}\tviewer\tr0123\tfuture\n");
        try
        {
            var store = new UserStore(file);
            store.Set("lan", "another-password");
            store.Revoke("an");
            store.Set("mai", "third-password");
            var lines = File.ReadAllLines(file);
            Assert.Equal("# kept", lines[0]);
            Assert.Equal(["lan", "editor"], [lines[1].Split('\t')[0], lines[1].Split('\t')[2]]);
            var an = lines[2].Split('\t');
            Assert.Equal(["an", hash, "viewer"], an[..3]);
            Assert.NotEqual("r0123", an[3]);
            Assert.Equal("future", an[4]);
            Assert.StartsWith("mai\t", lines[3], StringComparison.Ordinal);
            Assert.Equal(4, lines.Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Break(string file, string breakage)
    {
        var text = File.ReadAllText(file);
        switch (breakage)
        {
            case "remove the last user":
                Assert.True(new UserStore(file).Remove("lan"));
                break;
            case "delete":
                File.Delete(file);
                break;
            case "move":
                File.Move(file, file + ".moved");
                break;
            case "empty":
                File.WriteAllText(file, string.Empty);
                break;
            case "tab becomes spaces":
                File.WriteAllText(file, text.Replace("\t", "    ", StringComparison.Ordinal));
                break;
            case "bad hash":
                File.WriteAllText(file, "lan\tnot-a-hash\n");
                break;
            default:
                File.WriteAllBytes(file, [0xff, 0xfe, 0x00, 0x41, 0x0a]);
                break;
        }
    }
}
