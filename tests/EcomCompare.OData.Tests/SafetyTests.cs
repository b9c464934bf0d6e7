using System.Net;
using DuckDB.NET.Data;
using EcomCompare.Cube.Store;
using Microsoft.Extensions.DependencyInjection;

namespace EcomCompare.OData.Tests;

/// <summary>Bad input gets an OData error with the right status — never a 500, a stack trace or a partial payload — and
/// nothing can touch a file.</summary>
[Collection(ServerCollection.Name)]
public class SafetyTests(ODataServer server)
{
    [Theory]
    [InlineData("odata/Nowhere", HttpStatusCode.NotFound)]
    [InlineData("odata/BudgetLines(99999)", HttpStatusCode.NotFound)]
    [InlineData("odata/Provinces('ha-noi')", HttpStatusCode.NotFound)]
    [InlineData("odata/BudgetLines('x')", HttpStatusCode.BadRequest)]
    [InlineData("odata/BudgetLines?$filter=Year eq", HttpStatusCode.BadRequest)]
    [InlineData("odata/BudgetLines?$filter=Year eq 'two thousand'", HttpStatusCode.BadRequest)]
    [InlineData("odata/BudgetLines?$top=-1", HttpStatusCode.BadRequest)]
    [InlineData("odata/BudgetLines?$orderby=Amount sideways", HttpStatusCode.BadRequest)]
    [InlineData("odata/BudgetLines?$filter=Year mul 2147483647 mul 2147483647 gt 0", HttpStatusCode.BadRequest)]
    [InlineData("odata/BudgetLines?$filter=contains(ItemName, read_csv('/etc/passwd'))", HttpStatusCode.BadRequest)]
    [InlineData("odata/Provinces?$apply=aggregate($count as N)", HttpStatusCode.NotImplemented)]
    [InlineData("odata/BudgetLines?$filter=Agency/Name eq 'x'", HttpStatusCode.BadRequest)]
    [InlineData("odata/BudgetLines?$search=TMĐT", HttpStatusCode.NotImplemented)]
    [InlineData("odata/$batch", HttpStatusCode.NotImplemented)]
    [InlineData("odata/Provinces?$filter=%F0%9D%94%98 eq 1", HttpStatusCode.BadRequest)] // the message quotes half a surrogate pair
    [InlineData("odata/Provinces?$filter=Name eq '%C3%28%FF'", HttpStatusCode.OK)] // invalid UTF-8 decodes to U+FFFD: no match
    [InlineData("odata/BudgetLines?$filter=Amount gt 1e400", HttpStatusCode.BadRequest)]
    [InlineData("odata/BudgetLines?$filter=Amount gt 79228162514264337593543950336", HttpStatusCode.BadRequest)]
    public async Task BadRequestsGetAnODataErrorWithTheRightStatus(string target, HttpStatusCode status)
    {
        using var response = await Http.GetAsync(server.Client, target);
        if (status == HttpStatusCode.OK)
        {
            Assert.Equal(0, (await Http.JsonAsync(server.Client, target)).GetProperty("value").GetArrayLength());
            return;
        }

        await Http.ErrorAsync(response, status);
    }

    [Fact]
    public async Task ASyntaxErrorSaysWhereItIs()
    {
        using var response = await Http.GetAsync(server.Client, "odata/BudgetLines?$filter=Year eq 2022 and (Amount gt");
        var error = await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("$filter", error.GetProperty("target").GetString());
        Assert.Contains("position", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritesAreRefusedWith405()
    {
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            using var request = new HttpRequestMessage(method, "odata/BudgetLines(1)") { Content = new StringContent("{}") };
            using var response = await server.Client.SendAsync(request);
            await Http.ErrorAsync(response, HttpStatusCode.MethodNotAllowed);
            Assert.Contains("GET", response.Content.Headers.Allow);
        }
    }

    [Fact]
    public async Task AnOverlongUrlGets414()
    {
        var filter = string.Join(" or ", Enumerable.Range(0, 250).Select(i => $"Line eq {i}"));
        using var response = await Http.GetAsync(server.Client, "odata/BudgetLines?$filter=" + Uri.EscapeDataString(filter));
        await Http.ErrorAsync(response, HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task HeadAnswersWithHeadersOnly()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "odata/FundingSplits");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AHostileStringIsJustAValue()
    {
        var marker = Path.Combine(Path.GetTempPath(), "ecomcompare-odata-pwn-" + Guid.NewGuid().ToString("N") + ".csv");
        var hostile = $"x'); COPY budget_lines TO '{marker}'; --";
        var page = await Http.JsonAsync(
            server.Client, "odata/BudgetLines?$filter=" + Uri.EscapeDataString(
                $"ItemName eq '{hostile.Replace("'", "''", StringComparison.Ordinal)}' or contains(ItemName,'; DROP TABLE budget_lines')"));
        Assert.Equal(0, page.GetProperty("value").GetArrayLength());
        Assert.False(File.Exists(marker));
        Assert.Equal(287, (await Http.JsonAsync(server.Client, "odata/BudgetLines?$count=true&$top=0")).GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public void TheServersCubeConnectionCannotReadOrWriteFilesOrUnlockItself()
    {
        // Even SQL no translator would ever produce is refused by the connection the OData service reads through.
        var marker = Path.Combine(Path.GetTempPath(), "ecomcompare-odata-pwn-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(marker + ".txt", "secret");
        var store = server.Server.Services.GetRequiredService<CubeStore>();
        using var lease = store.Lease();
        lease.Broken = true;
        string[] hostile =
        [
            $"SELECT * FROM read_csv('{marker}.txt')",
            $"SELECT * FROM read_text('{marker}.txt')",
            $"COPY (SELECT 1) TO '{marker}.csv'",
            $"ATTACH '{marker}.duckdb' AS pwn",
            "SET enable_external_access = true",
            "SET lock_configuration = false",
            "CREATE TABLE pwn AS SELECT 1",
            "DELETE FROM budget_lines",
            "INSTALL httpfs",
        ];
        foreach (var sql in hostile)
        {
            using var command = lease.Connection.Native.CreateCommand();
            command.CommandText = sql;
            Assert.Throws<DuckDBException>(() => command.ExecuteNonQuery());
        }

        Assert.False(File.Exists(marker + ".csv"));
        Assert.False(File.Exists(marker + ".duckdb"));
        File.Delete(marker + ".txt");
    }
}
