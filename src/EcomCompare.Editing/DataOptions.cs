using System.ComponentModel.DataAnnotations;

namespace EcomCompare.Editing;

/// <summary>
/// The <c>Data</c> configuration section: where the plans, the manifest and the vocabularies are (the folder
/// <c>make cube</c> builds from), and the limits on an uploaded plan. Checked when the server starts.
/// </summary>
public sealed class DataOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Data";

    /// <summary>
    /// The data folder, with <c>sources/</c>, <c>categories/</c> and <c>provinces/</c>. Unset: <c>$ECOMCOMPARE_DATA</c>, else
    /// <c>cube</c> under the working directory (the repository's, where <c>make run</c> starts the server).
    /// </summary>
    public string? Path { get; set; }

    /// <summary>The largest upload, in bytes (20 MB); a larger one is refused while it is read.</summary>
    [Range(1024, 50 * 1024 * 1024, ErrorMessage = "Data:MaxUploadBytes must be from {1} to {2}.")]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most a .docx may unpack to, in bytes (200 MB): a zip bomb is refused before it is unpacked.</summary>
    [Range(1024 * 1024, 1024L * 1024 * 1024, ErrorMessage = "Data:MaxUnpackedBytes must be from {1} to {2}.")]
    public long MaxUnpackedBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>How long reading and checking one document may take.</summary>
    [Range(1, 600, ErrorMessage = "Data:CheckTimeoutSeconds must be from {1} to {2}.")]
    public int CheckTimeoutSeconds { get; set; } = 30;

    /// <summary>The data folder, resolved.</summary>
    public string Resolve() => System.IO.Path.GetFullPath(Path is { Length: > 0 } configured
        ? configured
        : Environment.GetEnvironmentVariable("ECOMCOMPARE_DATA") is { Length: > 0 } env ? env : "cube");
}
