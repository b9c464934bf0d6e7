using System.Globalization;
using System.Security.Claims;
using EcomCompare.Access.Roles;
using EcomCompare.Cube.Build;
using EcomCompare.Editing.Audit;
using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Checking;
using Microsoft.Extensions.Logging;

namespace EcomCompare.Editing.Publishing;

/// <summary>
/// Publishes changes to the data: writes the province's document, manifest line, mapping lines and vocabulary lines
/// into the data folder, builds a new cube generation from the whole folder (atomically: a failed build leaves the
/// previous generation byte for byte), and records the change in the audit log. One change at a time: a second
/// editor's change waits (and is told so) until the first has built. A build that fails puts every file back as it
/// was. The running server notices the new generation by itself.
/// </summary>
public sealed class PlanPublisher(DataFolder folder, AuditLog audit, string cubePath, TimeProvider clock, ILogger<PlanPublisher> log)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>True while a change is being published.</summary>
    public bool Busy => _gate.CurrentCount == 0;

    /// <summary>Takes the one build place until disposed (tests: a publish that must wait, deterministically).</summary>
    internal async Task<IDisposable> HoldAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        return new Release(_gate);
    }

    /// <summary>Adds the province, or replaces it when the details say so.</summary>
    public Task<PublishResult> PublishAsync(PlanRequest request, ClaimsPrincipal user, Action? waiting, CancellationToken cancellation)
    {
        var who = Editor(user);
        var d = request.Details;
        var file = request.Upload.StoredName(d.Code);
        var mapping = request.Categories.Select(c => string.Join('\t', d.Code, c.Item, c.Category, PlanCheckNames.Start(c.Name),
            c.Suggested ? $"suggested, accepted on the dashboard by {who}" : $"chosen on the dashboard by {who}")).ToList();
        var vocabulary = request.Labels.Select(l => l.VocabularyLine(d.Code, who)).ToList();
        var change = new Change(d.Replace ? AuditActions.Replace : AuditActions.Add, d.Code, Provinces.ProvinceDetails.Clean(d.Name),
            new ProvinceState(d.ManifestLine(file), mapping, file), request.Upload.Bytes, vocabulary, [], request.Upload.DisplayName,
            request.Upload.Sha256, null);
        return ApplyAsync(change, who, waiting, cancellation);
    }

    /// <summary>Removes the province (its files are kept in the audit folder).</summary>
    public Task<PublishResult> RemoveAsync(string code, ClaimsPrincipal user, Action? waiting, CancellationToken cancellation)
    {
        var who = Editor(user);
        var name = DataFiles.Read(folder, code).ManifestLine?.Split('\t').ElementAtOrDefault(1) ?? code;
        var change = new Change(AuditActions.Remove, code, name, ProvinceState.Absent, null, [], [], null, null, null);
        return ApplyAsync(change, who, waiting, cancellation);
    }

    /// <summary>Why <paramref name="entry"/> cannot be undone now (null: it can): it failed, or a later change of its province stands.</summary>
    public static string? UndoRefusal(AuditEntry entry, IReadOnlyList<AuditEntry> all) =>
        !entry.Succeeded ? "failed"
        : all.Any(e => e.Succeeded && e.Province == entry.Province && string.CompareOrdinal(e.Id, entry.Id) > 0) ? "later-change"
        : null;

    /// <summary>Puts the province back as it was before entry <paramref name="id"/> (itself a change, which can be undone).</summary>
    public Task<PublishResult> UndoAsync(string id, ClaimsPrincipal user, Action? waiting, CancellationToken cancellation)
    {
        var who = Editor(user);
        var all = audit.Entries();
        var entry = all.FirstOrDefault(e => e.Id == id) ?? throw new ArgumentException($"no audit entry '{id}'", nameof(id));
        if (UndoRefusal(entry, all) is { } why)
        {
            throw new InvalidOperationException($"entry {id} cannot be undone: {why}");
        }

        var document = entry.Before.Document is { } name ? audit.Kept(entry.Id, "before", name) : null;
        var change = new Change(AuditActions.Undo, entry.Province, entry.ProvinceName, entry.Before, document, entry.VocabularyRemoved,
            entry.VocabularyAdded, null, null, entry.Id);
        return ApplyAsync(change, who, waiting, cancellation);
    }

    private static string Editor(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.IsInRole(UserRoles.Editor) && user.Identity.Name is { Length: > 0 } name
            ? name
            : throw new UnauthorizedAccessException("only an editor may change the data");

    private async Task<PublishResult> ApplyAsync(Change change, string user, Action? waiting, CancellationToken cancellation)
    {
        if (!await _gate.WaitAsync(0, cancellation).ConfigureAwait(false))
        {
            waiting?.Invoke();
            await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        }

        try
        {
            return await Task.Run(() => Apply(change, user), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private PublishResult Apply(Change change, string user)
    {
        var now = clock.GetUtcNow();
        var id = now.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var before = DataFiles.Read(folder, change.Province);
        var beforePath = before.Document is { } old ? Path.Combine(folder.Sources, Path.GetFileName(old)) : null;
        var beforeDocument = beforePath is not null && File.Exists(beforePath) ? File.ReadAllBytes(beforePath) : null;
        if (before.Document is { } kept && beforeDocument is not null)
        {
            audit.Keep(id, "before", kept, beforeDocument);
        }

        if (change.After.Document is { } next && change.Document is not null)
        {
            audit.Keep(id, "after", next, change.Document);
        }

        var entry = new AuditEntry
        {
            Id = id,
            At = now,
            User = user,
            Action = change.Action,
            Province = change.Province,
            ProvinceName = change.Name,
            FileName = change.FileName,
            Sha256 = change.Sha256,
            Undoes = change.Undoes,
            Before = before,
            After = change.After,
            VocabularyAdded = change.VocabularyAdd,
            VocabularyRemoved = change.VocabularyRemove,
        };
        try
        {
            // Checked again in the one build place: another editor may have added or removed the province meanwhile.
            var exists = before.ManifestLine is not null;
            if ((change.Action == AuditActions.Add && exists) || (change.Action is AuditActions.Replace or AuditActions.Remove && !exists))
            {
                throw new IngestionException("manifest.tsv", 0, change.Action == AuditActions.Add
                    ? $"a province with the code '{change.Province}' was added meanwhile: choose Replace, or another code"
                    : $"there is no province '{change.Province}' any more (another change removed it meanwhile)");
            }

            Write(change.Province, change.After, change.Document, before);
            DataFiles.ChangeVocabulary(folder, change.VocabularyAdd, change.VocabularyRemove);
            var report = CubeBuilder.Build(PlanIngestor.Ingest(folder.Sources, folder.Categories), cubePath);
            entry = entry with { Succeeded = true, Result = "build " + report.Identity.BuildId };
            log.LogInformation("{User} {Action} {Province}: build {Build}", user, change.Action, change.Province, report.Identity.BuildId);
        }
        catch (Exception e) when (e is IngestionException or CubeBuildException or IOException or UnauthorizedAccessException)
        {
            Write(change.Province, before, beforeDocument, change.After);
            DataFiles.ChangeVocabulary(folder, change.VocabularyRemove, change.VocabularyAdd);
            entry = entry with { Succeeded = false, Result = e.Message, After = before };
            log.LogWarning("{User} {Action} {Province} failed, nothing changed: {Problem}", user, change.Action, change.Province, e.Message);
        }

        audit.Append(entry);
        return new PublishResult(entry);
    }

    // The province's lines as `state`, its document as `document`; the document `replaced` had, when another, removed.
    private void Write(string province, ProvinceState state, byte[]? document, ProvinceState replaced)
    {
        if (state.Document is { } name && document is not null)
        {
            DataFiles.SaveBytes(Path.Combine(folder.Sources, Path.GetFileName(name)), document);
        }

        if (replaced.Document is { } other && other != state.Document)
        {
            File.Delete(Path.Combine(folder.Sources, Path.GetFileName(other)));
        }

        DataFiles.Write(folder, province, state);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }

    private sealed record Change(
        string Action, string Province, string Name, ProvinceState After, byte[]? Document, IReadOnlyList<string> VocabularyAdd,
        IReadOnlyList<string> VocabularyRemove, string? FileName, string? Sha256, string? Undoes);
}

/// <summary>The start of an item's name a mapping line keeps (as <c>ecomcompare check</c> writes it).</summary>
internal static class PlanCheckNames
{
    public static string Start(string name) => Provinces.ProvinceDetails.Clean(CheckReport.NameStart(name));
}
