namespace EcomCompare.Editing.Uploads;

/// <summary>Why an upload is refused before it is read as a plan: the page words each in its language.</summary>
public enum UploadRefusal
{
    /// <summary>Larger than the limit (<see cref="DataOptions.MaxUploadBytes"/>): reading stopped at the limit.</summary>
    TooLarge,

    /// <summary>No bytes.</summary>
    Empty,

    /// <summary>A zip archive that unpacks to more than <see cref="DataOptions.MaxUnpackedBytes"/> or holds too many files.</summary>
    UnpacksTooLarge,

    /// <summary>A zip archive that is not a Word document, or a damaged one.</summary>
    NotWord,

    /// <summary>An old binary Office file (.doc, .xls).</summary>
    OldOffice,

    /// <summary>A picture (a scan).</summary>
    Picture,

    /// <summary>Binary data that is none of PDF, Word or text.</summary>
    NotADocument,

    /// <summary>Reading and checking took longer than <see cref="DataOptions.CheckTimeoutSeconds"/>.</summary>
    TooSlow,
}

/// <summary>An upload refused for <see cref="Refusal"/>; the message says it in English for the log.</summary>
public sealed class UploadRefusedException(UploadRefusal refusal, string message) : Exception(message)
{
    /// <summary>Why.</summary>
    public UploadRefusal Refusal { get; } = refusal;
}
