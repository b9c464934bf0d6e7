using System.Text;

namespace EcomCompare.Editing.Uploads;

/// <summary>
/// Reads an uploaded document safely: at most <see cref="DataOptions.MaxUploadBytes"/> (reading stops there), the kind
/// from the content (<see cref="DocumentSniffer"/>), the name reduced to a plain file name for display.
/// </summary>
public static class UploadReader
{
    /// <summary>Reads <paramref name="content"/>; throws <see cref="UploadRefusedException"/> for what is no plan document.</summary>
    public static async Task<Upload> ReadAsync(Stream content, string? name, DataOptions options, CancellationToken cancellation)
    {
        var bytes = await ReadBoundedAsync(content, options.MaxUploadBytes, cancellation).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            throw new UploadRefusedException(UploadRefusal.Empty, "the file is empty");
        }

        return new Upload(DisplayName(name), DocumentSniffer.KindOf(bytes, options.MaxUnpackedBytes), bytes);
    }

    /// <summary>The stream's bytes, refused as soon as they pass <paramref name="limit"/>.</summary>
    public static async Task<byte[]> ReadBoundedAsync(Stream content, long limit, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new UploadRefusedException(UploadRefusal.TooLarge, $"the file is larger than {limit} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The last segment of a browser-sent name (either slash), without control characters, at most 120 characters:
    /// only ever shown and logged. Nothing is stored under it.
    /// </summary>
    public static string DisplayName(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var clean = new StringBuilder();
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && c is not ('<' or '>' or '"'))
            {
                clean.Append(c);
            }
        }

        var text = clean.ToString().Trim().Trim('.');
        return text.Length == 0 ? "upload" : text.Length <= 120 ? text : text[..120];
    }
}
