using System.Net;
using System.Text;
using System.Text.Json;

namespace EcomCompare.OData.Tests;

/// <summary>
/// <c>$batch</c> through Microsoft.AspNetCore.OData's batch middleware, in both of its formats: each part is routed and
/// answered like a request of its own (same figures, same OData errors), inside one HTTP exchange.
/// </summary>
[Collection(ServerCollection.Name)]
public class BatchTests(ODataServer server)
{
    private const string Splits = "FundingSplits?$select=ProvinceCode,Total&$orderby=ProvinceCode";
    private const string GroupedLines = "BudgetLines?$apply=groupby((ProvinceCode),aggregate(Amount with sum as Total))&$orderby=ProvinceCode";

    // The documents' own grand totals (million VND), also pinned by RealFiguresTests.
    private static readonly (string, decimal)[] Totals = [("binh-dinh", 6860m), ("can-tho", 5241.5m), ("thai-binh", 4890m)];

    [Fact]
    public async Task AJsonBatchAnswersEachRequestWithItsOwnStatusAndBody()
    {
        var batch = JsonSerializer.Serialize(new
        {
            requests = new[]
            {
                new { id = "1", method = "GET", url = Splits },
                new { id = "2", method = "GET", url = GroupedLines },
                new { id = "3", method = "GET", url = "Nowhere" },
            },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "odata/$batch")
        {
            Content = new StringContent(
            batch, Encoding.UTF8, "application/json")
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("OData-MaxVersion", "4.0");
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);

        var answers = JsonDocument.Parse(text).RootElement.GetProperty("responses").EnumerateArray().ToDictionary(
            r => r.GetProperty("id").GetString()!);
        Assert.Equal(3, answers.Count);
        foreach (var id in new[] { "1", "2" })
        {
            Assert.Equal(200, answers[id].GetProperty("status").GetInt32());
            var rows = answers[id].GetProperty("body").GetProperty("value").EnumerateArray()
                .Select(row => (row.GetProperty("ProvinceCode").GetString()!, row.GetProperty("Total").GetDecimal()));
            Assert.Equal(Totals, rows);
        }

        Assert.Equal(404, answers["3"].GetProperty("status").GetInt32());
        Assert.Equal("NotFound", answers["3"].GetProperty("body").GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AMultipartBatchAnswersEachPartAsAnHttpResponse()
    {
        var boundary = "batch_" + Guid.NewGuid().ToString("N");
        var parts = new StringBuilder();
        foreach (var target in new[] { Splits, "BudgetLines/$count" })
        {
            parts.Append("--").Append(boundary).Append("\r\n")
                .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
                .Append("GET ").Append(target).Append(" HTTP/1.1\r\nAccept: application/json\r\n\r\n\r\n");
        }

        parts.Append("--").Append(boundary).Append("--\r\n");
        using var content = new StringContent(parts.ToString(), Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/mixed; boundary=" + boundary);
        using var request = new HttpRequestMessage(HttpMethod.Post, "odata/$batch") { Content = content };
        request.Headers.TryAddWithoutValidation("OData-MaxVersion", "4.0");
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("multipart/mixed", response.Content.Headers.ContentType?.MediaType);

        var answers = text.Split("HTTP/1.1 ").Skip(1).ToList();
        Assert.Equal(2, answers.Count);
        Assert.All(answers, answer => Assert.StartsWith("200 OK", answer, StringComparison.Ordinal));
        Assert.Contains("{\"ProvinceCode\":\"binh-dinh\",\"Total\":6860}", answers[0], StringComparison.Ordinal);
        Assert.Contains("{\"ProvinceCode\":\"thai-binh\",\"Total\":4890}", answers[0], StringComparison.Ordinal);
        Assert.Contains("\r\n\r\n287", answers[1], StringComparison.Ordinal); // every budget line, as SafetyTests counts them
    }

    [Theory]
    [InlineData("application/json", "{\"requests\":[")]
    [InlineData("application/json", "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\"}]}")]
    [InlineData("multipart/mixed", "--b\r\nContent-Type: application/http\r\n\r\nGET BudgetLines HTTP/1.1\r\n\r\n\r\n--b--\r\n")]
    [InlineData("text/plain", "GET BudgetLines")]
    public async Task ABatchThatCannotBeReadGetsAnODataError(string mediaType, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType); // multipart without its boundary
        using var response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "odata/$batch") { Content = content });
        await Http.ErrorAsync(response, HttpStatusCode.BadRequest);
    }
}
