using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using EcomCompare.Access.Users;
using EcomCompare.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcomCompare.Host.Tests.Access;

/// <summary>A users file in a temp folder, a server over it with a log the test can read, and sign-in helpers.</summary>
internal sealed partial class AccessHarness : IAsyncDisposable
{
    private AccessHarness(string folder, string usersFile, KestrelServer server, TestLog log)
    {
        Folder = folder;
        UsersFile = usersFile;
        Server = server;
        Log = log;
    }

    public string Folder { get; }

    public string UsersFile { get; }

    public KestrelServer Server { get; }

    public TestLog Log { get; }

    public HttpClient Client => Server.Client;

    /// <summary>A users file naming <paramref name="users"/> (name, password; cheap hashes) and a server over it.</summary>
    public static async Task<AccessHarness> StartAsync(
        IReadOnlyList<(string Name, string Password)> users, Action<WebApplicationBuilder>? configure = null, params string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("ecomcompare-access-").FullName;
        var file = Path.Combine(folder, "users.tsv");
        File.WriteAllText(file, string.Concat(users.Select(u => $"{u.Name}\t{PasswordHash.Create(u.Password, iterations: 1_000)}\n")));
        var log = new TestLog();
        var server = await KestrelServer.StartAsync(null, builder =>
        {
            builder.Logging.AddProvider(log);
            configure?.Invoke(builder);
        }, ["--Access:UsersFile", file, "--Access:UsersFilePollInterval", "00:00:00.050", .. args]);
        return new AccessHarness(folder, file, server, log);
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public async Task<HttpResponseMessage> GetAsync(string path, AuthenticationHeaderValue? credentials = null, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = credentials;
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>A browser of its own (cookies, no redirects followed).</summary>
    public HttpClient Browser(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = Server.BaseAddress,
        };

    /// <summary>Signs <paramref name="browser"/> in through the form; returns the sign-in cookie's value.</summary>
    public static async Task<string> SignInAsync(
        HttpClient browser, CookieContainer cookies, string user, string password, string? forwardedFor = null)
    {
        var form = await browser.GetStringAsync("signin");
        var token = Token().Match(form);
        using var post = new HttpRequestMessage(HttpMethod.Post, "signin") { Content = Form(token, user, password, "/summary") };
        if (forwardedFor is not null)
        {
            post.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await browser.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return cookies.GetCookies(browser.BaseAddress!)["ecomcompare.signin"]!.Value;
    }

    public static FormUrlEncodedContent Form(Match token, string user, string password, string returnUrl) => new(
        new Dictionary<string, string>
        {
            [token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["returnUrl"] = returnUrl,
            ["user"] = user,
            ["password"] = password,
        });

    /// <summary>A request carrying only a copied sign-in cookie (another machine, another client).</summary>
    public async Task<HttpResponseMessage> WithCookieAsync(string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", "ecomcompare.signin=" + cookie);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        client.BaseAddress = Server.BaseAddress;
        return await client.SendAsync(request);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\">")]
    public static partial Regex Token();

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>Every log line the server writes, for tests to read.</summary>
internal sealed class TestLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(TestLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : "\n" + exception)}");
            }
        }
    }
}
