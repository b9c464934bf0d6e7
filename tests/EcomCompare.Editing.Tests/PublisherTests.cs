using System.Security.Claims;
using System.Text;
using EcomCompare.Access.Roles;
using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Editing.Audit;
using EcomCompare.Editing.Checking;
using EcomCompare.Editing.Provinces;
using EcomCompare.Editing.Publishing;
using EcomCompare.Editing.Uploads;
using EcomCompare.Ingestion;
using EcomCompare.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcomCompare.Editing.Tests;

/// <summary>
/// Publishing against a copy of the data folder and a real cube: add, replace, undo, remove; a failing build changes
/// nothing (cube and files byte for byte); two publishes at once both end, one after the other; viewers are refused.
/// </summary>
public sealed class PublisherTests : IDisposable
{
    private static readonly ClaimsPrincipal Editor = Principal("lan", UserRoles.Editor);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ecomcompare-publish-");
    private readonly DataFolder _folder;
    private readonly string _cube;
    private readonly AuditLog _audit;
    private readonly PlanPublisher _publisher;
    private readonly PlanChecker _checker;

    public PublisherTests()
    {
        _folder = new DataFolder(TestData.CopyInto(Path.Combine(_dir.FullName, "data")));
        _cube = Path.Combine(_dir.FullName, "cube", "ecomcompare.duckdb");
        Directory.CreateDirectory(Path.GetDirectoryName(_cube)!);
        CubeBuilder.Build(PlanIngestor.Ingest(_folder.Sources, _folder.Categories), _cube);
        _audit = new AuditLog(_folder);
        _publisher = new PlanPublisher(_folder, _audit, _cube, TimeProvider.System, NullLogger<PlanPublisher>.Instance);
        _checker = new PlanChecker(_folder, new DataOptions());
    }

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task APublishedPlanIsInTheNewCubeAndCanBeReplacedUndoneAndRemoved()
    {
        var first = await RequestAsync(NuiDo(), Details());
        var added = await _publisher.PublishAsync(first, Editor, null, CancellationToken.None);
        Assert.True(added.Succeeded, added.Entry.Result);
        Assert.Equal(5200m, await TotalAsync("nui-do"));
        Assert.Contains("nui-do\tNúi Đỏ\tTrung du và miền núi phía Bắc\t12/QĐ-UBND\t2021-03-01", File.ReadAllText(_folder.Manifest), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Sources, "nui-do.docx")));

        // A corrected document: item II.2 is 1.600 instead of 1.500 (and the totals with it).
        var corrected = NuiDo().Replace("1.500\t\t500\t800\t200", "1.600\t\t600\t800\t200", StringComparison.Ordinal)
            .Replace("<b>4.000</b>\t<b>1.000</b>\t<b>1.500</b>", "<b>4.100</b>\t<b>1.000</b>\t<b>1.600</b>", StringComparison.Ordinal)
            .Replace("<b>5.200</b>\t<b>1.700</b>\t<b>2.000</b>", "<b>5.300</b>\t<b>1.700</b>\t<b>2.100</b>", StringComparison.Ordinal)
            .Replace("5,2 tỷ đồng", "5,3 tỷ đồng", StringComparison.Ordinal);
        var replace = Details();
        replace.Replace = true;
        var replaced = await _publisher.PublishAsync(await RequestAsync(corrected, replace), Editor, null, CancellationToken.None);
        Assert.True(replaced.Succeeded, replaced.Entry.Result);
        Assert.Equal(5300m, await TotalAsync("nui-do"));

        var undone = await _publisher.UndoAsync(replaced.Entry.Id, Editor, null, CancellationToken.None);
        Assert.True(undone.Succeeded, undone.Entry.Result);
        Assert.Equal(5200m, await TotalAsync("nui-do"));
        Assert.Equal(first.Upload.Bytes, File.ReadAllBytes(Path.Combine(_folder.Sources, "nui-do.docx")));

        var removed = await _publisher.RemoveAsync("nui-do", Editor, null, CancellationToken.None);
        Assert.True(removed.Succeeded, removed.Entry.Result);
        Assert.Null(await TotalAsync("nui-do"));
        Assert.DoesNotContain("nui-do", File.ReadAllText(_folder.Mapping), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Sources, "nui-do.docx")));

        var log = _audit.Entries();
        Assert.Equal([AuditActions.Add, AuditActions.Replace, AuditActions.Undo, AuditActions.Remove], log.Select(e => e.Action));
        Assert.All(log, e => Assert.Equal("lan", e.User));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(first.Upload.Bytes)), log[0].Sha256);
        Assert.Equal("nui-do.docx", log[0].FileName);
        Assert.Equal(replaced.Entry.Id, log[2].Undoes);
        // The replaced document is kept beside the log.
        Assert.Equal(first.Upload.Bytes, _audit.Kept(replaced.Entry.Id, "before", "nui-do.docx"));
        // Only the latest change of a province can be undone: the removal now.
        Assert.Equal("later-change", PlanPublisher.UndoRefusal(log[0], log));
        Assert.Null(PlanPublisher.UndoRefusal(log[3], log));
    }

    [Fact]
    public async Task AFailingBuildLeavesTheCubeAndTheDataFilesByteIdentical()
    {
        var live = CubeFilesOf(_cube);
        var files = Snapshot();
        var request = await RequestAsync(NuiDo(), Details());
        // A category the taxonomy does not have: the page never sends one, the build refuses it.
        request = request with { Categories = [.. request.Categories.Skip(1), request.Categories[0] with { Category = "no-such-category" }] };

        var result = await _publisher.PublishAsync(request, Editor, null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("unknown category 'no-such-category'", result.Entry.Result, StringComparison.Ordinal);
        Assert.Equal(live, CubeFilesOf(_cube));
        Assert.Equal(files, Snapshot());
        Assert.False(Assert.Single(_audit.Entries()).Succeeded);
    }

    [Fact]
    public async Task TwoPublishesAtOnceBothEndOneAfterTheOther()
    {
        var first = await RequestAsync(NuiDo(), Details());
        var other = Details();
        other.Name = "Núi Xanh";
        other.Code = "nui-xanh";
        var second = await RequestAsync(NuiDo().Replace("Núi Đỏ", "Núi Xanh", StringComparison.Ordinal), other);
        var a = _publisher.PublishAsync(first, Editor, null, CancellationToken.None);
        var b = _publisher.PublishAsync(second, Editor, null, CancellationToken.None);
        var results = await Task.WhenAll(a, b);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Entry.Result));
        Assert.Equal(5200m, await TotalAsync("nui-do"));
        Assert.Equal(5200m, await TotalAsync("nui-xanh"));
        // One build each, one after the other: the later one saw the earlier's province as already there.
        var log = _audit.Entries();
        Assert.Equal(2, log.Count);
        Assert.NotEqual(log[0].Result, log[1].Result);
        Assert.Contains(log[0].Province, File.ReadAllText(_folder.Manifest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublishWhileAnotherBuildsIsToldToWaitAndThenPublishes()
    {
        var request = await RequestAsync(NuiDo(), Details());
        var waiting = new TaskCompletionSource();
        Task<PublishResult> publish;
        using (await _publisher.HoldAsync())
        {
            publish = _publisher.PublishAsync(request, Editor, () => waiting.TrySetResult(), CancellationToken.None);
            await waiting.Task.WaitAsync(TimeSpan.FromSeconds(60)); // the page shows its wait message now
            Assert.False(publish.IsCompleted);
            Assert.Empty(_audit.Entries());
        }

        Assert.True((await publish).Succeeded);
        Assert.Equal(5200m, await TotalAsync("nui-do"));
    }

    [Fact]
    public async Task TheSameProvinceAddedTwiceIsRefusedTheSecondTimeAndChangesNothing()
    {
        var request = await RequestAsync(NuiDo(), Details());
        Assert.True((await _publisher.PublishAsync(request, Editor, null, CancellationToken.None)).Succeeded);
        var files = Snapshot();

        // A second editor checked the same new province before the first published it.
        var again = await _publisher.PublishAsync(request, Editor, null, CancellationToken.None);

        Assert.False(again.Succeeded);
        Assert.Contains("was added meanwhile", again.Entry.Result, StringComparison.Ordinal);
        Assert.Equal(files, Snapshot());
    }

    [Fact]
    public async Task AViewerCannotPublishRemoveOrUndo()
    {
        var viewer = Principal("an", UserRoles.Viewer);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(async () =>
            await _publisher.PublishAsync(await RequestAsync(NuiDo(), Details()), viewer, null, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _publisher.RemoveAsync("can-tho", viewer, null, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _publisher.RemoveAsync("can-tho", new ClaimsPrincipal(), null, CancellationToken.None));
        Assert.Empty(_audit.Entries());
    }

    [Fact]
    public async Task AnUnknownFundingWordingIsAssignedAndWrittenToTheVocabulary()
    {
        var text = NuiDo().Replace("Nguồn vốn hợp pháp khác", "Quỹ phát triển hợp tác", StringComparison.Ordinal);
        var upload = new Upload("nui-do.txt", DocumentKind.Text, Encoding.UTF8.GetBytes(text));
        var unread = await _checker.CheckAsync(upload, null, [], CancellationToken.None);
        Assert.Null(unread.Report);
        Assert.Equal("Quỹ phát triển hợp tác", unread.UnknownLabel);

        LabelAssignment[] labels = [new("Quỹ phát triển hợp tác", Ingestion.Model.FundingSource.Other, null)];
        var read = await _checker.CheckAsync(upload, Details().ToPlan("nui-do.txt"), labels, CancellationToken.None);
        Assert.NotNull(read.Report);
        var request = new PlanRequest(upload, Details(), Categories(read.Report!), labels);
        var published = await _publisher.PublishAsync(request, Editor, null, CancellationToken.None);
        Assert.True(published.Succeeded, published.Entry.Result);
        Assert.EndsWith("other\texact\tQuỹ phát triển hợp tác\t\tadded on the dashboard by lan for nui-do", File.ReadAllText(_folder.Vocabulary).TrimEnd('\n'),
            StringComparison.Ordinal);
    }

    private static string NuiDo() => TestData.Fixture("nui-do.txt");

    private static ProvinceDetails Details() => new()
    {
        Name = "Núi Đỏ",
        Code = "nui-do",
        Region = "Trung du và miền núi phía Bắc",
        Decision = "12/QĐ-UBND",
        DecisionDate = new DateOnly(2021, 3, 1),
        MergedInto = "Lào Cai",
    };

    private async Task<PlanRequest> RequestAsync(string text, ProvinceDetails details)
    {
        var upload = new Upload("nui-do.docx", DocumentKind.Docx, PlanDocx.From(text));
        var check = await _checker.CheckAsync(upload, details.ToPlan(upload.StoredName(details.Code)), [], CancellationToken.None);
        Assert.True(check.Report is not null, check.Problem);
        return new PlanRequest(upload, details, Categories(check.Report!), []);
    }

    private static List<ItemCategory> Categories(Ingestion.Checking.CheckReport report) => report.Budget.Items.Where(i => !i.IsUntasked)
        .Select(i => new ItemCategory(i.Code, i.Name, report.Suggestions[i.Code][0].Category, true)).ToList();

    private async Task<decimal?> TotalAsync(string province)
    {
        using var store = new CubeStore(new CubeStoreOptions { Path = _cube });
        var splits = await new CubeQueries(store).FundingSplitsAsync();
        return splits.FirstOrDefault(s => s.ProvinceCode == province)?.Total;
    }

    private Dictionary<string, string> Snapshot() => new[] { _folder.Manifest, _folder.Mapping, _folder.Vocabulary }
        .Concat(Directory.GetFiles(_folder.Sources)).Distinct()
        .ToDictionary(p => p, p => Convert.ToHexString(File.ReadAllBytes(p)));

    // The pointer's target and every generation file's bytes.
    private static Dictionary<string, string> CubeFilesOf(string cube) =>
        Directory.GetFiles(Path.GetDirectoryName(cube)!).Where(p => !p.EndsWith(".lock", StringComparison.Ordinal))
            .ToDictionary(
                p => Path.GetFileName(p),
                p => new FileInfo(p).LinkTarget ?? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))));

    private static ClaimsPrincipal Principal(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));
}
