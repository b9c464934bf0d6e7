using System.Collections.Concurrent;
using System.Net;

namespace EcomCompare.Access.SignIn;

/// <summary>
/// Slows password guessing: after <see cref="AccessOptions.MaxFailedSignIns"/> failed sign-ins from one client
/// address, or against one user name, within <see cref="AccessOptions.FailedSignInWindow"/>, further attempts from
/// that address or for that name are refused (429 with <c>Retry-After</c>) until the window has passed — without
/// even checking the password, so a blocked guesser learns nothing and costs no PBKDF2 work.
/// </summary>
public sealed class SignInThrottle(AccessOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(IPAddress? client, string? user)
    {
        var now = time.GetUtcNow();
        TimeSpan? wait = null;
        foreach (var key in Keys(client, user))
        {
            if (_failures.TryGetValue(key, out var failures) && failures.Blocked(now, options) is { } blocked)
            {
                wait = wait is { } w && w > blocked ? w : blocked;
            }
        }

        return wait;
    }

    /// <summary>Records a failed attempt.</summary>
    public void Failed(IPAddress? client, string? user)
    {
        var now = time.GetUtcNow();
        foreach (var key in Keys(client, user))
        {
            _failures.AddOrUpdate(key, _ => new Failures(now), (_, f) => f.Add(now, options));
        }

        // Forget what is past the window, so the table cannot grow without bound.
        if (_failures.Count > 10_000)
        {
            foreach (var (key, value) in _failures)
            {
                if (now - value.Last > options.FailedSignInWindow)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>Clears the name's count after a successful sign-in (the address keeps its record).</summary>
    public void Succeeded(string user) => _failures.TryRemove("user:" + user, out _);

    private static IEnumerable<string> Keys(IPAddress? client, string? user)
    {
        yield return "ip:" + (client?.ToString() ?? "?");
        if (!string.IsNullOrEmpty(user))
        {
            yield return "user:" + user;
        }
    }

    private sealed record Failures(DateTimeOffset First, DateTimeOffset Last, int Count)
    {
        public Failures(DateTimeOffset now)
            : this(now, now, 1)
        {
        }

        public Failures Add(DateTimeOffset now, AccessOptions options) =>
            now - First > options.FailedSignInWindow ? new Failures(now) : this with { Last = now, Count = Count + 1 };

        public TimeSpan? Blocked(DateTimeOffset now, AccessOptions options)
        {
            var remaining = First + options.FailedSignInWindow - now;
            return Count >= options.MaxFailedSignIns && remaining > TimeSpan.Zero ? remaining : null;
        }
    }
}
