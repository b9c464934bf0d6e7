namespace EcomCompare.DuckDb.Tests.Support;

/// <summary>
/// Tests that measure process-wide things (managed heap size, wall-clock timeouts) run alone, after the parallel
/// tests, so other tests cannot disturb their measurements.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial (process-wide measurements)";
}
