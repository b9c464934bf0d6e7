using System.Text;
using EcomCompare.Charts;
using EcomCompare.Charts.Rendering;
using EcomCompare.Charts.Requests;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace EcomCompare.Charts.Tests.Support;

/// <summary>The chart service over the shared test cube (built from the shipped documents).</summary>
public sealed class ChartFixture : IDisposable
{
    public ChartFixture()
    {
        Store = new CubeStore(new CubeStoreOptions { Path = TestCube.Path });
        Queries = new CubeQueries(Store);
        Options = new ChartOptions();
        Service = ChartService.Create(Queries, Options);
    }

    public CubeStore Store { get; }

    public CubeQueries Queries { get; }

    internal ChartOptions Options { get; }

    internal ChartService Service { get; }

    /// <summary>Parses and resolves a chart URL such as <c>funding-split.svg?lang=en</c>; fails the test on a 400.</summary>
    internal async Task<ChartRequest> RequestAsync(string url)
    {
        var (file, query) = Split(url);
        Assert.True(ChartRequestParser.TryParse(file, query, out var parsed, out var error), error);
        var catalog = await Service.CatalogAsync(CancellationToken.None);
        Assert.True(ChartRequestParser.TryResolve(parsed, catalog, out var request, out error), error);
        return request;
    }

    /// <summary>The bytes the endpoint serves for a chart URL (without the HTTP cache).</summary>
    internal async Task<byte[]> RenderAsync(string url)
    {
        var request = await RequestAsync(url);
        return await Service.RenderAsync(request, await Service.CatalogAsync(CancellationToken.None), CancellationToken.None);
    }

    internal async Task<string> SvgAsync(string url) => Encoding.UTF8.GetString(await RenderAsync(url));

    /// <summary>The figure of a chart URL: the cube's answer to its chart's question, as the chart definition sees it.</summary>
    internal async Task<(ChartFigure Figure, ChartRequest Request)> FigureAsync(string url)
    {
        var request = await RequestAsync(url);
        return (await Service.FigureAsync(request, await Service.CatalogAsync(CancellationToken.None), CancellationToken.None), request);
    }

    internal static (string File, Dictionary<string, StringValues> Query) Split(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var file = question < 0 ? url : url[..question];
        var query = question < 0 ? [] : QueryHelpers(url[question..]);
        return (file, query);
    }

    public void Dispose()
    {
        Service.Dispose();
        Store.Dispose();
    }

    private static Dictionary<string, StringValues> QueryHelpers(string query) =>
        new QueryString(query).HasValue
            ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)
            : [];
}

[CollectionDefinition(Name)]
public sealed class ChartCollection : ICollectionFixture<ChartFixture>
{
    public const string Name = "charts";
}
