using EcomCompare.Cube.Query;

namespace EcomCompare.Dashboard.Pages;

/// <summary>What the data-quality page shows: discrepancies grouped by province, each with its source excerpt.</summary>
/// <param name="Provinces">Provinces shown, in manifest order, each with its discrepancies.</param>
public sealed record QualityModel(IReadOnlyList<ProvinceDiscrepancies> Provinces)
{
    /// <summary>All discrepancies shown.</summary>
    public int Count => Provinces.Sum(p => p.Items.Count);
}

/// <summary>A province's discrepancies.</summary>
/// <param name="Province">The province and its plan's decision (the page names the document by it, not by its file).</param>
/// <param name="Items">Its discrepancies in document order.</param>
public sealed record ProvinceDiscrepancies(ProvinceRecord Province, IReadOnlyList<DiscrepancyInContext> Items)
{
    /// <summary>Province code.</summary>
    public string Code => Province.Code;
}

/// <summary>A discrepancy and the part of the document it stands in.</summary>
/// <param name="Discrepancy">Both numbers, the difference, the line, the figures behind it.</param>
/// <param name="Excerpt">The lines around <see cref="DiscrepancyRecord.Line"/>, as a table under its header where they are one.</param>
public sealed record DiscrepancyInContext(DiscrepancyRecord Discrepancy, QualityExcerpt Excerpt);
