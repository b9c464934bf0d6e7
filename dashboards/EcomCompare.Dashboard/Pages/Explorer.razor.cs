using EcomCompare.Cube.Query;
using EcomCompare.Dashboard.Data;
using EcomCompare.Dashboard.State;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Tokens;
using EcomCompare.Views.Words;
using Microsoft.AspNetCore.Components;

namespace EcomCompare.Dashboard.Pages;

/// <summary>
/// A pivot over the cube: row dimensions (<c>rows=province,category</c>), an optional column dimension
/// (<c>cols=source</c>, <c>cols=none</c>), the measure (<c>measure=amount|row|col|total</c>), subtotals
/// (<c>totals=off</c> hides them) and collapsed rows (<c>closed=binh-dinh|thai-binh</c>). Fed by the cube's
/// ROLLUP grouping sets through <see cref="CubeQueries.PivotAsync"/>.
/// </summary>
public partial class Explorer
{
    internal const Measure MeasureAmount = Measure.Amount;
    internal const Measure MeasureRow = Measure.ShareOfRow;
    internal const Measure MeasureColumn = Measure.ShareOfColumn;
    internal const Measure MeasureTotal = Measure.ShareOfTotal;
    internal const string NoColumn = ViewTokens.NoColumn;
    internal const string DefaultColumn = "source";
    internal const string DefaultRows = "province,category";
    internal const int MaxRowLevels = 4;
    private const char ClosedSeparator = '|';

    /// <summary><c>rows=</c>: row dimension tokens, outermost first.</summary>
    [SupplyParameterFromQuery(Name = "rows")]
    public string? RowsQuery { get; set; }

    /// <summary><c>cols=</c>: the column dimension token, or <c>none</c>.</summary>
    [SupplyParameterFromQuery(Name = "cols")]
    public string? ColumnsQuery { get; set; }

    /// <summary><c>measure=</c>.</summary>
    [SupplyParameterFromQuery(Name = "measure")]
    public string? MeasureQuery { get; set; }

    /// <summary><c>totals=off</c> hides subtotals.</summary>
    [SupplyParameterFromQuery(Name = "totals")]
    public string? TotalsQuery { get; set; }

    /// <summary><c>closed=</c>: collapsed row paths.</summary>
    [SupplyParameterFromQuery(Name = "closed")]
    public string? ClosedQuery { get; set; }

    internal IReadOnlyList<CubeDimension> RowDims { get; private set; } = [CubeDimension.Province, CubeDimension.Category];

    internal CubeDimension? ColumnDim { get; private set; } = CubeDimension.Source;

    internal Measure Measure { get; private set; } = MeasureAmount;

    internal bool Subtotals { get; private set; } = true;

    internal IReadOnlySet<string> Closed { get; private set; } = new HashSet<string>();

    internal override string PagePath => "explorer";

    private string RowsToken => string.Join(',', RowDims.Select(d => d.Token()));

    internal override IEnumerable<KeyValuePair<string, string?>> PageKeys =>
    [
        new(ViewTokens.Dimensions.Key, RowsToken == DefaultRows ? null : RowsToken),
        new(ViewTokens.ColumnsKey, ColumnDim is { } c ? (c.Token() == DefaultColumn ? null : c.Token()) : NoColumn),
        new(ViewTokens.Measures.Key, Measure == MeasureAmount ? null : Measure.Token()),
        new(ViewTokens.TotalsKey, Subtotals ? null : "off"),
        new("closed", Closed.Count == 0 ? null : string.Join(ClosedSeparator, Closed.Order(StringComparer.Ordinal))),
    ];

    internal IReadOnlyList<Option> NextLevels =>
        Pivot.RowChoices.Where(d => !RowDims.Contains(d) && d != ColumnDim).Select(d => new Option(d.Token(), PivotDimensions.Name(d, T))).ToList();

    internal IReadOnlyList<Option> ColumnOptions =>
        Pivot.ColumnChoices.Where(d => !RowDims.Contains(d)).Select(d => new Option(d.Token(), PivotDimensions.Name(d, T)))
            .Prepend(new Option(NoColumn, T.PivotNoColumns)).ToList();

    /// <summary>Rows shown: with subtotals, the tree minus collapsed branches; without, the innermost rows only.</summary>
    internal IEnumerable<PivotNode> VisibleRows
    {
        get
        {
            if (Model is null)
            {
                return [];
            }

            return Subtotals
                ? Model.Roots.SelectMany(Visible)
                : Model.All.Where(n => n.Level == Model.Rows.Count - 1);
        }
    }

    /// <summary>What leaves the page (<see cref="ViewExporter"/>): the amounts behind the pivot (OData), the pivot as laid out (.xlsx).</summary>
    internal ViewExports Exports => ViewExporter.For(new ExportView(ExportPage.Explorer, Slice, T.Language)
    {
        Rows = RowDims,
        Column = ColumnDim,
        Measure = Measure,
        Subtotals = Subtotals,
    });

    internal override bool ShowsNothing => Model is not null && Model.Grand.Total == 0;

    internal override void ReadPageKeys()
    {
        var rowTokens = ViewTokens.Dimensions.Tokens(Pivot.RowChoices);
        foreach (var token in (RowsQuery ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            CheckKey(ViewTokens.Dimensions.Key, token, rowTokens);
        }

        CheckKey(ViewTokens.ColumnsKey, ColumnsQuery, ViewTokens.Dimensions.Tokens(Pivot.ColumnChoices).Prepend(NoColumn));
        CheckKey(ViewTokens.Measures.Key, MeasureQuery, ViewTokens.Measures.Tokens([MeasureAmount, MeasureRow, MeasureColumn, MeasureTotal]));
        CheckKey(ViewTokens.TotalsKey, TotalsQuery, ["on", "off"]);
        var column = ColumnsQuery == NoColumn
            ? null
            : ViewTokens.Dimensions.Parse(ColumnsQuery ?? DefaultColumn) is { } parsed && Pivot.ColumnChoices.Contains(parsed)
                ? parsed : (CubeDimension?)CubeDimension.Source;
        var rows = (RowsQuery ?? DefaultRows).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ViewTokens.Dimensions.Parse).Where(d => d is not null).Select(d => d!.Value)
            .Distinct().Where(d => d != column).Take(MaxRowLevels).ToList();
        RowDims = rows.Count > 0 ? rows : [CubeDimension.Province];
        ColumnDim = column;
        Measure = ViewTokens.Measures.Parse(MeasureQuery) is { } share and (MeasureRow or MeasureColumn or MeasureTotal) ? share : MeasureAmount;
        Subtotals = TotalsQuery != "off";
        Closed = (ClosedQuery ?? string.Empty).Split(ClosedSeparator, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    internal override Task<PivotModel> LoadAsync(CubeCatalog catalog, WorkTally work, CancellationToken cancellation) =>
        PivotLoader.LoadAsync(Queries, Slice, RowDims, ColumnDim, T.Language, work, cancellation);

    internal void GoRows(IReadOnlyList<CubeDimension> rows)
    {
        var token = string.Join(',', rows.Select(d => d.Token()));
        Go(null, (ViewTokens.Dimensions.Key, token == DefaultRows ? null : token), ("closed", null));
    }

    internal void Toggle(string path)
    {
        var closed = Closed.ToHashSet(StringComparer.Ordinal);
        if (!closed.Remove(path))
        {
            closed.Add(path);
        }

        Go(null, ("closed", closed.Count == 0 ? null : string.Join(ClosedSeparator, closed.Order(StringComparer.Ordinal))));
    }

    internal void CollapseAll()
    {
        if (Model is not null)
        {
            Go(null, ("closed", string.Join(ClosedSeparator, Model.Roots.Select(r => r.Path).Order(StringComparer.Ordinal))));
        }
    }

    internal string CellText(PivotNode node, int column)
    {
        var value = column < node.Values.Count ? node.Values[column] : null;
        if (value is not { } v)
        {
            return "–";
        }

        return Measure switch
        {
            MeasureRow => F.Share(Ratio(v, node.Total)),
            MeasureColumn => F.Share(Ratio(v, Model!.Grand.Values.ElementAtOrDefault(column) ?? 0m)),
            MeasureTotal => F.Share(Ratio(v, Model!.Grand.Total)),
            _ => F.Amount(v),
        };
    }

    internal string TotalText(PivotNode node) => Measure switch
    {
        MeasureRow => F.Share(Ratio(node.Total, node.Total)),
        MeasureColumn or MeasureTotal => F.Share(Ratio(node.Total, Model!.Grand.Total)),
        _ => F.Amount(node.Total),
    };

    /// <summary>A row member's label at <paramref name="level"/>; funding sources by their short names.</summary>
    internal string RowLabel(PivotNode node, int level) =>
        Model!.Rows[level] == CubeDimension.Source ? (MemberWords.ShortSource(node.Path.Split(PivotLoader.PathSeparator)[level],
            T.Language) ?? node.Labels[level]) : node.Labels[level];

    internal string ColumnLabel(PivotMember column) =>
        ColumnDim == CubeDimension.Source ? (MemberWords.ShortSource(column.Key, T.Language) ?? column.Label) : column.Label;

    internal string RowClass(PivotNode node, bool hasChildren) =>
        $"ec-level-{node.Level}" + (hasChildren ? " ec-subtotal" : string.Empty);

    private IEnumerable<PivotNode> Visible(PivotNode node) =>
        Closed.Contains(node.Path) ? [node] : node.Children.SelectMany(Visible).Prepend(node);

    private static double? Ratio(decimal part, decimal whole) => whole == 0 ? null : (double)(part / whole);

    /// <summary>A dropdown entry.</summary>
    internal sealed record Option(string Token, string Label);
}
