using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EcomCompare.Benchmarks.Sections;

/// <summary>The published server as a child process on a free 127.0.0.1 port, for the OData section's measurements.</summary>
internal sealed class ODataHostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ODataHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<ODataHostProcess> StartAsync(string binary, string cube, IEnumerable<string> extraArgs)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var info = new ProcessStartInfo(binary)
        {
            WorkingDirectory = Path.GetDirectoryName(binary)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--urls", $"http://127.0.0.1:{port}", "--Cube:Path", cube, "--Logging:LogLevel:Default",
            "Warning" }.Concat(extraArgs))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new ODataHostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var wait = Stopwatch.StartNew(); wait.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(100))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{binary} exited with {process.ExitCode}");
            }

            try
            {
                using var health = await client.GetAsync("healthz");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
        }

        await host.DisposeAsync();
        throw new TimeoutException("the server did not answer /healthz within 60 s");
    }

    /// <summary>The server's peak resident memory so far (VmHWM from /proc).</summary>
    public string PeakMemory()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null
            ? "?"
            : (long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0).ToString(
                "0", CultureInfo.InvariantCulture) + " MiB";
    }

    public static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> args, TimeSpan limit,
        CancellationToken cancellation)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(limit);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
