using EcomCompare.Ingestion.Checking;

namespace EcomCompare.Editing.Checking;

/// <summary>What checking an upload gave: the report, or why the document cannot be read (and, for an unknown wording, which).</summary>
/// <param name="Report">The check, when the document reads.</param>
/// <param name="Problem">Why it does not: the reader's sentence (<c>file:line: what is wrong: what to do</c>).</param>
/// <param name="UnknownLabel">A funding-source wording no line of the vocabulary matches, to be assigned on the page.</param>
/// <param name="Refusal">Refused before reading (too large, a zip bomb, a picture, too slow), for the page to word.</param>
public sealed record CheckOutcome(CheckReport? Report, string? Problem, string? UnknownLabel, Uploads.UploadRefusal? Refusal)
{
    /// <summary>The document read.</summary>
    public static CheckOutcome Read(CheckReport report) => new(report, null, null, null);
}
