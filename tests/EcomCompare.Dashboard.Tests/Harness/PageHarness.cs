using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Dashboard.Data;
using EcomCompare.Testing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;

namespace EcomCompare.Dashboard.Tests.Harness;

/// <summary>
/// A dashboard page rendered in-process with the dashboard's real services over a real cube (default: the shared
/// test cube built from the shipped documents). Pages read their whole state from the address, so a test opens an
/// address, reads the markup, clicks, and reads again — as a user would, minus the browser.
/// </summary>
public sealed class PageHarness : IAsyncDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly ServiceProvider _services;
    private readonly TestRenderer _renderer;
    private readonly IComponent _page;
    private readonly int _pageId;

    private PageHarness(ServiceProvider services, TestRenderer renderer, IComponent page, int pageId)
    {
        _services = services;
        _renderer = renderer;
        _page = page;
        _pageId = pageId;
    }

    public TestNavigationManager Navigation => _services.GetRequiredService<TestNavigationManager>();

    public CubeStore Store => _services.GetRequiredService<CubeStore>();

    internal DashboardQueries Queries => _services.GetRequiredService<DashboardQueries>();

    internal CubeWatcher Watcher => _services.GetRequiredService<CubeWatcher>();

    internal QueryMeter Meter => _services.GetRequiredService<QueryMeter>();

    public IComponent Page => _page;

    /// <summary>The current address.</summary>
    public string Uri => Navigation.Uri;

    /// <summary>Exceptions the renderer caught (a passing page has none).</summary>
    public IReadOnlyList<Exception> Errors => _renderer.Errors;

    /// <summary>Opens <paramref name="address"/> (e.g. <c>/?years=2022</c>) and renders <typeparamref name="TPage"/>
    /// there, waiting for its data.</summary>
    /// <param name="address">The page's address.</param>
    /// <param name="cubePath">A cube of the test's own; default: the shared test cube.</param>
    /// <param name="time">The clock the page's timers run on; default: the system clock.</param>
    public static async Task<PageHarness> OpenAsync<TPage>(string address, string? cubePath = null,
        TimeProvider? time = null) where TPage : IComponent
    {
        var services = new ServiceCollection();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(new CubeStore(new CubeStoreOptions { Path = cubePath ?? TestCube.Path }));
        services.AddSingleton<CubeQueries>();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TestNavigationManager>();
        services.AddSingleton<NavigationManager>(sp => sp.GetRequiredService<TestNavigationManager>());
        services.AddSingleton<IJSRuntime, NullJsRuntime>();
        services.AddSupplyValueFromQueryProvider();
        services.AddDashboardComponents();
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<TestNavigationManager>().NavigateTo(address);

        var renderer = new TestRenderer(provider, NullLoggerFactory.Instance);
        var host = new PageHost<TPage>();
        var root = await renderer.Dispatcher.InvokeAsync(() => renderer.BeginRenderingComponent(host, ParameterView.Empty));
        await root.QuiescenceTask;
        var id = await renderer.Dispatcher.InvokeAsync(() => renderer.IdOf(host));
        return new PageHarness(provider, renderer, host.Page!, id);
    }

    /// <summary>The page's current markup.</summary>
    public string Html => _renderer.Dispatcher.InvokeAsync(() => _renderer.Html(_pageId)).GetAwaiter().GetResult();

    /// <summary>The page's current markup, parsed.</summary>
    public IDocument Document => Parser.ParseDocument("<!doctype html><html><body>" + Html + "</body></html>");

    /// <summary>The element with <c>data-testid</c> = <paramref name="testId"/>.</summary>
    public IElement Find(string testId) =>
        Document.QuerySelector($"[data-testid=\"{testId}\"]") ?? throw new InvalidOperationException(
            $"no element with data-testid '{testId}' in:\n{Html}");

    /// <summary>Whether an element with that test id is on the page.</summary>
    public bool Has(string testId) => Document.QuerySelector($"[data-testid=\"{testId}\"]") is not null;

    /// <summary>An element's text with whitespace collapsed.</summary>
    public string Text(string testId) => Collapse(Find(testId).TextContent);

    /// <summary>Clicks the element with <c>data-testid</c> = <paramref name="testId"/>.</summary>
    public Task ClickAsync(string testId) => ClickAsync(a => a.TryGetValue("data-testid", out var v) && (v as string) == testId, testId);

    /// <summary>Clicks the first element whose attributes match.</summary>
    public async Task ClickAsync(Func<IReadOnlyDictionary<string, object?>, bool> match, string description)
    {
        await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var handler = _renderer.FindHandler(_pageId, match,
                "click") ?? throw new InvalidOperationException($"no clickable element: {description}");
            await _renderer.DispatchEventAsync(handler, null, new MouseEventArgs { Button = 0, Detail = 1 });
        });
    }

    /// <summary>Navigates, as following a link or editing the address would.</summary>
    public Task NavigateAsync(string address) => _renderer.Dispatcher.InvokeAsync(() => Navigation.NavigateTo(address));

    /// <summary>Waits until <paramref name="condition"/> holds (loads after the first run off the render thread).</summary>
    public async Task WaitForAsync(Func<bool> condition, string description, TimeSpan? timeout = null)
    {
        // A guard against hanging only, far above the normal wait (milliseconds): a busy machine must not fail a test.
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await _renderer.Dispatcher.InvokeAsync(condition))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited for: {description}\n{Html}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits until the element's text is <paramref name="expected"/>.</summary>
    public Task WaitForTextAsync(string testId, string expected) =>
        WaitForAsync(() => Has(testId) && Text(testId) == expected, $"[{testId}] = '{expected}'");

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
