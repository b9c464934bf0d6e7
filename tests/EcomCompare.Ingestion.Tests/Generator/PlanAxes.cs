namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>One value of an axis: its label in the case's name and what it sets.</summary>
internal sealed record AxisValue(string Label, Func<PlanCase, PlanCase> Apply);

/// <summary>A way plans differ, the values it takes and the table shapes it applies to.</summary>
internal sealed record Axis(string Name, IReadOnlyList<AxisValue> Values, IReadOnlySet<TableShape> Shapes);

/// <summary>
/// The layout and wording axes real plans vary along, and the cases: for each table shape, all pairs of the values
/// of the axes that apply to it (<see cref="Pairwise"/>). To add an axis: a property on <see cref="PlanCase"/> (with
/// the default most plans have), an entry below naming the shapes it applies to, and its rendering in
/// <see cref="PlanRenderer"/> or <see cref="BudgetTables"/>.
/// </summary>
internal static class PlanAxes
{
    private static readonly TableShape[] ItemShapes = [TableShape.YearSourceColumns, TableShape.WholePeriodColumns, TableShape.SourceRows];

    private static readonly TableShape[] AllShapes = [.. ItemShapes, TableShape.YearRows];

    public static IReadOnlyList<Axis> All { get; } =
    [
        Of("group codes", AllShapes, (c, v) => c with { Codes = v }, (GroupCodes.Roman, "roman I/1"), (GroupCodes.Arabic, "arabic 1/1.1"),
            (GroupCodes.Letters, "letters A/1")),
        Of("header rows", AllShapes, (c, v) => c with { HeaderRows = v }, (1, "1 header row"), (2, "2 header rows"), (3, "3 header rows")),
        Of("order", [TableShape.YearSourceColumns], (c, v) => c with { Order = v }, (ColumnOrder.YearMajor, "year-major"),
            (ColumnOrder.SourceMajor, "source-major")),
        Of("total column", AllShapes, (c, v) => c with { Total = v }, (TotalColumn.None, "no total column"), (TotalColumn.First, "total first"),
            (TotalColumn.Last, "total last")),
        Of("text columns", ItemShapes, (c, v) => c with { Text = v },
            (TextColumns.None, "no text columns"), (TextColumns.Before, "agency columns before"), (TextColumns.After, "agency columns after"),
                (TextColumns.NotesOnly, "notes column")),
        Of("sub-sources", [TableShape.YearSourceColumns, TableShape.WholePeriodColumns, TableShape.YearRows], (c, v) => c with { SubSources = v },
            (SubSourceLayout.None, "no sub-sources"), (SubSourceLayout.Spanned, "sub-sources spanned"), (SubSourceLayout.Labelled, "sub-source columns")),
        Of("sub-sources", [TableShape.SourceRows], (c, v) => c with { SubSources = v }, (SubSourceLayout.None, "no sub-sources"),
            (SubSourceLayout.Rows, "sub-source rows")),
        Of("group sums", ItemShapes, (c, v) => c with { GroupSums = v }, (true, "group sums"), (false, "no group sums")),
        Of("unit", AllShapes, (c, v) => c with { Unit = v },
            (TableUnit.Million, "triệu đồng"), (TableUnit.Thousand, "1.000 đồng"), (TableUnit.ThousandWords, "nghìn đồng"), (TableUnit.Dong, "đồng"),
                (TableUnit.Billion, "tỷ đồng")),
        Of("unit placement", AllShapes, (c, v) => c with { UnitAt = v }, (UnitPlacement.Heading, "unit in title"),
            (UnitPlacement.Above, "unit above"), (UnitPlacement.InHeader, "unit in header")),
        Of("text total", AllShapes, (c, v) => c with { TextTotal = v },
            (TextTotal.DuKienTrieu, "dự kiến triệu"), (TextTotal.KhoangTy, "khoảng tỷ"), (TextTotal.DongBangChu, "đồng bằng chữ"),
                (TextTotal.UocKhoang, "ước khoảng"),
            (TextTotal.ToiThieuNghin, "tối thiểu nghìn"), (TextTotal.TongNguonVon, "tổng nguồn vốn"), (TextTotal.WordsInBrackets, "words in brackets")),
        Of("source labels", AllShapes, (c, v) => c with { Labels = v },
            (SourceWording.Short, "TW/ĐP/DN"), (SourceWording.Ns, "NSTW/NSĐP/XHH"), (SourceWording.Long, "long labels"),
                (SourceWording.Upper, "UPPER labels"), (SourceWording.NoDiacritics, "no-diacritics labels")),
        Of("totals row", AllShapes, (c, v) => c with { TotalsRow = v }, (TotalsLabel.TongCong, "Tổng cộng"), (TotalsLabel.Cong, "Cộng"),
            (TotalsLabel.TongSo, "TỔNG SỐ")),
        Of("empty cells", AllShapes, (c, v) => c with { Empty = v }, (EmptyCell.Blank, "blank cells"), (EmptyCell.Dash, "dash cells")),
        Of("page break", ItemShapes, (c, v) => c with { PageBreak = v }, (false, "one page"), (true, "page break")),
    ];

    /// <summary>Every case of every shape, named: all pairs of axis values.</summary>
    public static IReadOnlyList<PlanCase> Cases { get; } = AllShapes.SelectMany(CasesOf).ToList();

    /// <summary>
    /// The plainest case of each shape — the layout and wording the shipped parser read before the generator (Thái
    /// Bình's year × source columns, Núi Đỏ's whole-period columns, Bình Định's source rows) — and, for each other
    /// value of each axis, the plain case with only that value changed: one feature at a time, where the pairs mix many.
    /// </summary>
    public static IReadOnlyList<PlanCase> OneAtATime { get; } = AllShapes.SelectMany(OneAtATimeOf).ToList();

    public static PlanCase Plain(TableShape shape) => shape switch
    {
        TableShape.YearSourceColumns => new PlanCase { Shape = shape, Total = TotalColumn.None },
        TableShape.WholePeriodColumns => new PlanCase { Shape = shape, HeaderRows = 1, Total = TotalColumn.First },
        TableShape.SourceRows => new PlanCase { Shape = shape, Codes = GroupCodes.Arabic, Total = TotalColumn.First },
        _ => new PlanCase { Shape = shape, HeaderRows = 1, Total = TotalColumn.First },
    } with
    { Name = $"{ShapeLabel(shape)} · plain" };

    public static IReadOnlyList<PlanCase> OneAtATimeOf(TableShape shape)
    {
        var plain = Plain(shape);
        var cases = new List<PlanCase> { plain };
        foreach (var axis in All.Where(a => a.Shapes.Contains(shape)))
        {
            foreach (var value in axis.Values)
            {
                var changed = value.Apply(plain);
                if (changed != plain && cases.All(c => c != changed with { Name = c.Name }))
                {
                    cases.Add(changed with { Name = $"{ShapeLabel(shape)} · plain but {value.Label}" });
                }
            }
        }

        return cases;
    }

    public static IReadOnlyList<PlanCase> CasesOf(TableShape shape)
    {
        var axes = All.Where(a => a.Shapes.Contains(shape)).ToList();
        return Pairwise.Cases(axes.Select(a => a.Values.Count).ToList())
            .Select(values =>
            {
                var chosen = axes.Select((a, i) => a.Values[values[i]]).ToList();
                var c = chosen.Aggregate(new PlanCase { Shape = shape }, (acc, v) => v.Apply(acc));
                return c with { Name = string.Join(" · ", chosen.Select(v => v.Label).Prepend(ShapeLabel(shape))) };
            })
            .ToList();
    }

    public static string ShapeLabel(TableShape shape) => shape switch
    {
        TableShape.YearSourceColumns => "year×source columns",
        TableShape.WholePeriodColumns => "whole-period columns",
        TableShape.SourceRows => "source rows",
        TableShape.YearRows => "year rows + task list",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static Axis Of<T>(string name, TableShape[] shapes, Func<PlanCase, T, PlanCase> set, params (T Value, string Label)[] values) =>
        new(name, values.Select(v => new AxisValue(v.Label, c => set(c, v.Value))).ToList(), shapes.ToHashSet());
}
