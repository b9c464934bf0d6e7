using Microsoft.AspNetCore.Components;

namespace EcomCompare.Dashboard.Tests.Harness;

/// <summary>A navigation manager that moves to the address it is asked for and tells the page, like the browser's.</summary>
public sealed class TestNavigationManager : NavigationManager
{
    public const string Root = "http://localhost/";

    public TestNavigationManager() => Initialize(Root, Root);

    /// <summary>Every address navigated to, in order.</summary>
    public List<string> History { get; } = [];

    protected override void NavigateToCore(string uri, NavigationOptions options)
    {
        var absolute = ToAbsoluteUri(uri).ToString();
        Uri = absolute;
        History.Add(absolute);
        NotifyLocationChanged(isInterceptedLink: false);
    }
}
