using EcomCompare.Editing;
using EcomCompare.Editing.Checking;
using EcomCompare.Editing.Provinces;
using EcomCompare.Editing.Publishing;
using EcomCompare.Editing.Uploads;
using EcomCompare.Ingestion;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Manifest;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace EcomCompare.Dashboard.Editing;

/// <summary>The add-a-plan page's state: the upload, its check, the details, the categories chosen, the publish.</summary>
public sealed partial class AddPlan
{
    private enum Phase
    {
        Idle,
        Publishing,
        Waiting,
    }

    [Inject]
    private DataFolder Folder { get; set; } = null!;

    [Inject]
    private DataOptions Options { get; set; } = null!;

    [Inject]
    private PlanChecker Checker { get; set; } = null!;

    [Inject]
    private PlanPublisher Publisher { get; set; } = null!;

    /// <summary>The province to replace (<c>/plans/add?replace=code</c>).</summary>
    [SupplyParameterFromQuery(Name = "replace")]
    public string? ReplaceCode { get; set; }

    private readonly List<LabelAssignment> _labels = [];
    private Dictionary<string, string> _choices = new(StringComparer.Ordinal);
    private ProvinceDetails _details = new();
    private IReadOnlyList<DetailsError> _errors = [];
    private bool _detailsValid;
    private Upload? _upload;
    private CheckOutcome? _outcome;
    private UploadRefusal? _refused;
    private string? _reading;
    private Phase _phase;
    private PublishResult? _result;
    private ProvincePlan? _replacing;

    private ProvinceLists Lists { get; set; } = new([], []);

    private Taxonomy Taxonomy { get; set; } = null!;

    private IReadOnlyList<FundingSourceLabels.SubSource> SubSources { get; set; } = [];

    private bool Busy => _reading is not null || _phase != Phase.Idle;

    private bool CanPublish => !Busy && _upload is not null && _outcome?.Report is { } r && _detailsValid
        && r.Budget.Items.Where(i => !i.IsUntasked).All(i => _choices.ContainsKey(i.Code));

    protected override void OnParametersSet()
    {
        Lists = ProvinceLists.Load(Folder);
        if (!Folder.Exists)
        {
            return;
        }

        Taxonomy = Taxonomy.Load(Path.Combine(Folder.Categories, "taxonomy.tsv"));
        SubSources = FundingSourceLabels.Load(Folder.Vocabulary).SubSources;
        _replacing = ReplaceCode is { Length: > 0 } code ? Existing().FirstOrDefault(p => p.Code == code) : null;
        if (_replacing is { } plan && _details.Code.Length == 0)
        {
            _details = ProvinceDetails.From(plan);
            // The manifest may say more than the list's name ("Cần Thơ (mới: …)"): the list's entry it starts with.
            _details.MergedInto = Lists.Provinces2025.FirstOrDefault(p => plan.MergedInto.StartsWith(p, StringComparison.Ordinal)) ?? plan.MergedInto;
        }
    }

    private IReadOnlyList<ProvincePlan> Existing()
    {
        try
        {
            return ManifestReader.Load(Folder.Manifest);
        }
        catch (IngestionException)
        {
            return [];
        }
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        _outcome = null;
        _refused = null;
        _result = null;
        _upload = null;
        _labels.Clear();
        _reading = UploadReader.DisplayName(e.File.Name);
        StateHasChanged();
        try
        {
            if (e.File.Size > Options.MaxUploadBytes)
            {
                throw new UploadRefusedException(UploadRefusal.TooLarge, "declared size over the limit");
            }

            // The browser's stream stops past the limit too; our reader refuses as soon as the bytes pass it.
            await using var stream = e.File.OpenReadStream(Options.MaxUploadBytes + 1);
            _upload = await UploadReader.ReadAsync(stream, e.File.Name, Options, CancellationToken.None);
            await CheckAsync();
        }
        catch (UploadRefusedException refused)
        {
            _refused = refused.Refusal;
        }
        catch (IOException)
        {
            _refused = UploadRefusal.TooLarge;
        }
        finally
        {
            _reading = null;
        }
    }

    private async Task CheckAsync()
    {
        if (_upload is null)
        {
            return;
        }

        var plan = _detailsValid ? _details.ToPlan(_upload.StoredName(_details.Code)) : null;
        _outcome = await Checker.CheckAsync(_upload, plan, _labels, CancellationToken.None);
        if (_outcome.Report is { } report)
        {
            // Keep what the analyst chose for items still there; the existing mapping (a replacement) next.
            _choices = report.Budget.Items.Where(i => !i.IsUntasked && _choices.ContainsKey(i.Code))
                .ToDictionary(i => i.Code, i => _choices[i.Code], StringComparer.Ordinal);
            if (_replacing is not null && plan is not null)
            {
                foreach (var (item, category) in report.Mapped.Where(m => !_choices.ContainsKey(m.Key)))
                {
                    _choices[item] = category;
                }
            }
        }
    }

    private async Task AssignAsync(LabelAssignment label)
    {
        _labels.Add(label);
        _reading = _upload?.DisplayName;
        StateHasChanged();
        try
        {
            await CheckAsync();
        }
        finally
        {
            _reading = null;
        }
    }

    private async Task ApplyDetailsAsync()
    {
        _details.Code = _details.Code.Trim();
        _errors = DetailsValidation.Check(_details, Existing(), Lists);
        _detailsValid = _errors.Count == 0;
        if (_detailsValid)
        {
            await CheckAsync();
        }
    }

    private async Task PublishAsync()
    {
        if (!CanPublish || _outcome?.Report is not { } report || _upload is null)
        {
            return;
        }

        _errors = DetailsValidation.Check(_details, Existing(), Lists);
        if (_errors.Count > 0)
        {
            _detailsValid = false;
            return;
        }

        _phase = Phase.Publishing;
        _result = null;
        StateHasChanged();
        var categories = report.Budget.Items.Where(i => !i.IsUntasked)
            .Select(i => new ItemCategory(i.Code, i.Name, _choices[i.Code], _choices[i.Code] == report.Suggestions[i.Code][0].Category))
            .ToList();
        try
        {
            var user = await UserAsync();
            var request = new PlanRequest(_upload, _details, categories, [.. _labels]);
            _result = await Publisher.PublishAsync(request, user, Waiting, CancellationToken.None);
            if (_result.Succeeded)
            {
                // Published: the next upload starts afresh (a second publish of the same would be refused as existing).
                _upload = null;
                _outcome = null;
                _labels.Clear();
            }
        }
        finally
        {
            _phase = Phase.Idle;
        }
    }

    // Called by the publisher when another change holds the one build place: the page says so until it is our turn.
    private void Waiting() => _ = InvokeAsync(() =>
    {
        _phase = Phase.Waiting;
        StateHasChanged();
    });

    private string Refusal(UploadRefusal refusal) => refusal switch
    {
        UploadRefusal.TooLarge => W.RefusedTooLarge,
        UploadRefusal.Empty => W.RefusedEmpty,
        UploadRefusal.UnpacksTooLarge => W.RefusedUnpacks,
        UploadRefusal.NotWord => W.RefusedNotWord,
        UploadRefusal.OldOffice => W.RefusedOldOffice,
        UploadRefusal.Picture => W.RefusedPicture,
        UploadRefusal.TooSlow => W.RefusedTooSlow,
        _ => W.RefusedNotDocument,
    };
}
