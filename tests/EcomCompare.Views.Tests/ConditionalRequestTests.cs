using EcomCompare.Views.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EcomCompare.Views.Tests;

/// <summary>Conditional GETs as every surface answers them.</summary>
public sealed class ConditionalRequestTests
{
    private static readonly EntityTagHeaderValue Tag = new("\"b1-r3-abc\"");
    private static readonly DateTimeOffset Built = new(2025, 7, 1, 10, 30, 15, 600, TimeSpan.Zero);

    [Theory]
    [InlineData("\"b1-r3-abc\"", true)]
    [InlineData("W/\"b1-r3-abc\"", true)]
    [InlineData("\"other\", \"b1-r3-abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"other\"", false)]
    public void IfNoneMatchComparesWeakly(string header, bool notModified)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.IfNoneMatch = header;
        Assert.Equal(notModified, ConditionalRequest.IsNotModified(http.Request, Tag, Built));
    }

    [Fact]
    public void IfModifiedSinceCountsOnlyWithoutIfNoneMatchAndToTheSecond()
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.IfModifiedSince = "Tue, 01 Jul 2025 10:30:15 GMT";
        Assert.True(ConditionalRequest.IsNotModified(http.Request, Tag, Built));
        Assert.False(ConditionalRequest.IsNotModified(http.Request, Tag, lastModified: null));

        http.Request.Headers.IfNoneMatch = "\"other\"";
        Assert.False(ConditionalRequest.IsNotModified(http.Request, Tag, Built));
    }

    [Fact]
    public void TheValidatorsAreTheTagAndTheSecond()
    {
        var http = new DefaultHttpContext();
        ConditionalRequest.SetValidators(http.Response, Tag, Built);
        Assert.Equal("\"b1-r3-abc\"", http.Response.Headers.ETag.ToString());
        Assert.Equal("Tue, 01 Jul 2025 10:30:15 GMT", http.Response.Headers.LastModified.ToString());
    }
}
