using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EcomCompare.Testing;

/// <summary>
/// The published server (<c>make publish</c>; path in <c>$ECOMCOMPARE_HOST</c>, default
/// <c>.build/publish/host/EcomCompare.Host</c>) as a child process on a free port. Only a published output carries
/// Blazor's script (<c>_framework/blazor.web.js</c>): browser tests talk to this.
/// </summary>
public sealed class PublishedServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PublishedServer(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

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

        var port = FreePort();
        var info = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Binary)!,
        };
        foreach (var arg in new[] { "--urls", $"http://127.0.0.1:{port}", "--Cube:Path", cubePath ?? TestCube.Path, "--Access:UsersFile",
            KestrelServer.NoUsers }.Concat(extraArgs))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + Binary);
        var server = new PublishedServer(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
    }
}
