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

    /// <summary>Failed sign-ins allowed per client address or user name within <see cref="FailedSignInWindow"/>.</summary>
    [Range(1, 1000, ErrorMessage = "Access:MaxFailedSignIns must be from {1} to {2}.")]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>The window over which failed sign-ins are counted, and how long a block lasts at most.</summary>
    public TimeSpan FailedSignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a dashboard sign-in lasts without use.</summary>
    public TimeSpan SessionIdle { get; set; } = TimeSpan.FromHours(8);
}
