using System.Globalization;
using EcomCompare.Dashboard.Data;
using EcomCompare.Dashboard.Shared;
using EcomCompare.Dashboard.State;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using Microsoft.AspNetCore.Components;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// The 2025 targets side by side: indicators as rows (in their groups), provinces as columns, each cell the value
/// with its comparator and unit; rows where provinces aim differently are highlighted (<c>show=differences</c>
/// keeps only those); a selected cell (<c>target=17</c>) opens the original sentence with document and line.
/// Beside each group, the money the provinces plan for the related task category, within the slice.
/// </summary>
public partial class Targets
{
    internal const string ShowAll = "all";
    internal const string ShowDifferences = "differences";

    /// <summary><c>show=</c>: <c>all</c> (default) or <c>differences</c>.</summary>
    [SupplyParameterFromQuery(Name = "show")]
    public string? ShowQuery { get; set; }

    /// <summary><c>target=</c>: the id of the target whose sentence is open.</summary>
    [SupplyParameterFromQuery(Name = "target")]
    public string? TargetQuery { get; set; }

    internal string Show { get; private set; } = ShowAll;

    internal long? SelectedTarget { get; private set; }

    internal override string PagePath => "targets";

    internal override IEnumerable<KeyValuePair<string, string?>> PageKeys =>
    [
        new("show", Show == ShowAll ? null : Show),
        new("target", SelectedTarget?.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>
    /// What leaves the page (<see cref="ViewExporter"/>): <c>odata/Targets?$filter=…</c> — the shown provinces'
    /// targets; under a category filter only the indicators that category serves, and the unmapped ones, as on the
    /// page — the money beside them, the targets workbook and the categories chart in amounts.
    /// </summary>
    internal ViewExports Exports => ViewExporter.For(new ExportView(ExportPage.Targets, Slice, T.Language));

    internal List<ODataLink> MoreOData => Exports.MoreOData.Select(m => new ODataLink(T.TargetsODataBudget, m.Address)).ToList();

    internal List<EmbedLink> Embeds => Exports.Charts.Select(c => EmbedLink.From(c, T.TargetsBudgetHint)).ToList();

    internal override void ReadPageKeys()
    {
        CheckKey("show", ShowQuery, [ShowAll, ShowDifferences]);
        Show = ShowQuery == ShowDifferences ? ShowDifferences : ShowAll;
        SelectedTarget = long.TryParse(TargetQuery, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    internal override Task<TargetsModel> LoadAsync(CubeCatalog catalog, WorkTally work, CancellationToken cancellation) =>
        TargetsLoader.LoadAsync(Queries, catalog, Slice, Show == ShowDifferences, SelectedTarget, T.Language, work, cancellation);

    /// <summary>The CSS classes of a province's cell in a row: lowest / highest of a differing row, not stated.</summary>
    internal static string CellClass(TargetRow row, string province)
    {
        if (!row.Cells.ContainsKey(province))
        {
            return row.Spread.NotStatedBy.Contains(province) && row.Cells.Count > 0 ? "ec-target ec-target-missing" : "ec-target";
        }

        return row.Spread.Lowest.Contains(province) ? "ec-target ec-target-low"
            : row.Spread.Highest.Contains(province) ? "ec-target ec-target-high"
            : "ec-target";
    }
}
