using EcomCompare.Access.Users;

namespace EcomCompare.Host.Tests;

/// <summary>The users file as `ecomcompare users` and the server use it.</summary>
public sealed class UserStoreTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "ecomcompare-store-" + Guid.NewGuid().ToString("N"), "users.tsv");

    public void Dispose()
    {
        if (Directory.Exists(Path.GetDirectoryName(_file)))
        {
            Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
        }
    }

    [Fact]
    public void AddListVerifyAndRemoveAUser()
    {
        var store = new UserStore(_file);
        Assert.False(store.HasUsers);
        store.Set("lan", "mật-khẩu-dài");
        store.Set("an", "another-password");
        Assert.Equal(["an", "lan"], store.Names);
        Assert.True(store.Verify("lan", "mật-khẩu-dài"));
        Assert.False(store.Verify("lan", "mật-khẩu-dai"));
        Assert.False(store.Verify("nobody", "mật-khẩu-dài"));
        Assert.True(store.Remove("lan"));
        Assert.False(store.Remove("lan"));
        Assert.Equal(["an"], new UserStore(_file).Names);
    }

    [Fact]
    public void TheFileHoldsSaltedHashesReadableByItsOwnerOnly()
    {
        var store = new UserStore(_file);
        store.Set("a", "same-password");
        store.Set("b", "same-password");
        var text = File.ReadAllText(_file);
        Assert.DoesNotContain("same-password", text, StringComparison.Ordinal);
        var hashes = text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[1]).ToList();
        Assert.Equal(2, hashes.Distinct().Count());
        Assert.All(hashes, h => Assert.StartsWith($"pbkdf2-sha256${PasswordHash.DefaultIterations}$", h, StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_file));
        }
    }

    [Fact]
    public void AChangedPasswordReplacesTheOldOneAtOnce()
    {
        var store = new UserStore(_file);
        store.Set("lan", "first-password");
        Assert.True(store.Verify("lan", "first-password"));
        new UserStore(_file).Set("lan", "second-password"); // another process: `ecomcompare users add lan`
        Assert.False(store.Verify("lan", "first-password"));
        Assert.True(store.Verify("lan", "second-password"));
    }

    [Theory]
    [InlineData("", "long-enough")]
    [InlineData("has space", "long-enough")]
    [InlineData("col:on", "long-enough")]
    [InlineData("short", "1234567")]
    public void BadNamesAndShortPasswordsAreRefused(string name, string password) =>
        Assert.Throws<ArgumentException>(() => new UserStore(_file).Set(name, password));
}
