using EcomCompare.Cube.Build;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Dashboard.Data;
using EcomCompare.Dashboard.State;
using EcomCompare.Dashboard.Text;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Slices;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// What every page shares: its state read from the address (the slice in <see cref="SliceQueryString"/> format,
/// <c>lang</c>, and the page's own keys), loading its model through <see cref="DashboardQueries"/>, a loading
/// indicator when a load takes longer than <see cref="LoadingDelay"/>, an error panel instead of a broken page,
/// and a reload when the cube is rebuilt underneath.
/// </summary>
/// <typeparam name="TModel">What the page shows, loaded in one go.</typeparam>
public abstract partial class DashboardPage<TModel> : ComponentBase, IDisposable where TModel : class
{
    private CancellationTokenSource? _loading;
    private string? _loadedAddress;
    private int _version;
    private bool _disposed;
    private readonly List<string> _keyProblems = [];

    /// <summary>Below this a load shows no indicator (it would only flicker).</summary>
    public static TimeSpan LoadingDelay { get; set; } = TimeSpan.FromMilliseconds(150);

    [Inject]
    internal DashboardQueries Queries { get; set; } = null!;

    [Inject]
    internal CatalogSource Catalogs { get; set; } = null!;

    [Inject]
    internal CubeWatcher Watcher { get; set; } = null!;

    [Inject]
    internal QueryMeter Meter { get; set; } = null!;

    [Inject]
    internal NavigationManager Navigation { get; set; } = null!;

    [Inject]
    internal ILoggerFactory LoggerFactory { get; set; } = null!;

    /// <summary>The clock the loading indicator's threshold runs on (a test drives it by hand).</summary>
    [Inject]
    internal TimeProvider Time { get; set; } = null!;

    /// <summary><c>provinces=</c> of the address.</summary>
    [SupplyParameterFromQuery(Name = "provinces")]
    public string? ProvincesQuery { get; set; }

    /// <summary><c>years=</c> of the address.</summary>
    [SupplyParameterFromQuery(Name = "years")]
    public string? YearsQuery { get; set; }

    /// <summary><c>sources=</c> of the address.</summary>
    [SupplyParameterFromQuery(Name = "sources")]
    public string? SourcesQuery { get; set; }

    /// <summary><c>categories=</c> of the address.</summary>
    [SupplyParameterFromQuery(Name = "categories")]
    public string? CategoriesQuery { get; set; }

    /// <summary><c>lang=</c> of the address.</summary>
    [SupplyParameterFromQuery(Name = "lang")]
    public string? LanguageQuery { get; set; }

    internal UiText T { get; private set; } = UiText.Vi;

    internal DisplayFormat F => T.Format;

    internal CubeSlice Slice { get; private set; } = CubeSlice.All;

    internal string? AddressError { get; private set; }

    internal CubeCatalog? Catalog { get; private set; }

    internal TModel? Model { get; private set; }

    internal bool Loading { get; private set; }

    internal string? Error { get; private set; }

    internal bool ErrorIsCube { get; private set; }

    internal string? Notice { get; set; }

    internal WorkTally? LastWork { get; private set; }

    /// <summary>The page's path relative to the base: <c>""</c> for home, else e.g. <c>trends</c>.</summary>
    internal abstract string PagePath { get; }

    /// <summary>The page's own state keys and their current (normalised) values, for its address.</summary>
    internal abstract IEnumerable<KeyValuePair<string, string?>> PageKeys { get; }

    /// <summary>This view's address (relative).</summary>
    internal string Address => ViewAddress.Of(PagePath, Slice, T.Language, PageKeys);

    /// <summary>The address of this page with a different slice and/or page keys.</summary>
    internal string AddressWith(CubeSlice? slice = null, params (string Key, string? Value)[] keys)
    {
        var merged = PageKeys.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        foreach (var (key, value) in keys)
        {
            merged[key] = value;
        }

        return ViewAddress.Of(PagePath, slice ?? Slice, T.Language, PageKeys.Select(k => new KeyValuePair<string, string?>(k.Key, merged[k.Key])));
    }

    /// <summary>Goes to another state of this view: the address changes, the page reads it and loads.</summary>
    internal void Go(CubeSlice? slice = null, params (string Key, string? Value)[] keys) => Navigation.NavigateTo(AddressWith(slice, keys));

    /// <summary>Reads and normalises the page's own keys (called after the slice is read); a value it does not take
    /// is reported with <see cref="CheckKey"/>, and the page then names it instead of quietly showing its default.</summary>
    internal virtual void ReadPageKeys()
    {
    }

    /// <summary>True when the loaded model has no figures for the filter: the frame then says so instead of blank charts.</summary>
    internal virtual bool ShowsNothing => false;

    /// <summary>
    /// Checks a page key's value against the values it takes (absent is always fine); a value it does not take makes
    /// the page show the address error naming the key, the value and what it takes, in the UI's language.
    /// </summary>
    internal void CheckKey(string key, string? value, IEnumerable<string> allowed)
    {
        var values = allowed.ToList();
        if (value is not null && !values.Contains(value, StringComparer.Ordinal))
        {
            _keyProblems.Add(UiText.Fill(T.ErrorBadKey, key, value, string.Join(", ", values)));
        }
    }

    /// <summary>A value of the address this cube does not have (a year out of its range), found while loading.</summary>
    internal static Exception UnknownValue(string message) => new UnknownValuesException(message);

    /// <summary>Loads what the page shows for the current state.</summary>
    internal abstract Task<TModel> LoadAsync(CubeCatalog catalog, WorkTally work, CancellationToken cancellation);

    /// <summary>Loads again (retry button, cube rebuilt).</summary>
    internal Task ReloadAsync()
    {
        _loadedAddress = null;
        return LoadIfChangedAsync();
    }

    /// <inheritdoc />
    protected override void OnInitialized() => Watcher.Changed += OnCubeChanged;

    /// <inheritdoc />
    protected override Task OnParametersSetAsync()
    {
        T = UiText.For(LanguageQuery);
        if (!SliceQueryString.TryRead(Query, out var slice, out var problem))
        {
            return ShowAddressError(T.SliceProblem(problem!));
        }

        AddressError = null;
        Slice = slice;
        _keyProblems.Clear();
        ReadPageKeys();
        return _keyProblems.Count > 0 ? ShowAddressError(string.Join(" · ", _keyProblems)) : LoadIfChangedAsync();
    }

    private Task ShowAddressError(string error)
    {
        AddressError = error;
        Model = null;
        _loadedAddress = null;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops listening for cube changes and cancels a running load.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Watcher.Changed -= OnCubeChanged;
        _loading?.Cancel();
        _loading?.Dispose();
    }

    private string? Query(string key) => key switch
    {
        "provinces" => ProvincesQuery,
        "years" => YearsQuery,
        "sources" => SourcesQuery,
        "categories" => CategoriesQuery,
        _ => null,
    };

    private async Task LoadIfChangedAsync()
    {
        var address = Address;
        if (address == _loadedAddress && Error is null)
        {
            return;
        }

        _loading?.Cancel();
        _loading?.Dispose();
        var cancellation = new CancellationTokenSource();
        _loading = cancellation;
        var version = ++_version;
        var work = new WorkTally();
        try
        {
            // The first load runs inline: prerendering waits for it, and the interactive render that follows then
            // replaces the prerendered numbers with the same numbers instead of flashing an empty page. Later
            // loads run off the circuit's thread so the page can show the loading state when they are slow.
            var task = Model is null
                ? LoadWithCatalogAsync(work, cancellation.Token)
                : Task.Run(() => LoadWithCatalogAsync(work, cancellation.Token), cancellation.Token);
            if (!task.IsCompleted)
            {
                var first = await Task.WhenAny(task, Task.Delay(LoadingDelay, Time, cancellation.Token));
                if (first != task && version == _version)
                {
                    Loading = true;
                    StateHasChanged();
                }
            }

            var (catalog, model) = await task;
            if (version != _version)
            {
                return; // a newer state was asked for meanwhile
            }

            Catalog = catalog;
            Model = model;
            Error = null;
            ErrorIsCube = false;
            LastWork = work;
            _loadedAddress = address;
            Meter.ViewLoaded();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // superseded by a newer state
        }
        catch (UnknownValuesException e) when (version == _version)
        {
            AddressError = e.Message;
            Model = null;
            _loadedAddress = null;
        }
        catch (Exception e) when (version == _version)
        {
            ErrorIsCube = e is CubeQueryException { Failure: CubeQueryFailure.NoCube };
            Error = e.Message;
            _loadedAddress = null;
            LogLoadFailed(LoggerFactory.CreateLogger("EcomCompare.Dashboard"), address, e);
        }
        finally
        {
            if (version == _version)
            {
                Loading = false;
            }
        }
    }

    private async Task<(CubeCatalog, TModel)> LoadWithCatalogAsync(WorkTally work, CancellationToken cancellation)
    {
        var catalog = await Catalogs.GetAsync(cancellation).ConfigureAwait(false);
        // A mistyped shared link (provinces=ha-noi) says what it names that the cube does not have, instead of empty charts.
        if (catalog.UnknownValues(Slice, T) is { Count: > 0 } unknown)
        {
            throw new UnknownValuesException(string.Join(" · ", unknown));
        }

        var model = await LoadAsync(catalog, work, cancellation).ConfigureAwait(false);
        return (catalog, model);
    }

    private void OnCubeChanged(CubeIdentity? identity)
    {
        if (_disposed)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            if (_disposed || AddressError is not null)
            {
                return;
            }

            await ReloadAsync();
            Notice = identity is not null && Error is null ? UiText.Fill(T.CubeUpdated, identity.BuildId) : null;
            StateHasChanged();
        });
    }

    /// <summary>The address names members the cube does not have.</summary>
    private sealed class UnknownValuesException(string message) : Exception(message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "dashboard: loading {Address} failed")]
    private static partial void LogLoadFailed(ILogger logger, string address, Exception exception);
}
