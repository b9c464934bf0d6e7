using EcomCompare.Access.Roles;
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

    [Fact]
    public void ANewUserIsAViewerUnlessMadeAnEditor()
    {
        var store = new UserStore(_file);
        store.Set("lan", "mật-khẩu-dài");
        store.Set("minh", "mật-khẩu-dài", UserRoles.Editor);
        Assert.Equal(UserRoles.Viewer, store.RoleOf("lan"));
        Assert.Equal(UserRoles.Editor, store.RoleOf("minh"));
        Assert.Null(store.RoleOf("nobody"));

        Assert.True(store.SetRole("lan", UserRoles.Editor));
        store.Set("minh", "mật-khẩu-mới-dài"); // a new password keeps the role
        Assert.Equal(UserRoles.Editor, new UserStore(_file).RoleOf("lan"));
        Assert.Equal(UserRoles.Editor, new UserStore(_file).RoleOf("minh"));
        Assert.False(store.SetRole("nobody", UserRoles.Editor));
        Assert.Throws<ArgumentException>(() => store.SetRole("lan", "admin"));
    }

    [Fact]
    public void AnOlderFileWithoutRolesReadsAsViewers()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        File.WriteAllText(_file, $"lan\t{PasswordHash.Create("mật-khẩu-dài", iterations: 1_000)}\n");
        var store = new UserStore(_file);
        Assert.Equal(UserRoles.Viewer, store.RoleOf("lan"));
        Assert.True(store.Verify("lan", "mật-khẩu-dài"));
    }

    [Fact]
    public void FieldsAfterTheRoleAreKeptInPlaceOnEveryWrite()
    {
        // The fourth field (the security stamp) and any after it are kept where they are.
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        var hash = PasswordHash.Create("mật-khẩu-dài", iterations: 1_000);
        File.WriteAllText(_file, $"an\t{hash}\teditor\tSTAMP-1\tmore\nlan\t{hash}\t\tSTAMP-2\n");
        var store = new UserStore(_file);
        Assert.Equal(UserRoles.Viewer, store.RoleOf("lan"));

        store.SetRole("lan", UserRoles.Editor);
        store.Set("an", "mật-khẩu-khác-dài");
        store.Set("minh", "mật-khẩu-dài");
        var lines = File.ReadAllLines(_file).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["an", "lan", "minh"], lines.Select(l => l[0]));
        // A new password keeps the role and what follows the stamp; the stamp itself is renewed (issue 23).
        Assert.Equal("editor", lines[0][2]);
        Assert.NotEqual("STAMP-1", lines[0][3]);
        Assert.Equal("more", lines[0][4]);
        Assert.NotEqual(hash, lines[0][1]);
        Assert.Equal([hash, "editor", "STAMP-2"], lines[1][1..]);
        Assert.Empty(lines[2][2..]); // a new user without a role: no role field, a viewer
    }
}
