using System.Globalization;

namespace EcomCompare.Ingestion.Model;

/// <summary>
/// Names of a discrepancy's figures (<see cref="Discrepancy.Figures"/>): what a reader needs, besides the stated and
/// computed numbers, to say in any language what disagrees and which figure the cube keeps. Numbers are written
/// with the invariant culture (<c>112.5</c>); codes as the document writes them.
/// </summary>
public static class DiscrepancyFigure
{
    /// <summary>Group code (<c>5</c>, <c>IV</c>) of a statement about a group.</summary>
    public const string Group = "group";

    /// <summary>Item code (<c>4.3</c>, <c>I.5</c>).</summary>
    public const string Item = "item";

    /// <summary>The year a statement is about; absent for the whole plan period.</summary>
    public const string Year = "year";

    /// <summary>The plan period, <c>2021–2025</c>.</summary>
    public const string Period = "period";

    /// <summary>Funding source code (<c>central</c>, <c>local</c>, <c>enterprise</c>); absent for all sources.</summary>
    public const string Source = "source";

    /// <summary>A declared share, in percent (<c>30</c>).</summary>
    public const string Percent = "percent";

    /// <summary>The item's money over all its source rows, which a declared share is a share of.</summary>
    public const string ItemTotal = "item-total";

    /// <summary>What the same row's year cells add up to, when a total cell disagrees with its own row.</summary>
    public const string RowSum = "row-sum";

    /// <summary>The code of the item that keeps a group's unitemized money (<c>IV.*</c>).</summary>
    public const string Unitemized = "unitemized";

    /// <summary>The document line a figure stands on, where it matters to the wording.</summary>
    public const string Line = "line";

    /// <summary>The decision number as printed on the line (empty: left blank).</summary>
    public const string Printed = "printed";

    /// <summary>The decision number the manifest records (empty: a draft with no number).</summary>
    public const string Expected = "expected";

    /// <summary>A unit-cost breakdown's number.</summary>
    public const string Breakdown = "breakdown";

    /// <summary>A breakdown's title.</summary>
    public const string Title = "title";

    /// <summary>The budget appendix's name of an item.</summary>
    public const string Name = "name";

    /// <summary>A breakdown line's code and label.</summary>
    public const string Label = "label";

    /// <summary>A breakdown line's quantity.</summary>
    public const string Quantity = "quantity";

    /// <summary>A breakdown line's unit price.</summary>
    public const string Price = "price";

    /// <summary>Years whose amount a breakdown's cost matches, comma-separated.</summary>
    public const string Years = "years";

    /// <summary>A number as figures carry it.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a number back; null when absent.</summary>
    public static decimal? Number(IReadOnlyDictionary<string, string> figures, string name) =>
        figures.TryGetValue(name, out var text)
            && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
