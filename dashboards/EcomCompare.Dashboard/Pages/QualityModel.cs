using EcomCompare.Cube.Query;

namespace EcomCompare.Dashboard.Pages;

/// <summary>What the data-quality page shows: discrepancies grouped by province, each with its source lines.</summary>
/// <param name="Provinces">Provinces shown, in manifest order, each with its discrepancies.</param>
public sealed record QualityModel(IReadOnlyList<ProvinceDiscrepancies> Provinces)
{
    /// <summary>All discrepancies shown.</summary>
    public int Count => Provinces.Sum(p => p.Items.Count);
}

/// <summary>A province's discrepancies.</summary>
/// <param name="Code">Province code.</param>
/// <param name="Name">Name.</param>
/// <param name="Items">Its discrepancies in document order.</param>
public sealed record ProvinceDiscrepancies(string Code, string Name, IReadOnlyList<DiscrepancyInContext> Items);

/// <summary>A discrepancy and the document lines around it.</summary>
/// <param name="Discrepancy">Both numbers, the difference, the line, the explanation.</param>
/// <param name="Context">The lines around <see cref="DiscrepancyRecord.Line"/>.</param>
public sealed record DiscrepancyInContext(DiscrepancyRecord Discrepancy, IReadOnlyList<DocumentLine> Context);
