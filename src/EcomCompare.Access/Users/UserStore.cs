using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using EcomCompare.Access.Roles;

namespace EcomCompare.Access.Users;

/// <summary>
/// The users file: one line per user, <c>NAME&lt;TAB&gt;HASH[&lt;TAB&gt;ROLE[&lt;TAB&gt;…]]</c> (see
/// <see cref="PasswordHash"/> and <see cref="UserRoles"/>; no role: a viewer); <c>#</c> lines are comments. Managed with
/// <c>ecomcompare users add|role|remove|list</c>; the server re-reads it when it changes, so adding or removing a user
/// needs no restart. Written atomically (temporary file, then rename), readable by its owner only. Fields after the
/// role that this version does not handle are kept as they are, in place, on every write.
/// </summary>
public sealed class UserStore
{
    // Excel and Power BI send Basic credentials with every request: re-deriving PBKDF2 (≈ 0.2–0.5 s) each time would
    // make the service unusable, so a verified (user, password) pair is remembered, as a SHA-256 of both, for a while.
    private static readonly TimeSpan VerifiedFor = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, DateTime> _verified = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private Snapshot _snapshot = new(DateTime.MinValue, -1, new Dictionary<string, UserLine>(StringComparer.Ordinal));

    /// <summary>A store over <paramref name="path"/> (the file need not exist yet).</summary>
    public UserStore(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>The users file.</summary>
    public string Path { get; }

    /// <summary>The default location: <c>$ECOMCOMPARE_USERS</c>, else <c>~/.config/ecomcompare/users.tsv</c>.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("ECOMCOMPARE_USERS") is { Length: > 0 } path
            ? path
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "ecomcompare", "users.tsv");

    /// <summary>Whether anyone can sign in (the file exists and names at least one user).</summary>
    public bool HasUsers => Current().Users.Count > 0;

    /// <summary>User names, sorted.</summary>
    public IReadOnlyList<string> Names => Current().Users.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Adds a user or replaces their password. <paramref name="role"/> null keeps an existing user's role (a new user is
    /// a viewer); every other field of the line is kept.
    /// </summary>
    public void Set(string name, string password, string? role = null)
    {
        ValidateName(name);
        ValidateRole(role);
        if (password.Length < 8)
        {
            throw new ArgumentException("A password has at least 8 characters.", nameof(password));
        }

        var hash = PasswordHash.Create(password);
        Write(users => users[name] = users.TryGetValue(name, out var old)
            ? old with { Hash = hash, Fields = WithRole(old.Fields, role) }
            : new UserLine(name, hash, [role ?? UserRoles.Viewer]));
    }

    /// <summary>Changes a user's role, keeping the rest of the line; false when there is no user of that name.</summary>
    public bool SetRole(string name, string role)
    {
        ValidateRole(role);
        var found = false;
        Write(users =>
        {
            if (users.TryGetValue(name, out var old))
            {
                users[name] = old with { Fields = WithRole(old.Fields, role) };
                found = true;
            }
        });
        return found;
    }

    /// <summary>A user's role (<see cref="UserRoles"/>; an empty or absent field is a viewer), or null when there is no such user.</summary>
    public string? RoleOf(string name) => Current().Users.TryGetValue(name, out var user) ? user.Role : null;

    /// <summary>Removes a user; false when there was none of that name.</summary>
    public bool Remove(string name)
    {
        var removed = false;
        Write(users => removed = users.Remove(name));
        return removed;
    }

    /// <summary>Whether the name and password match a user in the file as it is now.</summary>
    public bool Verify(string name, string password)
    {
        var users = Current().Users;
        if (!users.TryGetValue(name, out var user))
        {
            // Spend the same time as a wrong password, so response time does not tell which names exist.
            PasswordHash.Verify(password, DummyHash.Value);
            return false;
        }

        var stored = user.Hash;
        var key = CacheKey(name, password, stored);
        if (_verified.TryGetValue(key, out var until) && until > DateTime.UtcNow)
        {
            return true;
        }

        if (!PasswordHash.Verify(password, stored))
        {
            return false;
        }

        _verified[key] = DateTime.UtcNow + VerifiedFor;
        return true;
    }

    private static readonly Lazy<string> DummyHash = new(() => PasswordHash.Create(Guid.NewGuid().ToString("N")));

    // The stored hash is part of the key: a changed password or a removed user invalidates what was remembered.
    private static string CacheKey(string name, string password, string stored) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name + "\n" + password + "\n" + stored)));

    private static void ValidateName(string name)
    {
        if (name.Length is 0 or > 64 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == ':'))
        {
            throw new ArgumentException(
                "A user name is 1–64 characters, without spaces, control characters or ':' (HTTP Basic splits on it).", nameof(name));
        }
    }

    private static void ValidateRole(string? role)
    {
        if (role is not null && !UserRoles.IsKnown(role))
        {
            throw new ArgumentException($"A role is one of {string.Join(", ", UserRoles.All)}, not '{role}'.", nameof(role));
        }
    }

    // The fields after the hash with the role (the first of them) set, or kept when role is null.
    private static string[] WithRole(string[] fields, string? role) =>
        role is null ? fields : fields.Length == 0 ? [role] : [role, .. fields[1..]];

    private Snapshot Current()
    {
        var info = new FileInfo(Path);
        var stamp = info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue;
        var length = info.Exists ? info.Length : -1;
        var snapshot = _snapshot;
        if (snapshot.Stamp == stamp && snapshot.Length == length)
        {
            return snapshot;
        }

        lock (_gate)
        {
            _snapshot = new Snapshot(stamp, length, Read());
            return _snapshot;
        }
    }

    private Dictionary<string, UserLine> Read()
    {
        var users = new Dictionary<string, UserLine>(StringComparer.Ordinal);
        if (!File.Exists(Path))
        {
            return users;
        }

        foreach (var line in File.ReadAllLines(Path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length >= 2 && fields[0].Length > 0)
            {
                users[fields[0]] = new UserLine(fields[0], fields[1].Trim(), fields[2..]);
            }
        }

        return users;
    }

    private void Write(Action<Dictionary<string, UserLine>> change)
    {
        lock (_gate)
        {
            var users = Read();
            change(users);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var text = new StringBuilder(
                "# EcomCompare users: name<TAB>pbkdf2-sha256$iterations$salt$hash<TAB>role (viewer|editor). Manage with `ecomcompare users`.\n");
            foreach (var (_, user) in users.OrderBy(u => u.Key, StringComparer.Ordinal))
            {
                text.AppendJoin('\t', [user.Name, user.Hash, .. user.Fields]).Append('\n');
            }

            var temporary = Path + "." + Environment.ProcessId + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                writer.Write(text.ToString());
            }

            File.Move(temporary, Path, overwrite: true);
            _snapshot = new Snapshot(DateTime.MinValue, -1, users);
        }
    }

    private sealed record Snapshot(DateTime Stamp, long Length, Dictionary<string, UserLine> Users);

    // One line of the file: the name, the hash, and every field after them as written (the role first).
    private sealed record UserLine(string Name, string Hash, string[] Fields)
    {
        public string Role => Fields.Length > 0 && Fields[0].Trim().Length > 0 ? Fields[0].Trim() : UserRoles.Viewer;
    }
}
