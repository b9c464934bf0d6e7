using EcomCompare.Cube.Store;
using EcomCompare.Views.Http;

namespace EcomCompare.Views.Tests;

/// <summary>The one table from a cube failure to its answer, on every surface.</summary>
public sealed class CubeFailuresTests
{
    [Theory]
    [InlineData(CubeQueryFailure.Timeout, 504, "QueryTimeout")]
    [InlineData(CubeQueryFailure.ClientMistake, 400, "BadRequest")]
    [InlineData(CubeQueryFailure.Unavailable, 503, "Unavailable")]
    [InlineData(CubeQueryFailure.Busy, 503, "Busy")]
    [InlineData(CubeQueryFailure.EngineFault, 500, "InternalError")]
    [InlineData(CubeQueryFailure.NoCube, 503, "CubeUnavailable")]
    public void EachKindHasOneStatusAndCode(CubeQueryFailure kind, int status, string code)
    {
        var answer = CubeFailures.Answer(new CubeQueryException(kind, "something happened"));
        Assert.Equal((status, code), (answer.Status, answer.Code));
        Assert.Equal(kind == CubeQueryFailure.EngineFault, answer.IsOurFault);
    }

    [Fact]
    public void BusyTellsWhenToTryAgain()
    {
        var answer = CubeFailures.Answer(new CubeQueryException(CubeQueryFailure.Busy, "the cube is busy: 2 client queries are running")
        {
            RetryAfter = TimeSpan.FromSeconds(4.2),
        });
        Assert.Equal(5, answer.RetryAfterSeconds);
        Assert.Equal("The cube is busy: 2 client queries are running. Try again in 5 s.", answer.Message);
    }

    [Fact]
    public void ATimeoutSaysTheLimitAndHowLongTheQueryRan()
    {
        var answer = CubeFailures.Answer(new CubeQueryException(CubeQueryFailure.Timeout, "interrupted")
        {
            TimeLimit = TimeSpan.FromSeconds(15),
            RanFor = TimeSpan.FromSeconds(15.24),
        });
        Assert.Equal("The query ran longer than the 15 s limit and was stopped after 15.2 s.", answer.Message);
        Assert.Null(answer.RetryAfterSeconds);
    }

    [Fact]
    public void OurOwnFaultTellsTheClientNothingMore()
    {
        var answer = CubeFailures.Answer(new CubeQueryException(CubeQueryFailure.EngineFault, "Catalog Error: table budget_lines_x does not exist"));
        Assert.DoesNotContain("budget_lines_x", answer.Message, StringComparison.Ordinal);
    }
}
