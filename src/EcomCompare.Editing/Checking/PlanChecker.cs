using System.Globalization;
using EcomCompare.Editing.Uploads;
using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Checking;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Editing.Checking;

/// <summary>
/// Runs <c>ecomcompare check</c>'s check on an upload, within a time limit: the same reading, reconciliation and
/// suggestions, as the province the form describes (or a provisional one before the form is filled), with the
/// wordings assigned on the page added to the vocabulary. Changes nothing.
/// </summary>
public sealed class PlanChecker(DataFolder folder, DataOptions options)
{
    private readonly Lock _gate = new();
    private (string Stamp, CategorySuggester Suggester)? _suggester;

    /// <summary>Checks <paramref name="upload"/> as <paramref name="plan"/> (null: a provisional new province).</summary>
    public async Task<CheckOutcome> CheckAsync(
        Upload upload, ProvincePlan? plan, IReadOnlyList<LabelAssignment> labels, CancellationToken cancellation)
    {
        var name = upload.StoredName(plan?.Code ?? "new-plan");
        plan ??= new ProvincePlan("new-plan", string.Empty, string.Empty, string.Empty, null, "2021-2025", string.Empty, string.Empty, GroupKind.Tasks, name);
        plan = plan with { File = name };
        // A PDF's reading stops at the time limit (the reader watches the token); the wait has the same bound besides.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(TimeSpan.FromSeconds(options.CheckTimeoutSeconds));
        var work = Task.Run(() => Check(upload, name, plan, labels, limit.Token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(TimeSpan.FromSeconds(options.CheckTimeoutSeconds + 1), cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            return new CheckOutcome(null, $"reading took longer than {options.CheckTimeoutSeconds} s", null, UploadRefusal.TooSlow);
        }
    }

    private CheckOutcome Check(Upload upload, string name, ProvincePlan plan, IReadOnlyList<LabelAssignment> assigned, CancellationToken limit)
    {
        try
        {
            var labels = FundingSourceLabels.Load(folder.Vocabulary);
            foreach (var a in assigned)
            {
                labels = labels.WithLabel(a.Label, a.Source, a.Part);
            }

            var text = PlanText.Parse(name, upload.Bytes, limit);
            return CheckOutcome.Read(PlanCheck.Run(text, plan, folder.Sources, folder.Categories, Suggester(), labels));
        }
        catch (IngestionException e)
        {
            return new CheckOutcome(null, e.Message, e.UnknownLabel, null);
        }
    }

    // One suggester per state of the data: learning reads every plan (about a second), so it is kept until the
    // manifest or the mapping changes.
    private CategorySuggester Suggester()
    {
        var stamp = string.Join('|', new[] { folder.Manifest, folder.Mapping }
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{File.GetLastWriteTimeUtc(p).Ticks}:{new FileInfo(p).Length}")));
        lock (_gate)
        {
            if (_suggester is { } cached && cached.Stamp == stamp)
            {
                return cached.Suggester;
            }
        }

        var fresh = CategorySuggester.FromData(folder.Sources, folder.Categories);
        lock (_gate)
        {
            _suggester = (stamp, fresh);
        }

        return fresh;
    }
}
