using System.Diagnostics;
using System.Text.Json;
using EcomCompare.Testing;

namespace EcomCompare.OData.Tests;

/// <summary>
/// A real third-party OData v4 client — Apache Olingo's JavaScript client, maintained as the npm package ts-odatajs —
/// reads the feed end to end: its own $metadata parser, its cache source paging through @odata.nextLink, and an
/// $apply query. <c>npm ci</c> installs the locked version (npm-client/package-lock.json).
/// </summary>
public sealed class NpmODataClientTests : IAsyncLifetime
{
    private static readonly string ClientDirectory = Path.Combine(RepoPaths.Root, "tests", "EcomCompare.OData.Tests", "npm-client");
    private KestrelServer _server = null!;

    public async Task InitializeAsync() => _server = await KestrelServer.StartAsync(null, "--OData:PageSize", "50");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task OlingosJavaScriptClientReadsMetadataFollowsPagingAndRunsAnApplyQuery()
    {
        var (installed, installOutput) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(3));
        Assert.True(installed == 0, "npm ci failed:\n" + installOutput);

        var (exit, output) = await RunAsync("node", ["read-feed.js", new Uri(_server.BaseAddress, "odata/").AbsoluteUri], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, "the client failed:\n" + output);
        var read = JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;

        // Its metadata parser found the contract.
        Assert.Equal(
            [
                "BudgetLines", "Provinces", "FundingSources", "Categories", "FundingSplits", "FundingSplitsByYear", "Discrepancies", "Targets",
                "Indicators"], read.GetProperty("entitySets").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["Id"], read.GetProperty("budgetLineKey").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("Edm.Decimal", read.GetProperty("amount").GetProperty("type").GetString());
        Assert.Equal("18", read.GetProperty("amount").GetProperty("precision").GetString());
        Assert.Equal("3", read.GetProperty("amount").GetProperty("scale").GetString());

        // Its paging: 287 rows in pages of 50, so it followed five next links, and read every row once.
        Assert.Equal(6, read.GetProperty("pageRequests").GetInt32());
        Assert.Equal(287, read.GetProperty("pagedRows").GetInt32());
        Assert.Equal(Enumerable.Range(1, 287), read.GetProperty("pagedIds").EnumerateArray().Select(i => i.GetInt32()).Order());
        Assert.Equal(16991.5, read.GetProperty("pagedTotal").GetDouble(), 6);

        // Its $apply read: the documents' per-source totals.
        var groups = read.GetProperty("groups").EnumerateArray().ToDictionary(
            g => g.GetProperty("province").GetString() + "/" + g.GetProperty("source").GetString(), g => g.GetProperty("total").GetDouble());
        Assert.Equal(3785, groups["binh-dinh/central"]);
        Assert.Equal(2342.5, groups["can-tho/local"]);
        Assert.Equal(270, groups["thai-binh/enterprise"]);
        Assert.Equal(7, groups.Count);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string[] args, TimeSpan limit)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = ClientDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out after {limit}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
