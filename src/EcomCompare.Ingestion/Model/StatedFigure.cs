namespace EcomCompare.Ingestion.Model;

/// <summary>A figure the document states about an aggregate: a statement to check, never a fact to add.</summary>
/// <param name="Kind">What kind of statement it is.</param>
/// <param name="Scope">What it covers.</param>
/// <param name="Year">The year it covers, or null for the whole plan period.</param>
/// <param name="Source">The funding source it covers, or null for all sources.</param>
/// <param name="Value">Million VND; a percentage (0–100) for <see cref="StatementKind.DeclaredShare"/>.</param>
/// <param name="Label">The row label or sentence it came from, tags removed.</param>
/// <param name="Origin">The line it was read from.</param>
public sealed record StatedFigure(
    StatementKind Kind,
    StatementScope Scope,
    int? Year,
    FundingSource? Source,
    decimal Value,
    string Label,
    SourceLine Origin)
{
    /// <summary>The part of <see cref="Source"/> the figure is about (<c>district</c>), or null for the whole source.</summary>
    public string? SubSource { get; init; }
}

/// <summary>The aggregate a <see cref="StatedFigure"/> speaks about.</summary>
/// <param name="GroupCode">Null for the whole province.</param>
/// <param name="ItemCode">Null unless the statement is about one item.</param>
public readonly record struct StatementScope(string? GroupCode, string? ItemCode)
{
    /// <summary>The whole province.</summary>
    public static StatementScope Province { get; } = new(null, null);

    /// <summary>One native group.</summary>
    public static StatementScope Group(string code) => new(code, null);

    /// <summary>One item.</summary>
    public static StatementScope Item(string groupCode, string itemCode) => new(groupCode, itemCode);

    /// <summary>Text form used in the cube: <c>province</c>, <c>group IV</c>, <c>item 4.3</c>.</summary>
    public override string ToString() => ItemCode is not null ? $"item {ItemCode}" : GroupCode is not null ? $"group {GroupCode}" : "province";
}

/// <summary>Kinds of stated figures.</summary>
public enum StatementKind
{
    /// <summary>The plan's total in the text ("Tổng kinh phí … là: …").</summary>
    TextTotal,

    /// <summary>The same total written in words.</summary>
    TextTotalInWords,

    /// <summary>A per-source total in the text.</summary>
    TextSourceTotal,

    /// <summary>A cell of the summary table (by source and year).</summary>
    SummaryTable,

    /// <summary>A group header row's amount.</summary>
    GroupHeader,

    /// <summary>An item row's amount where the detail is in its source rows.</summary>
    ItemRow,

    /// <summary>A row's own total column.</summary>
    RowTotal,

    /// <summary>A totals row of the appendix.</summary>
    TotalsRow,

    /// <summary>A declared percentage share of a funding source in an item.</summary>
    DeclaredShare,

    /// <summary>The total of a unit-cost breakdown table.</summary>
    BreakdownTotal,
}

/// <summary>Stable codes for <see cref="StatementKind"/>.</summary>
public static class StatementKinds
{
    /// <summary>The code stored in the cube.</summary>
    public static string Code(this StatementKind kind) => kind switch
    {
        StatementKind.TextTotal => "text-total",
        StatementKind.TextTotalInWords => "text-total-in-words",
        StatementKind.TextSourceTotal => "text-source-total",
        StatementKind.SummaryTable => "summary-table",
        StatementKind.GroupHeader => "group-header",
        StatementKind.ItemRow => "item-row",
        StatementKind.RowTotal => "row-total",
        StatementKind.TotalsRow => "totals-row",
        StatementKind.DeclaredShare => "declared-share",
        StatementKind.BreakdownTotal => "breakdown-total",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
