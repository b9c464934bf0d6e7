using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>What a table column holds: a text attribute of the row, or money of a year × source × sub-source (or the row's total).</summary>
/// <param name="Role"><c>code</c>, <c>name</c>, an item attribute (<c>lead</c>, <c>partner</c>, <c>timing</c>, <c>output</c>, <c>note</c>) or
/// <c>money</c>.</param>
internal sealed record ColumnKey(string Role, int? Year = null, FundingSource? Source = null, string? SubSource = null, bool IsTotal = false)
{
    public ColumnKind Kind => Role switch
    {
        "code" => ColumnKind.Code,
        "name" => ColumnKind.Name,
        "money" => ColumnKind.Money,
        _ => ColumnKind.Text,
    };

    public bool Matches(TrueAmount amount) =>
        IsTotal || ((Year is null || amount.Year == Year) && (Source is null || amount.Source == Source)
            && (SubSource is null || amount.SubSource == SubSource));
}

/// <summary>A header cell: a leaf is a column; a node with children spans them.</summary>
internal sealed record HeaderNode(string Text, IReadOnlyList<HeaderNode> Children, ColumnKey? Key = null)
{
    public static HeaderNode Leaf(string text, ColumnKey key) => new(text, [], key);

    public static HeaderNode Span(string text, IEnumerable<HeaderNode> children) => new(text, children.ToList());

    public int Depth => Children.Count == 0 ? 1 : 1 + Children.Max(c => c.Depth);

    public IEnumerable<HeaderNode> Leaves => Children.Count == 0 ? [this] : Children.SelectMany(c => c.Leaves);
}

/// <summary>Header trees made to fit a number of header rows, and laid out as rows of merged cells.</summary>
internal static class Headers
{
    /// <summary>
    /// The money columns' trees fitted to <paramref name="rows"/> header rows: too deep, the top level is joined
    /// into the level under it ("Năm 2021 - NSTW", in the deepest trees only); too shallow, the <paramref name="wrappers"/> add levels above
    /// in turn ("Năm thực hiện" over the years, then "Kinh phí thực hiện" over all).
    /// </summary>
    public static IReadOnlyList<HeaderNode> Fit(IReadOnlyList<HeaderNode> money, int rows,
        params Func<IReadOnlyList<HeaderNode>, IReadOnlyList<HeaderNode>>[] wrappers)
    {
        for (var depth = money.Max(n => n.Depth); depth > rows; depth--)
        {
            // Only the deepest trees lose their top level: a shallower one (DN over its years) keeps its own.
            money = money.SelectMany(n => n.Depth < depth ? [n] : n.Children.Select(c => c with { Text = n.Text + " - " + c.Text })).ToList();
        }

        foreach (var wrap in wrappers)
        {
            if (money.Max(n => n.Depth) >= rows)
            {
                break;
            }

            money = wrap(money);
        }

        return money;
    }

    /// <summary>Wraps the nodes <paramref name="which"/> selects (a contiguous run) under one spanning cell.</summary>
    public static Func<IReadOnlyList<HeaderNode>, IReadOnlyList<HeaderNode>> Wrap(string text, Func<HeaderNode, bool> which) => nodes =>
    {
        var first = nodes.ToList().FindIndex(n => which(n));
        if (first < 0)
        {
            return nodes;
        }

        var run = nodes.Skip(first).TakeWhile(which).ToList();
        return [.. nodes.Take(first), HeaderNode.Span(text, run), .. nodes.Skip(first + run.Count)];
    };

    /// <summary>The header rows: each node at its level, spanning its leaves; a leaf runs down to the last header row.</summary>
    public static IReadOnlyList<Row> Rows(IReadOnlyList<HeaderNode> forest, int rows)
    {
        var width = forest.Sum(n => n.Leaves.Count());
        var cells = Enumerable.Range(0, rows).Select(_ => new Cell?[width]).ToArray();
        var column = 0;
        foreach (var node in forest)
        {
            Place(node, 0);
        }

        return cells.Select(r => new Row(RowKind.Header, r)).ToList();

        void Place(HeaderNode node, int level)
        {
            if (node.Children.Count == 0)
            {
                cells[level][column] = new Cell(node.Text, RowSpan: rows - level, Bold: true);
                column++;
                return;
            }

            cells[level][column] = new Cell(node.Text, ColSpan: node.Leaves.Count(), Bold: true);
            foreach (var child in node.Children)
            {
                Place(child, level + 1);
            }
        }
    }
}
