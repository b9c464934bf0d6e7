namespace EcomCompare.Ingestion.Model;

/// <summary>Everything read from one plan document.</summary>
/// <param name="Plan">The manifest entry.</param>
/// <param name="Items">Budget items, in document order (unitemized remainders last).</param>
/// <param name="Facts">Item × year × source amounts, including unitemized remainders.</param>
/// <param name="Statements">Every stated figure.</param>
/// <param name="Discrepancies">Every disagreement found by reconciliation.</param>
/// <param name="Checks">How many stated figures were checked.</param>
/// <param name="Targets">The plan's 2025 targets.</param>
/// <param name="Lines">The document's text, line 1 first, for showing a figure in context.</param>
/// <param name="Sha256">Hex SHA-256 of the document's bytes.</param>
public sealed record PlanBudget(
    ProvincePlan Plan,
    IReadOnlyList<BudgetItem> Items,
    IReadOnlyList<BudgetFact> Facts,
    IReadOnlyList<StatedFigure> Statements,
    IReadOnlyList<Discrepancy> Discrepancies,
    int Checks,
    IReadOnlyList<PlanTarget> Targets,
    IReadOnlyList<string> Lines,
    string Sha256)
{
    /// <summary>Where the budget table is and how it was read.</summary>
    public BudgetTableInfo? Table { get; init; }

    /// <summary>What the build should say but not fail on (e.g. no stated total found).</summary>
    public IReadOnlyList<IngestionWarning> Warnings { get; init; } = [];

    /// <summary>Money with no year split (whole-period tables), million VND: counts in period totals, in no year.</summary>
    public decimal NoYearAmount => Facts.Where(f => f.Year is null).Sum(f => f.Amount);

    /// <summary>The document's official grand total (the text total), million VND, when stated.</summary>
    public decimal? StatedTotal => Statements.FirstOrDefault(s => s.Kind == StatementKind.TextTotal)?.Value;
}

/// <summary>Where a plan's budget table was found and how its columns were understood.</summary>
/// <param name="Shape">The table shape (from the manifest, or detected when the manifest leaves it empty).</param>
/// <param name="ShapeDetected">True when the shape was detected rather than named in the manifest.</param>
/// <param name="HeadingLine">The appendix heading line ("Phụ lục …").</param>
/// <param name="FirstLine">The table header's first line.</param>
/// <param name="LastLine">The table's last data line.</param>
/// <param name="Columns">Each value column: its header text and what it was read as.</param>
public sealed record BudgetTableInfo(string Shape, bool ShapeDetected, int HeadingLine, int FirstLine, int LastLine,
    IReadOnlyList<ColumnInfo> Columns)
{
    /// <summary>The unit the table's amounts were read in (<c>triệu đồng</c>, <c>nghìn đồng</c>, …); every amount is normalised to million
    /// VND.</summary>
    public string Unit { get; init; } = "triệu đồng";

    /// <summary>Where the document states that unit ("line 12: Đơn vị tính: 1.000 đồng"); null when it states none and triệu đồng was assumed.</summary>
    public string? UnitStated { get; init; }

    /// <summary>The table's text columns (lead agency, partners, timing, output, notes).</summary>
    public IReadOnlyList<AttributeInfo> Attributes { get; init; } = [];
}

/// <summary>A text column of the budget table.</summary>
/// <param name="Column">1-based column number.</param>
/// <param name="Header">Its title as written.</param>
/// <param name="Attribute"><c>agency</c>, <c>partner</c>, <c>timing</c>, <c>output</c>, <c>notes</c> or <c>other</c>.</param>
public sealed record AttributeInfo(int Column, string Header, string Attribute);

/// <summary>One value column of the budget table.</summary>
/// <param name="Column">1-based column number.</param>
/// <param name="Header">The header cells above it, as written.</param>
/// <param name="Year">The year, or null (total column, or no year split).</param>
/// <param name="Source">The funding source, or null (total column, or per-row sources).</param>
/// <param name="IsTotal">The row-total column.</param>
public sealed record ColumnInfo(int Column, string Header, int? Year, FundingSource? Source, bool IsTotal)
{
    /// <summary>The part of the source the column holds (<c>district</c>), or null.</summary>
    public string? Part { get; init; }
}

/// <summary>Something the build reports without failing.</summary>
/// <param name="Province">The province code.</param>
/// <param name="Origin">Document and line (line 0: the whole document).</param>
/// <param name="Kind"><see cref="NoStatedTotal"/> or <see cref="NoYearSplit"/>: what a reader (the dashboard) words in its own language.</param>
/// <param name="Amount">The money concerned, million VND.</param>
/// <param name="Message">What is wrong and what it means for the figures.</param>
public sealed record IngestionWarning(string Province, SourceLine Origin, string Kind, decimal Amount, string Message)
{
    /// <summary>The text states no total: the cube's <see cref="Amount"/> is checked against no official figure.</summary>
    public const string NoStatedTotal = "no-stated-total";

    /// <summary>A whole-period table: <see cref="Amount"/> counts in the period totals and in no single year.</summary>
    public const string NoYearSplit = "no-year-split";

    /// <summary>Money by year and source with no task split: <see cref="Amount"/> is in the category "not broken down by task".</summary>
    public const string NoTaskSplit = "no-task-split";

    /// <summary>An amount written in words that could not be read: the figure in digits beside it stands unchecked.</summary>
    public const string UnreadableWords = "unreadable-words";

    /// <inheritdoc />
    public override string ToString() => Origin.Line > 0 ? $"{Origin}: {Message}" : $"{Origin.Document}: {Message}";
}
