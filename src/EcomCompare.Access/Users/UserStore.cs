using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using EcomCompare.Access.Roles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcomCompare.Access.Users;

/// <summary>
/// The users file: one line per user, <c>NAME&lt;TAB&gt;HASH[&lt;TAB&gt;ROLE[&lt;TAB&gt;STAMP]]</c> (see
/// <see cref="PasswordHash"/>; ROLE: <see cref="UserRoles"/>, absent or empty a viewer); <c>#</c> lines are comments.
/// Managed with <c>ecomcompare users add|role|remove|list</c>;
/// the server re-reads it when it changes, so adding or removing a user needs no restart. Written atomically
/// (temporary file, then rename), readable by its owner only; a write changes only the line it is about and keeps
/// every other line, and every field it does not handle, as it was.
/// </summary>
/// <remarks>
/// <para>The <b>security stamp</b> (fourth field) changes whenever what a session was granted on changes: a new
/// password (a line without a stamp derives it from the hash, so existing files keep working), or
/// <see cref="Revoke"/>. A sign-in cookie carries the stamp it was issued under; one that no longer matches is refused.</para>
/// <para><b>Fail closed.</b> A line that cannot be read (no tab, a bad name, a hash that is not
/// <c>pbkdf2-sha256$…</c>, a repeated name) names nobody: it is skipped and reported with its line number, never
/// read as "no users". A file that cannot be read at all keeps the users last read (and is tried again shortly).</para>
/// </remarks>
public sealed partial class UserStore
{
    /// <summary>How long a file that could not be read is left alone before it is tried again.</summary>
    private static readonly TimeSpan RetryUnreadable = TimeSpan.FromSeconds(2);

    // Excel and Power BI send Basic credentials with every request: re-deriving PBKDF2 (≈ 0.2–0.5 s) each time would
    // make the service unusable, so a verified (user, password) pair is remembered, as a SHA-256 of both, for a while.
    private static readonly TimeSpan VerifiedFor = TimeSpan.FromMinutes(10);
    private static readonly Lazy<string> DummyHash = new(() => PasswordHash.Create(Guid.NewGuid().ToString("N")));
    private readonly ConcurrentDictionary<string, DateTime> _verified = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private Snapshot _snapshot = Snapshot.Empty;
    private ILogger _logger = NullLogger.Instance;

    /// <summary>A store over <paramref name="path"/> (the file need not exist yet).</summary>
    public UserStore(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>Raised after a re-read found the users, or any user's stamp, changed (on the thread that noticed).</summary>
    public event Action? Changed;

    /// <summary>The users file.</summary>
    public string Path { get; }

    /// <summary>The default location: <c>$ECOMCOMPARE_USERS</c>, else <c>~/.config/ecomcompare/users.tsv</c>.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("ECOMCOMPARE_USERS") is { Length: > 0 } path
            ? path
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "ecomcompare", "users.tsv");

    /// <summary>Whether anyone can sign in (the file names at least one user on a line that reads).</summary>
    public bool HasUsers => Current().Users.Count > 0;

    /// <summary>User names, sorted.</summary>
    public IReadOnlyList<string> Names => Current().Users.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>What was wrong with the file when it was last read: <c>FILE:LINE: why</c>, one per problem.</summary>
    public IReadOnlyList<string> Problems => Current().Problems;

    /// <summary>Logs problems with the file (the server's logger); none before it is set.</summary>
    public void UseLogger(ILogger logger) => _logger = logger;

    /// <summary>Looks at the file now (the server's watcher calls it, so that a change is noticed without a request).</summary>
    public void Refresh() => Current();

    /// <summary>The user's security stamp now, or null when there is no such user.</summary>
    public string? StampOf(string name) => Current().Users.TryGetValue(name, out var user) ? user.Stamp : null;

    /// <summary>A user's role (<see cref="UserRoles"/>; an absent or empty field is a viewer), or null when there is no such user.</summary>
    public string? RoleOf(string name) => Current().Users.TryGetValue(name, out var user) ? user.Role : null;

    /// <summary>
    /// Adds a user or replaces their password (which ends their sessions: the stamp changes with it). <paramref name="role"/>
    /// sets the role; null keeps an existing user's (a new user without one is a viewer).
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
        Write(file =>
        {
            if (file.Find(name) is { } at)
            {
                var fields = file.Lines[at].Split('\t');
                fields[1] = hash;
                if (fields.Length > 3 && fields[3].Length > 0)
                {
                    fields[3] = NewStamp(); // an explicit stamp would outlive the password: renew it
                }

                file.Lines[at] = WithRole(string.Join('\t', fields), role);
            }
            else
            {
                file.Lines.Add(role is null ? name + "\t" + hash : name + "\t" + hash + "\t" + role);
            }

            return true;
        });
    }

    /// <summary>Changes a user's role, keeping every other field of the line; false when there is no user of that name.</summary>
    public bool SetRole(string name, string role)
    {
        ValidateRole(role);
        return Write(file =>
        {
            if (file.Find(name) is not { } at)
            {
                return false;
            }

            file.Lines[at] = WithRole(file.Lines[at], role);
            return true;
        });
    }

    // The line with its third field (the role) set, the fields after it kept in place; null: the line as it is.
    private static string WithRole(string line, string? role)
    {
        if (role is null)
        {
            return line;
        }

        var fields = line.Split('\t').ToList();
        if (fields.Count < 3)
        {
            fields.Add(role);
        }
        else
        {
            fields[2] = role;
        }

        return string.Join('\t', fields);
    }

    private static void ValidateRole(string? role)
    {
        if (role is not null && !UserRoles.IsKnown(role))
        {
            throw new ArgumentException($"A role is one of {string.Join(", ", UserRoles.All)}, not '{role}'.", nameof(role));
        }
    }

    /// <summary>Removes a user; false when there was none of that name.</summary>
    public bool Remove(string name) => Write(file =>
    {
        if (file.Find(name) is not { } at)
        {
            return false;
        }

        file.Lines.RemoveAt(at);
        return true;
    });

    /// <summary>
    /// Ends every session of the user without changing the password: writes a new stamp (and, when the line has no
    /// role, the default role <c>viewer</c> before it, as the line's fields are positional). False when no such user.
    /// </summary>
    public bool Revoke(string name) => Write(file =>
    {
        if (file.Find(name) is not { } at)
        {
            return false;
        }

        var fields = file.Lines[at].Split('\t').ToList();
        if (fields.Count < 3 || fields[2].Length == 0)
        {
            if (fields.Count < 3)
            {
                fields.Add("viewer");
            }
            else
            {
                fields[2] = "viewer";
            }
        }

        if (fields.Count < 4)
        {
            fields.Add(NewStamp());
        }
        else
        {
            fields[3] = NewStamp();
        }

        file.Lines[at] = string.Join('\t', fields);
        return true;
    });

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

        if (IsRemembered(name, password, user))
        {
            return true;
        }

        if (!PasswordHash.Verify(password, user.Hash))
        {
            return false;
        }

        _verified[CacheKey(name, password, user.Hash)] = DateTime.UtcNow + VerifiedFor;
        return true;
    }

    /// <summary>
    /// Whether this exact pair was verified a moment ago and still matches the file (costs no PBKDF2 work): such a
    /// client — Excel refreshing with its saved credentials — is not slowed by the throttling of failed sign-ins.
    /// </summary>
    public bool IsRemembered(string name, string password) =>
        Current().Users.TryGetValue(name, out var user) && IsRemembered(name, password, user);

    private bool IsRemembered(string name, string password, User user) =>
        _verified.TryGetValue(CacheKey(name, password, user.Hash), out var until) && until > DateTime.UtcNow;

    // The stored hash is part of the key: a changed password or a removed user invalidates what was remembered.
    private static string CacheKey(string name, string password, string stored) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name + "\n" + password + "\n" + stored)));

    /// <summary>A line without a stamp: one derived from its hash, so that a new password is a new stamp.</summary>
    internal static string DerivedStamp(string hash) => "h" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hash)).AsSpan(0, 12));

    private static string NewStamp() => "r" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && !name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == ':');

    private static void ValidateName(string name)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                "A user name is 1–64 characters, without spaces, control characters or ':' (HTTP Basic splits on it).", nameof(name));
        }
    }

    private Snapshot Current()
    {
        var (stamp, length) = FileStamp();
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot.Stamp == stamp && snapshot.Length == length && (snapshot.RetryAt is not { } retry || retry > DateTime.UtcNow))
        {
            return snapshot;
        }

        Snapshot next;
        lock (_gate)
        {
            snapshot = _snapshot;
            if (snapshot.Stamp == stamp && snapshot.Length == length && (snapshot.RetryAt is not { } again || again > DateTime.UtcNow))
            {
                return snapshot;
            }

            next = Load(snapshot, stamp, length);
            _snapshot = next;
        }

        if (!next.SameUsers(snapshot))
        {
            Changed?.Invoke();
        }

        return next;
    }

    private (DateTime Stamp, long Length) FileStamp()
    {
        try
        {
            var info = new FileInfo(Path);
            if (!info.Exists && Directory.Exists(Path))
            {
                return (DateTime.MinValue, -2); // something is there, but not a file that can be read
            }

            return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (DateTime.MinValue, -2);
        }
    }

    private Snapshot Load(Snapshot previous, DateTime stamp, long length)
    {
        if (length == -1)
        {
            if (previous.Users.Count > 0)
            {
                LogGone(_logger, Path);
            }

            return new Snapshot(stamp, length, new Dictionary<string, User>(StringComparer.Ordinal), previous.Users.Count > 0 ? [$"{Path}: the users file is gone"] : []);
        }

        FileLines file;
        try
        {
            file = FileLines.Read(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Never "no users": keep who could sign in a moment ago, and look again shortly.
            var problem = $"{Path}: cannot be read ({e.GetType().Name}); keeping the {previous.Users.Count} user(s) read before";
            if (previous.RetryAt is null)
            {
                LogUnreadable(_logger, Path, e.Message, previous.Users.Count);
            }

            return previous with { Stamp = stamp, Length = length, RetryAt = DateTime.UtcNow + RetryUnreadable, Problems = [problem] };
        }

        var users = new Dictionary<string, User>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < file.Lines.Count; i++)
        {
            var line = file.Lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Parse(line, out var why) is not { } user)
            {
                problems.Add($"{Path}:{i + 1}: {why}");
                LogBadLine(_logger, Path, i + 1, why);
            }
            else if (!users.TryAdd(user.Name, user))
            {
                // Two lines for one name: which password is meant is not clear, so neither counts.
                repeated.Add(user.Name);
                problems.Add($"{Path}:{i + 1}: '{user.Name}' is named on an earlier line too: neither line signs in");
                LogBadLine(_logger, Path, i + 1, "a repeated name: neither line signs in");
            }
        }

        foreach (var name in repeated)
        {
            users.Remove(name);
        }

        if (users.Count == 0 && previous.Users.Count > 0)
        {
            LogNoUsers(_logger, Path);
        }

        return new Snapshot(stamp, length, users, problems);
    }

    private static User? Parse(string line, out string why)
    {
        var fields = line.Split('\t');
        why = string.Empty;
        if (fields.Length < 2)
        {
            why = "not NAME<TAB>HASH (no tab: was it written with spaces?)";
            return null;
        }

        var name = fields[0];
        if (!IsValidName(name))
        {
            why = "the name is not 1–64 characters without spaces, control characters or ':'";
            return null;
        }

        var hash = fields[1].Trim();
        if (!PasswordHash.IsWellFormed(hash))
        {
            why = $"the hash of '{name}' is not pbkdf2-sha256$ITERATIONS$SALT$HASH";
            return null;
        }

        var stamp = fields.Length > 3 && fields[3].Trim() is { Length: > 0 } explicitStamp ? explicitStamp : DerivedStamp(hash);
        // An unknown role reads as a viewer: a typo never grants editing.
        var role = fields.Length > 2 && fields[2].Trim() is { Length: > 0 } named && UserRoles.IsKnown(named) ? named : UserRoles.Viewer;
        return new User(name, hash, stamp) { Role = role };
    }

    private bool Write(Func<FileLines, bool> change)
    {
        lock (_gate)
        {
            var file = File.Exists(Path) ? FileLines.Read(Path) : FileLines.New();
            if (!change(file))
            {
                return false;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + "." + Environment.ProcessId + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                foreach (var line in file.Lines)
                {
                    writer.Write(line);
                    writer.Write('\n');
                }
            }

            File.Move(temporary, Path, overwrite: true);
            _snapshot = Snapshot.Empty with { RetryAt = DateTime.MinValue }; // read again on next use
        }

        Current(); // notices the change now and tells the listeners (sessions of a removed user end at once)
        return true;
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "users file {File} line {Line}: {Why}; that line names nobody who can sign in")]
    private static partial void LogBadLine(ILogger logger, string file, int line, string why);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error,
        Message = "users file {File} cannot be read ({Reason}); keeping the {Count} user(s) read before, sign-in stays required")]
    private static partial void LogUnreadable(ILogger logger, string file, string reason, int count);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error,
        Message = "users file {File} is gone: nobody can sign in until it is back; sign-in stays required (nothing is served anonymously)")]
    private static partial void LogGone(ILogger logger, string file);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error,
        Message = "users file {File} names no user that can sign in: everyone is refused; sign-in stays required (nothing is served anonymously)")]
    private static partial void LogNoUsers(ILogger logger, string file);

    /// <summary>One readable user line.</summary>
    private sealed record User(string Name, string Hash, string Stamp)
    {
        /// <summary>The third field: <see cref="UserRoles.Viewer"/> when absent, empty or unknown.</summary>
        public string Role { get; init; } = UserRoles.Viewer;
    }

    private sealed record Snapshot(DateTime Stamp, long Length, Dictionary<string, User> Users, IReadOnlyList<string> Problems)
    {
        public static Snapshot Empty { get; } = new(DateTime.MinValue, -1, new Dictionary<string, User>(StringComparer.Ordinal), []);

        /// <summary>Set when the file could not be read: when to try again.</summary>
        public DateTime? RetryAt { get; init; }

        public bool SameUsers(Snapshot other) =>
            Users.Count == other.Users.Count
            && Users.All(u => other.Users.TryGetValue(u.Key, out var o)
                && o.Hash == u.Value.Hash && o.Stamp == u.Value.Stamp && o.Role == u.Value.Role);
    }

    /// <summary>The file's lines as they are, for a change of one line that keeps the others.</summary>
    private sealed class FileLines
    {
        private FileLines(List<string> lines) => Lines = lines;

        public List<string> Lines { get; }

        public static FileLines New() =>
            new(["# EcomCompare users: name<TAB>pbkdf2-sha256$iterations$salt$hash[<TAB>role[<TAB>stamp]]. Manage with `ecomcompare users`."]);

        public static FileLines Read(string path)
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            if (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            return new FileLines(lines);
        }

        public int? Find(string name)
        {
            for (var i = 0; i < Lines.Count; i++)
            {
                var line = Lines[i];
                if (line.Length > name.Length && line[name.Length] == '\t' && line.StartsWith(name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return null;
        }
    }
}
