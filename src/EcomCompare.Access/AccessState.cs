using EcomCompare.Access.Users;

namespace EcomCompare.Access;

/// <summary>
/// What start-up decided: the users file, the network-facing addresses, whether anonymity was asked for, and the
/// surfaces' paths the host named — and whether sign-in is required, which only ever goes from no to yes.
/// </summary>
internal sealed class AccessState
{
    private int _signInRequired;

    public AccessState(UserStore users, IReadOnlyList<string> exposed, bool allowAnonymous, AccessPaths paths)
    {
        Users = users;
        Exposed = exposed;
        AllowAnonymous = allowAnonymous;
        Paths = paths;
        // On a network address without --allow-anonymous, sign-in is required from the start and for good: whatever
        // happens to the users file later, nothing is served anonymously.
        _signInRequired = (exposed.Count > 0 && !allowAnonymous) || users.HasUsers ? 1 : 0;
    }

    public UserStore Users { get; }

    public IReadOnlyList<string> Exposed { get; }

    public bool AllowAnonymous { get; }

    public AccessPaths Paths { get; }

    /// <summary>
    /// Whether every request but the anonymous paths needs a user. Once true, true until the process ends: a users
    /// file that is emptied, moved, unreadable or malformed refuses everyone rather than opening the service.
    /// </summary>
    public bool SignInRequired
    {
        get
        {
            if (Volatile.Read(ref _signInRequired) == 1)
            {
                return true;
            }

            if (Users.HasUsers)
            {
                Interlocked.Exchange(ref _signInRequired, 1);
                return true;
            }

            return false;
        }
    }
}
