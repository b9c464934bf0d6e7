using EcomCompare.Cube.Query;

namespace EcomCompare.Views.Tokens;

/// <summary>What a view's numbers are: money, or a share of something.</summary>
public enum Measure
{
    /// <summary>Million VND.</summary>
    Amount,

    /// <summary>A share of the province's money (funding split, trends, categories).</summary>
    Share,

    /// <summary>The explorer's share of its row.</summary>
    ShareOfRow,

    /// <summary>The explorer's share of its column.</summary>
    ShareOfColumn,

    /// <summary>The explorer's share of the grand total.</summary>
    ShareOfTotal,
}

/// <summary>How a view is laid out: the one switch a page, its chart and its workbook share.</summary>
public enum ViewLayout
{
    /// <summary>Funding split: one stacked bar per province.</summary>
    Stacked,

    /// <summary>Funding split: the same bars once per year (small multiples).</summary>
    Multiples,

    /// <summary>Trends: a line per province and source.</summary>
    Lines,

    /// <summary>Trends: grouped columns per province and year.</summary>
    Columns,

    /// <summary>Categories: grouped bars.</summary>
    Bars,

    /// <summary>Categories: a heatmap.</summary>
    Heatmap,
}

/// <summary>How the categories page groups the money.</summary>
public enum Grouping
{
    /// <summary>The harmonized task categories.</summary>
    Category,

    /// <summary>Each province's own groups.</summary>
    Native,
}

/// <summary>
/// The address keys and tokens of every view switch, one table each, the same on every surface: the dashboard's
/// addresses, the chart URLs, the workbook URLs (<c>lang</c>, <c>measure</c>, <c>layout</c>, <c>by</c>, <c>rows</c>,
/// <c>cols</c>, <c>totals</c>).
/// </summary>
public static class ViewTokens
{
    /// <summary><c>lang=vi|en</c> (Vietnamese when absent).</summary>
    public static TokenTable<Language> Languages { get; } = new("lang", (Language.Vi, "vi"), (Language.En, "en"));

    /// <summary><c>measure=amount|share|row|col|total</c>.</summary>
    public static TokenTable<Measure> Measures { get; } = new(
        "measure",
        (Measure.Amount, "amount"), (Measure.Share, "share"),
        (Measure.ShareOfRow, "row"), (Measure.ShareOfColumn, "col"), (Measure.ShareOfTotal, "total"));

    /// <summary><c>layout=stacked|multiples|lines|columns|bars|heatmap</c>.</summary>
    public static TokenTable<ViewLayout> Layouts { get; } = new(
        "layout",
        (ViewLayout.Stacked, "stacked"), (ViewLayout.Multiples, "multiples"), (ViewLayout.Lines, "lines"),
        (ViewLayout.Columns, "columns"), (ViewLayout.Bars, "bars"), (ViewLayout.Heatmap, "heatmap"));

    /// <summary><c>by=category|native</c>.</summary>
    public static TokenTable<Grouping> Groupings { get; } = new("by", (Grouping.Category, "category"), (Grouping.Native, "native"));

    /// <summary>The explorer's dimensions: <c>rows=province,group</c>, <c>cols=source</c>.</summary>
    public static TokenTable<CubeDimension> Dimensions { get; } = new(
        "rows",
        (CubeDimension.Province, "province"), (CubeDimension.Year, "year"), (CubeDimension.Source, "source"),
        (CubeDimension.Category, "category"), (CubeDimension.NativeGroup, "group"), (CubeDimension.Item, "item"),
        (CubeDimension.SubSource, "subsource"));

    /// <summary>The explorer's column key (its tokens are <see cref="Dimensions"/>' or <see cref="NoColumn"/>).</summary>
    public const string ColumnsKey = "cols";

    /// <summary><c>cols=none</c>: no column dimension.</summary>
    public const string NoColumn = "none";

    /// <summary>The explorer's subtotals switch: <c>totals=off</c> hides them.</summary>
    public const string TotalsKey = "totals";

    /// <summary>The token of a language (<c>vi</c>, <c>en</c>).</summary>
    public static string Token(this Language language) => Languages.Token(language);

    /// <summary>The token of a measure.</summary>
    public static string Token(this Measure measure) => Measures.Token(measure);

    /// <summary>The token of a layout.</summary>
    public static string Token(this ViewLayout layout) => Layouts.Token(layout);

    /// <summary>The token of a grouping.</summary>
    public static string Token(this Grouping grouping) => Groupings.Token(grouping);

    /// <summary>The explorer's token of a dimension (<c>province</c>, <c>group</c>, …).</summary>
    public static string Token(this CubeDimension dimension) => Dimensions.Token(dimension);

    /// <summary>
    /// A URL's <c>lang</c>: English for <c>en</c>, Vietnamese for anything else (the dashboard reads a wrong value as
    /// the default; the chart and workbook URLs refuse it with <see cref="Languages"/>' <c>Parse</c>).
    /// </summary>
    public static Language LanguageOf(string? token) => Languages.Parse(token?.ToLowerInvariant()) ?? Language.Vi;
}
