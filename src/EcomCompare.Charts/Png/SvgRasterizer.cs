using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace EcomCompare.Charts.Png;

/// <summary>
/// PNG by rasterising the chart's own SVG with librsvg's <c>rsvg-convert</c> (a subprocess: no native code in
/// this project, and a hung or crashing rasteriser cannot take the server down), so SVG and PNG are the same
/// picture. The SVG goes in on stdin, the PNG comes out on stdout; the process is killed at the time limit.
/// At most one rasteriser per core runs at a time.
/// </summary>
internal sealed class SvgRasterizer(ChartOptions options) : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    public async Task<byte[]> RasterizeAsync(byte[] svg, int pixelWidth, int pixelHeight, CancellationToken cancellation)
    {
        await _slots.WaitAsync(cancellation).ConfigureAwait(false);
        Process? process = null;
        try
        {
            var info = new ProcessStartInfo(options.RsvgConvert)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add("--format=png");
            info.ArgumentList.Add("--width=" + pixelWidth.ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add("--height=" + pixelHeight.ToString(CultureInfo.InvariantCulture));
            try
            {
                process = Process.Start(info) ?? throw new RasterizerException($"could not start {options.RsvgConvert}");
            }
            catch (Win32Exception e)
            {
                throw new RasterizerException($"PNG charts need {options.RsvgConvert} (Debian package librsvg2-bin): {e.Message}", e);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(options.RasterTimeout);
            try
            {
                var output = new MemoryStream();
                var copy = process.StandardOutput.BaseStream.CopyToAsync(output, timeout.Token);
                var errors = process.StandardError.ReadToEndAsync(timeout.Token);
                await process.StandardInput.BaseStream.WriteAsync(svg, timeout.Token).ConfigureAwait(false);
                process.StandardInput.Close();
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                await copy.ConfigureAwait(false);
                var message = await errors.ConfigureAwait(false);
                var png = output.ToArray();
                if (process.ExitCode != 0 || png.Length < PngSignature.Length || !png.AsSpan(0, PngSignature.Length).SequenceEqual(PngSignature))
                {
                    throw new RasterizerException($"{options.RsvgConvert} failed (exit {process.ExitCode}): {message.Trim()}");
                }

                return png;
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                throw new RasterizerException(string.Create(CultureInfo.InvariantCulture, $"{options.RsvgConvert} took longer than {options.RasterTimeout.TotalSeconds:0} s"));
            }
            catch (IOException e)
            {
                throw new RasterizerException($"{options.RsvgConvert} stopped early: {e.Message}", e);
            }
        }
        finally
        {
            if (process is not null)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }

            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
