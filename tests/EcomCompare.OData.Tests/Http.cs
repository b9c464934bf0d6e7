using System.Net;
using System.Text;
using System.Text.Json;

namespace EcomCompare.OData.Tests;

/// <summary>HTTP helpers: read a response as JSON, check it is well-formed OData (no duplicate names, no stack trace).</summary>
internal static class Http
{
    public const string PowerQueryAccept =
        "application/json;odata.metadata=minimal;q=1.0,application/json;odata=minimalmetadata;q=0.9,application/atomsvc+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,text/plain;q=0.7";

    /// <summary>GETs <paramref name="target"/> (relative to the server, e.g. <c>odata/BudgetLines</c>) as Power Query would.</summary>
    public static async Task<HttpResponseMessage> GetAsync(
        HttpClient client, string target, string? accept = PowerQueryAccept, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, target);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        request.Headers.TryAddWithoutValidation("OData-MaxVersion", "4.0");
        request.Headers.TryAddWithoutValidation("MaxDataServiceVersion", "3.0");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    /// <summary>GETs and parses a 200 JSON payload, checking that no object repeats a name (Power Query refuses that).</summary>
    public static async Task<JsonElement> JsonAsync(HttpClient client, string target, string? accept = PowerQueryAccept)
    {
        using var response = await GetAsync(client, target, accept);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{target} → {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        try
        {
            AssertNoDuplicateNames(body);
        }
        catch (JsonException e)
        {
            Assert.Fail($"{target} → not one JSON value ({e.Message}): {Encoding.UTF8.GetString(body)}");
        }
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an OData JSON error: the status, {"error":{"code","message"}}, and nothing like a stack trace.</summary>
    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        var error = JsonDocument.Parse(text).RootElement.GetProperty("error").Clone();
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return error;
    }

    public static void AssertNoDuplicateNames(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        var scopes = new Stack<HashSet<string>?>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    scopes.Push([]);
                    break;
                case JsonTokenType.StartArray:
                    scopes.Push(null);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    scopes.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    Assert.True(scopes.Peek()!.Add(name), $"duplicate property name '{name}'");
                    break;
            }
        }
    }

    /// <summary>Reads a whole feed by following @odata.nextLink; returns every row and the number of pages.</summary>
    public static async Task<(List<JsonElement> Rows, int Pages)> AllPagesAsync(HttpClient client, string target, int maxPages = 1000)
    {
        var rows = new List<JsonElement>();
        var pages = 0;
        string? next = target;
        while (next is not null)
        {
            Assert.True(++pages <= maxPages, "too many pages");
            var page = await JsonAsync(client, next);
            rows.AddRange(page.GetProperty("value").EnumerateArray());
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return (rows, pages);
    }
}
