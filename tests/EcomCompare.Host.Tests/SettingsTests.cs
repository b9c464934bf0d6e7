using EcomCompare.Host;
using EcomCompare.Testing;

namespace EcomCompare.Host.Tests;

/// <summary>Every setting is checked when the server starts: a bad one stops it, naming the setting.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("--Cube:Threads", "0", "Cube:Threads")]
    [InlineData("--Cube:MemoryLimit", "lots", "Cube:MemoryLimit")]
    [InlineData("--Cube:QueryTimeoutSeconds", "soon", "Cube:QueryTimeoutSeconds")]
    [InlineData("--OData:PageSize", "0", "OData:PageSize")]
    [InlineData("--Charts:RenderQueue", "-1", "Charts:RenderQueue")]
    [InlineData("--Access:MaxFailedSignIns", "0", "Access:MaxFailedSignIns")]
    public async Task ABadSettingStopsTheServerAtStartNamingIt(string key, string value, string named)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = EcomCompareServer.Create(
                ["--urls", "http://127.0.0.1:0", "--Cube:Path", TestCube.Path, "--Access:UsersFile", KestrelServer.NoUsers, key, value]);
            await app.StartAsync();
            await app.StopAsync();
        });
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
