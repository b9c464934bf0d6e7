using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Reconciliation;

/// <summary>Collects discrepancies and counts every check made, agreeing or not.</summary>
internal sealed class DiscrepancyLog
{
    private readonly List<Discrepancy> _found = [];

    public IReadOnlyList<Discrepancy> Found => _found;

    public int Checks { get; private set; }

    /// <summary>Counts one check that agreed.</summary>
    public void Agreed() => Checks++;

    /// <summary>Counts one check and records how it disagreed.</summary>
    public void Disagreed(Discrepancy discrepancy)
    {
        Checks++;
        _found.Add(discrepancy);
    }
}
