using EcomCompare.Editing.Publishing;

namespace EcomCompare.Editing.Audit;

/// <summary>
/// One change to the data, as the audit log keeps it: who, when, what (the action, the province, the uploaded file's
/// name and SHA-256), the result, and the province's state before and after (its previous document kept beside the
/// log), so that it can be undone.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>Unique, sortable by time: <c>20251201T101500Z-3fa2</c>.</summary>
    public required string Id { get; init; }

    /// <summary>When the change was asked for (UTC).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The signed-in user (or <c>local</c>).</summary>
    public required string User { get; init; }

    /// <summary><see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The province's code.</summary>
    public required string Province { get; init; }

    /// <summary>The province's name.</summary>
    public string ProvinceName { get; init; } = string.Empty;

    /// <summary>The uploaded file's name as the browser sent it (display only), or null (remove, undo).</summary>
    public string? FileName { get; init; }

    /// <summary>Hex SHA-256 of the uploaded file, or null.</summary>
    public string? Sha256 { get; init; }

    /// <summary>True when the change was published (a new cube built); false when the build failed and nothing changed.</summary>
    public bool Succeeded { get; init; }

    /// <summary>What happened: the new build's id, or why it failed.</summary>
    public string Result { get; init; } = string.Empty;

    /// <summary>For an undo: the entry undone.</summary>
    public string? Undoes { get; init; }

    /// <summary>The province before the change.</summary>
    public ProvinceState Before { get; init; } = ProvinceState.Absent;

    /// <summary>The province after the change (as asked; as before when it failed).</summary>
    public ProvinceState After { get; init; } = ProvinceState.Absent;

    /// <summary>Vocabulary lines the change added.</summary>
    public IReadOnlyList<string> VocabularyAdded { get; init; } = [];

    /// <summary>Vocabulary lines the change took out (an undo of an addition).</summary>
    public IReadOnlyList<string> VocabularyRemoved { get; init; } = [];
}

/// <summary>The actions an audit entry records.</summary>
public static class AuditActions
{
    /// <summary>A new province.</summary>
    public const string Add = "add";

    /// <summary>A province's plan replaced by a corrected document.</summary>
    public const string Replace = "replace";

    /// <summary>A province removed.</summary>
    public const string Remove = "remove";

    /// <summary>An earlier change undone.</summary>
    public const string Undo = "undo";
}
