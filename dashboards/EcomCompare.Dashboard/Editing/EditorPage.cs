using System.Security.Claims;
using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.State;
using EcomCompare.Dashboard.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace EcomCompare.Dashboard.Editing;

/// <summary>
/// What the editing pages share: the language from the address, the words, and the signed-in user (each page is
/// behind the Editor policy, on its HTTP request and in the live connection; the publisher checks the role again).
/// </summary>
public abstract class EditorPage : ComponentBase
{
    [Inject]
    internal NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    internal Language Language => AddressQuery.Language(Navigation.Uri);

    internal UiText T => UiText.For(Language);

    internal EditText W => EditText.For(Language);

    /// <summary>An address of this site in the page's language.</summary>
    internal string Href(string path) => Language == Language.En ? path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en" : path;

    internal async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState.ConfigureAwait(true)).User;
}
