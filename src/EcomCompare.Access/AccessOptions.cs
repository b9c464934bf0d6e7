using System.ComponentModel.DataAnnotations;

namespace EcomCompare.Access;

/// <summary>
/// The <c>Access</c> configuration section. Sign-in is on as soon as the users file names a user; with no users the
/// service is anonymous and may listen on loopback only, unless <see cref="AllowAnonymous"/> says otherwise.
/// </summary>
public sealed class AccessOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Access";

    /// <summary>The users file (<c>ecomcompare users add NAME</c> writes it). Default: <see cref="Users.UserStore.DefaultPath"/>.</summary>
    public string? UsersFile { get; set; }

    /// <summary>Serve a non-loopback address without sign-in (<c>--allow-anonymous</c>); logged as a warning at start.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// The address users reach the service at (e.g. <c>https://ecom.moit.gov.vn/</c> behind a reverse proxy). When set,
    /// every absolute URL the service writes (<c>@odata.context</c>, <c>@odata.nextLink</c>, workbook sources, the
    /// dashboard's links) starts with it, whatever <c>Host</c> a request carried.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> are believed (IP addresses). Empty: none.</summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>
    /// Failed sign-ins for one user name from one client address within <see cref="FailedSignInWindow"/> before that
    /// address must wait, longer after each further failure, to try that name again. The account is never locked: the
    /// user signing in from elsewhere, and every session already open, are not touched.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Access:MaxFailedSignIns must be from {1} to {2}.")]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>Failed sign-ins from one client address, whatever the names, before that address is slowed down.</summary>
    [Range(1, 100_000, ErrorMessage = "Access:MaxFailedSignInsPerAddress must be from {1} to {2}.")]
    public int MaxFailedSignInsPerAddress { get; set; } = 20;

    /// <summary>
    /// Failed sign-ins from everywhere within the window before every new password check is slowed down (a spray over
    /// many names from many addresses). Clients whose password was checked a moment ago and sessions are not slowed.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Access:FailedSignInBudget must be from {1} to {2}.")]
    public int FailedSignInBudget { get; set; } = 100;

    /// <summary>The window over which failed sign-ins are counted.</summary>
    public TimeSpan FailedSignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first wait asked of a client address past its allowance; each further failure doubles it.</summary>
    public TimeSpan SignInDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait the throttling asks of a client address (its delays double up to this).</summary>
    public TimeSpan MaxSignInDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest wait the global budget asks of every new sign-in while a spray goes on.</summary>
    public TimeSpan MaxGlobalSignInDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a dashboard sign-in lasts without use.</summary>
    public TimeSpan SessionIdle { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a dashboard sign-in lasts at most, however active (then the user signs in again).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often the server looks at the users file for changes without waiting for a request.</summary>
    public TimeSpan UsersFilePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
