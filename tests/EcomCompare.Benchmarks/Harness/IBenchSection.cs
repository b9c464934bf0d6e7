namespace EcomCompare.Benchmarks.Harness;

/// <summary>One section of the benchmark report (cube build, binding throughput, OData, charts, dashboard…).</summary>
internal interface IBenchSection
{
    /// <summary>Section title in the report.</summary>
    string Title { get; }

    /// <summary>Position in the report (cube 10, binding 20, OData 30, charts 40, dashboard 50).</summary>
    int Order { get; }

    /// <summary>Runs the measurements and writes the section.</summary>
    Task RunAsync(BenchContext context, ReportWriter report, CancellationToken cancellation);
}
