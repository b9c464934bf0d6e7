using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests.Support;

/// <summary>
/// A browser page that records what a person would not see but a test must: console errors, uncaught exceptions,
/// failed requests and HTTP error responses.
/// </summary>
public sealed partial class WatchedPage : IAsyncDisposable
{
    private readonly List<string> _problems = [];
    private readonly List<(string Url, int Status)> _responses = [];
    private readonly Dictionary<IRequest, DateTime> _pending = [];
    private DateTime _lastActivity = DateTime.UtcNow;

    public WatchedPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "assert")
            {
                Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add("page error: " + error);
        page.Request += (_, request) => Track(request, started: true);
        page.RequestFinished += (_, request) => Track(request, started: false);
        page.RequestFailed += (_, request) => Track(request, started: false);
        page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            lock (_responses)
            {
                _responses.Add((response.Url, response.Status));
            }

            if (response.Status >= 400)
            {
                Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors, page errors, failed requests, 4xx/5xx responses so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return _problems.ToList();
            }
        }
    }

    /// <summary>Every response so far (URL, status).</summary>
    public IReadOnlyList<(string Url, int Status)> Responses
    {
        get
        {
            lock (_responses)
            {
                return _responses.ToList();
            }
        }
    }

    /// <summary>Opens <paramref name="address"/> and waits until the circuit is connected (the page is interactive).</summary>
    public async Task OpenAsync(string address)
    {
        await Page.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await WaitInteractiveAsync();
    }

    /// <summary>
    /// Waits until no request has been in flight for <paramref name="quiet"/> (the page and its assets are all
    /// loaded, so every failure would have been recorded). The circuit's WebSocket is not a request.
    /// </summary>
    public async Task SettleAsync(TimeSpan? quiet = null, TimeSpan? timeout = null)
    {
        var calm = quiet ?? TimeSpan.FromMilliseconds(500);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            string[] pending;
            DateTime last;
            lock (_pending)
            {
                pending = _pending.Keys.Select(r => r.Url).ToArray();
                last = _lastActivity;
            }

            if (pending.Length == 0 && DateTime.UtcNow - last >= calm)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("requests still in flight: " + string.Join(", ", pending));
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the interactive render (the layout marks itself when rendered over the circuit).</summary>
    public Task WaitInteractiveAsync() =>
        Page.Locator(".ec-app[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

    /// <summary>
    /// Chooses <paramref name="file"/> in the file input with that test id once Blazor listens to it. The layout marks
    /// itself interactive in the render that first draws the page live, but an <c>InputFile</c> starts listening for
    /// its change event only in a script call after that render: a file chosen in between was lost, and the test then
    /// waited a minute for a check that never came (seen once under load). Blazor's script numbers an input's files
    /// from the moment it listens (<c>_blazorInputFileNextFileId</c>), so that is the event to wait for.
    /// </summary>
    public async Task ChooseFileAsync(string testId, FilePayload file)
    {
        await Page.WaitForFunctionAsync(
            "id => { const e = document.querySelector(`[data-testid=\"${id}\"]`); return !!e && !e.disabled && e._blazorInputFileNextFileId !== undefined; }",
            testId, new PageWaitForFunctionOptions { Timeout = 20_000, PollingInterval = 50 });
        await ByTestId(testId).SetInputFilesAsync(file);
    }

    /// <summary>The element with that test id.</summary>
    public ILocator ByTestId(string testId) => Page.Locator($"[data-testid=\"{testId}\"]");

    /// <summary>Its text, whitespace collapsed.</summary>
    public async Task<string> TextAsync(string testId) => Spaces().Replace((await ByTestId(testId).InnerTextAsync()).Trim(), " ");

    /// <summary>Waits until the element's text is <paramref name="expected"/>.</summary>
    public async Task WaitForTextAsync(string testId, string expected, float timeout = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeout);
        while (true)
        {
            if (await ByTestId(testId).CountAsync() > 0 && await TextAsync(testId) == expected)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                var actual = await ByTestId(testId).CountAsync() > 0 ? await TextAsync(testId) : "(absent)";
                throw new TimeoutException($"[{testId}] is '{actual}', waited for '{expected}'");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Saves a screenshot (viewport, or the whole page) under <paramref name="folder"/>.</summary>
    public async Task<string> ScreenshotAsync(string folder, string name, bool fullPage = false)
    {
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Page.CloseAsync();
        await Context.CloseAsync();
    }

    private void Track(IRequest request, bool started)
    {
        lock (_pending)
        {
            if (started)
            {
                _pending[request] = DateTime.UtcNow;
            }
            else
            {
                _pending.Remove(request);
            }

            _lastActivity = DateTime.UtcNow;
        }
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
