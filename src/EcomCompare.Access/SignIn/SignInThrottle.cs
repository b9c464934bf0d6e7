using System.Net;

namespace EcomCompare.Access.SignIn;

/// <summary>
/// Slows password guessing down without locking anyone out. Failed password checks are counted, within
/// <see cref="AccessOptions.FailedSignInWindow"/>, for three things: one user name from one client address
/// (<see cref="AccessOptions.MaxFailedSignIns"/>), one client address whatever the names
/// (<see cref="AccessOptions.MaxFailedSignInsPerAddress"/>), and everyone (<see cref="AccessOptions.FailedSignInBudget"/>).
/// Past its allowance, each may try once more only after a delay that doubles with every further failure (up to
/// <see cref="AccessOptions.MaxSignInDelay"/>; <see cref="AccessOptions.MaxGlobalSignInDelay"/> for everyone): until
/// then an attempt is refused (429 with <c>Retry-After</c>) without checking the password. The same name from
/// another address is not slowed by a guesser's failures, so nobody can lock a user out.
/// </summary>
/// <remarks>
/// Exact under concurrency: an attempt takes its place before its password is checked (<see cref="Begin"/>), and a
/// check still running counts as a failure until it ends — 100 parallel guesses get exactly the allowance checked.
/// </remarks>
public sealed class SignInThrottle(AccessOptions options, TimeProvider time)
{
    private const int MaxTracked = 50_000;
    private readonly TimeSpan _window = options.FailedSignInWindow;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Bucket _everyone = new(
        DateTimeOffset.MinValue, new Rule(options.FailedSignInBudget, TimeSpan.FromSeconds(1), options.MaxGlobalSignInDelay));
    private readonly Rule _pairRule = new(options.MaxFailedSignIns, options.SignInDelay, options.MaxSignInDelay);
    private readonly Rule _addressRule = new(options.MaxFailedSignInsPerAddress, options.SignInDelay, options.MaxSignInDelay);

    /// <summary>
    /// Starts a password check for <paramref name="user"/> from <paramref name="client"/>: an attempt to end with
    /// <see cref="Attempt.Failed"/> or <see cref="Attempt.Succeeded"/>, or the wait asked of the caller.
    /// </summary>
    public Attempt Begin(IPAddress? client, string? user)
    {
        var now = time.GetUtcNow();
        var address = AddressKey(client);
        var pairKey = "pair:" + address + "\n" + (user ?? string.Empty);
        var addressKey = "addr:" + address;
        lock (_gate)
        {
            var pair = Get(pairKey, _pairRule, now);
            var from = Get(addressKey, _addressRule, now);
            _everyone.Roll(now, _window);
            var wait = Max(pair.Wait(now), from.Wait(now), _everyone.Wait(now));
            if (wait is { } refused)
            {
                return new Attempt(this, [], refused);
            }

            Bucket[] buckets = [pair, from, _everyone];
            foreach (var bucket in buckets)
            {
                bucket.Pending++;
            }

            return new Attempt(this, buckets, null);
        }
    }

    /// <summary>Failed checks counted now for <paramref name="client"/> (tests, diagnostics).</summary>
    public int FailuresFrom(IPAddress? client)
    {
        lock (_gate)
        {
            return _buckets.TryGetValue("addr:" + AddressKey(client), out var bucket) ? bucket.Failures : 0;
        }
    }

    // IPv6 clients are counted per /64: one host usually holds a whole /64 and could rotate through it.
    private static string AddressKey(IPAddress? client)
    {
        if (client is null)
        {
            return "?";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        if (client.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = client.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return client.ToString();
    }

    private static TimeSpan? Max(params TimeSpan?[] waits)
    {
        TimeSpan? longest = null;
        foreach (var wait in waits)
        {
            if (wait is { } w && (longest is not { } l || w > l))
            {
                longest = w;
            }
        }

        return longest;
    }

    private Bucket Get(string key, Rule rule, DateTimeOffset now)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            if (_buckets.Count >= MaxTracked)
            {
                Forget(now);
            }

            bucket = new Bucket(now, rule);
            _buckets[key] = bucket;
        }

        bucket.Roll(now, _window);
        return bucket;
    }

    // What is quiet and past its window goes, so that the table cannot grow without bound.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, bucket) in _buckets.ToList())
        {
            if (bucket.Pending == 0 && now - bucket.Last > _window && now >= bucket.NextAllowed)
            {
                _buckets.Remove(key);
            }
        }
    }

    private void End(Bucket[] buckets, bool failed)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            foreach (var bucket in buckets)
            {
                bucket.Pending--;
                if (failed)
                {
                    bucket.Fail(now);
                }
            }
        }
    }

    /// <summary>One password check in progress, or a refusal with its wait.</summary>
    public sealed class Attempt
    {
        private readonly SignInThrottle _throttle;
        private Bucket[] _buckets;

        internal Attempt(SignInThrottle throttle, Bucket[] buckets, TimeSpan? retryAfter)
        {
            _throttle = throttle;
            _buckets = buckets;
            RetryAfter = retryAfter;
        }

        /// <summary>When set, the attempt was refused: the caller must wait this long; do not check the password.</summary>
        public TimeSpan? RetryAfter { get; }

        /// <summary>The password was wrong (or the user unknown).</summary>
        public void Failed() => End(failed: true);

        /// <summary>
        /// The password was right. The counts stay: a success from an address does not wipe its failures, or a guesser
        /// with one account of their own could reset their count between guesses.
        /// </summary>
        public void Succeeded() => End(failed: false);

        private void End(bool failed)
        {
            var buckets = Interlocked.Exchange(ref _buckets, []);
            if (buckets.Length > 0)
            {
                _throttle.End(buckets, failed);
            }
        }
    }

    /// <summary>A kind's allowance of failures, its first delay past it (doubling with each further failure) and the longest.</summary>
    internal sealed record Rule(int Allowance, TimeSpan FirstDelay, TimeSpan MaxDelay);

    /// <summary>Failures of one kind within the window, and the delay they have earned.</summary>
    internal sealed class Bucket(DateTimeOffset now, Rule rule)
    {
        public DateTimeOffset First { get; private set; } = now;

        public DateTimeOffset Last { get; private set; } = now;

        public DateTimeOffset NextAllowed { get; private set; } = DateTimeOffset.MinValue;

        public int Failures { get; private set; }

        public int Pending { get; set; }

        public void Roll(DateTimeOffset now, TimeSpan window)
        {
            if (now - First > window && now >= NextAllowed)
            {
                First = now;
                Failures = 0;
            }
        }

        /// <summary>The wait before one more attempt, or null when it may go ahead.</summary>
        public TimeSpan? Wait(DateTimeOffset now)
        {
            if (Failures + Pending < rule.Allowance)
            {
                return null;
            }

            // Past the allowance: one attempt at a time, each after the delay the last failure earned.
            if (now < NextAllowed)
            {
                return NextAllowed - now;
            }

            return Pending > 0 ? rule.FirstDelay : null;
        }

        public void Fail(DateTimeOffset now)
        {
            Failures++;
            Last = now;
            var over = Failures - rule.Allowance;
            if (over >= 0)
            {
                var delay = rule.FirstDelay * Math.Pow(2, Math.Min(over, 30));
                NextAllowed = now + (delay < rule.MaxDelay ? delay : rule.MaxDelay);
            }
        }
    }
}
