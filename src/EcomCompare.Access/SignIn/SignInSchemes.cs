namespace EcomCompare.Access.SignIn;

/// <summary>The authentication scheme names.</summary>
public static class SignInSchemes
{
    /// <summary>The default scheme: HTTP Basic when the request carries it, else the dashboard's cookie.</summary>
    public const string BasicOrCookie = "EcomCompare";

    /// <summary>The dashboard's sign-in cookie.</summary>
    public const string Cookie = "EcomCompare.Cookie";

    /// <summary>The realm Basic challenges name (Excel shows it in its credentials dialog).</summary>
    public const string Realm = "EcomCompare";
}
