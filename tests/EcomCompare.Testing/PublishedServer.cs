using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace EcomCompare.Testing;

/// <summary>
/// The published server (<c>make publish</c>; path in <c>$ECOMCOMPARE_HOST</c>, default
/// <c>.build/publish/host/EcomCompare.Host</c>) as a child process on a free port. Only a published output carries
/// Blazor's script (<c>_framework/blazor.web.js</c>): browser tests talk to this.
/// </summary>
/// <remarks>
/// The server binds port 0 and the test reads the port it got from its "Now listening on" line. Picking a free port
/// first and passing it on was a race: on a machine running two test runs, another server could take the port in
/// between, and the health check would then have been answered by the wrong server.
/// </remarks>
public sealed partial class PublishedServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PublishedServer(Process process) => _process = process;

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the server printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The binary's path.</summary>
    public static string Binary => Environment.GetEnvironmentVariable("ECOMCOMPARE_HOST") is { Length: > 0 } path
        ? path
        : Path.Combine(RepoPaths.Root, ".build", "publish", "host", "EcomCompare.Host");

    /// <summary>Starts the server on <paramref name="cubePath"/> and waits until <c>/healthz</c> answers.</summary>
    public static async Task<PublishedServer> StartAsync(string? cubePath = null, params string[] extraArgs)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"The published server is missing at {Binary}: run `make publish` (make test does).");
        }

        var info = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Binary)!,
        };
        // The lifetime logger's level is set last so that no extra argument can silence the line the port is read from.
        foreach (var arg in new[] { "--urls", "http://127.0.0.1:0", "--Cube:Path", cubePath ?? TestCube.Path, "--Access:UsersFile",
            KestrelServer.NoUsers }.Concat(extraArgs).Concat(["--Logging:LogLevel:Microsoft.Hosting.Lifetime", "Information"]))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + Binary);
        var server = new PublishedServer(process);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // A guard against a server that never starts, far above the second or so it takes on a busy machine.
        var listening = await Task.WhenAny(server._listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (listening != server._listening.Task)
        {
            var why = process.HasExited ? $"exited with {process.ExitCode}" : "did not say where it listens within 60 s";
            await server.DisposeAsync();
            throw new InvalidOperationException($"the server {why}:\n{server.Output}");
        }

        server.BaseAddress = await server._listening.Task;
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {process.ExitCode}:\n{server.Output}");
            }

            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"the server did not answer /healthz within 30 s:\n{server.Output}");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningLine();
}
