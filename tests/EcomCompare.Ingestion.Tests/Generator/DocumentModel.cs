namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>A plan decision independent of its file format: paragraphs and tables, in order.</summary>
internal sealed record PlanDocument(IReadOnlyList<Block> Blocks);

internal abstract record Block;

/// <summary>One line of text (a paragraph); <see cref="NewPage"/>: it starts a page (an appendix does).</summary>
internal sealed record Paragraph(string Text, bool Bold = false, bool Italic = false, bool Centered = false, bool NewPage = false) : Block;

internal sealed record TableBlock(TableModel Table) : Block;

/// <summary>A cell where it starts; it covers <see cref="ColSpan"/> columns and <see cref="RowSpan"/> rows.</summary>
internal sealed record Cell(string Text, int ColSpan = 1, int RowSpan = 1, bool Bold = false, bool Italic = false);

internal enum RowKind
{
    /// <summary>A first row that only states the unit ("ĐVT: triệu đồng" at the right).</summary>
    Unit,
    Header,
    Group,
    Item,
    SourceRow,
    Totals,
}

/// <summary>What a column holds, for the PDF writer's widths and alignment.</summary>
internal enum ColumnKind
{
    Code,
    Name,
    Text,
    Money,
}

/// <summary>
/// One table row: a cell per column, null where a merged cell from the left or from above covers the column.
/// <see cref="BreakBefore"/>: the table continues on a new page from this row, under its header repeated.
/// </summary>
internal sealed record Row(RowKind Kind, IReadOnlyList<Cell?> Cells, bool BreakBefore = false)
{
    public bool IsHeader => Kind is RowKind.Header or RowKind.Unit;
}

internal sealed record TableModel(IReadOnlyList<ColumnKind> Columns, IReadOnlyList<Row> Rows)
{
    public IReadOnlyList<Row> Header => Rows.TakeWhile(r => r.IsHeader).ToList();

    /// <summary>The header rows repeated after a page break (the unit row stays on the first page).</summary>
    public IReadOnlyList<Row> RepeatedHeader => Header.Where(r => r.Kind == RowKind.Header).ToList();

    /// <summary>The row and column of the cell that covers (<paramref name="row"/>, <paramref name="column"/>).</summary>
    public (int Row, int Column) Owner(int row, int column)
    {
        for (var r = row; r >= 0; r--)
        {
            for (var c = column; c >= 0; c--)
            {
                if (Rows[r].Cells[c] is { } cell && r + cell.RowSpan > row && c + cell.ColSpan > column)
                {
                    return (r, c);
                }
            }
        }

        throw new InvalidOperationException($"no cell covers row {row}, column {column}");
    }
}
