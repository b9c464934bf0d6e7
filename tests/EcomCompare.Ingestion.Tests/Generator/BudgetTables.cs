using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>
/// The budget table of a case: its header (a tree of merged cells fitted to the case's header rows) and its rows —
/// bold group rows with their sums, item rows, source rows, the totals row — with the truth's amounts written in
/// the table's unit.
/// </summary>
internal static class BudgetTables
{
    public static TableModel Budget(TruePlan truth, PlanCase c)
    {
        var (left, right) = TextColumnsOf(c);
        var money = Headers.Fit(Money(truth, c), c.HeaderRows, Wrappers(c));
        var unitInHeader = c.UnitAt == UnitPlacement.InHeader && c.Unit != TableUnit.None;
        var unitRow = false;
        if (unitInHeader)
        {
            var unit = $" ({Wording.UnitWords(c.Unit)})";
            if (money.FirstOrDefault(n => n.Children.Count > 0 && n.Text.StartsWith("Kinh phí", StringComparison.Ordinal)) is { } top)
            {
                money = money.Select(n => n == top ? n with { Text = n.Text + unit } : n).ToList();
            }
            else if (money.FirstOrDefault(n => n.Key?.IsTotal == true) is { } total)
            {
                money = money.Select(n => n == total ? n with { Text = n.Text + unit } : n).ToList();
            }
            else
            {
                unitRow = true;
            }
        }

        IReadOnlyList<HeaderNode> forest = [.. Left(c), .. left, .. money, .. right];
        var header = Headers.Rows(forest, c.HeaderRows);
        var keys = forest.SelectMany(n => n.Leaves).Select(l => l.Key!).ToList();
        var rows = new List<Row>();
        if (unitRow)
        {
            rows.Add(new Row(RowKind.Unit,
                [new Cell(string.Empty, ColSpan: keys.Count - 1), .. Enumerable.Repeat<Cell?>(null, keys.Count - 2),
                    new Cell("ĐVT: " + Wording.UnitWords(c.Unit), Italic: true)]));
        }

        rows.AddRange(header);
        var writer = new RowWriter(c, keys);
        if (c.Shape == TableShape.YearRows)
        {
            foreach (var (year, i) in TruePlan.Years.Select((y, i) => (y, i)))
            {
                rows.Add(writer.Row(RowKind.Item, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "Năm " + year,
                    truth.Unitemized.Where(m => m.Year == year).ToList()));
            }
        }
        else
        {
            foreach (var (group, g) in truth.Groups.Select((group, g) => (group, g)))
            {
                var groupRow = writer.Row(RowKind.Group, GroupCode(c.Codes, g), group.Name, c.GroupSums ? group.Money.ToList() : null, bold: true);
                rows.Add(groupRow with { BreakBefore = c.PageBreak && g == truth.Groups.Count - 1 });
                foreach (var (item, i) in group.Items.Select((item, i) => (item, i)))
                {
                    rows.Add(writer.Row(RowKind.Item, ItemCode(c.Codes, g, i), item.Name, item.Money, item: item));
                    if (c.Shape == TableShape.SourceRows)
                    {
                        rows.AddRange(SourceRows(truth, c, writer, item.Money, first: "Nguồn kinh phí: - ", next: "- "));
                    }
                }
            }
        }

        rows.Add(writer.Row(RowKind.Totals, string.Empty, Wording.Totals(c.TotalsRow), truth.Money.ToList(), bold: true));
        if (c.Shape == TableShape.SourceRows)
        {
            rows.AddRange(SourceRows(truth, c, writer, truth.Money.ToList(), first: "Trong đó: - ", next: "- ", subRows: false));
        }

        return new TableModel(keys.Select(k => k.Kind).ToList(), rows);
    }

    /// <summary>The task list a plan with money by year only gives instead: groups and items, who leads, when; no money.</summary>
    public static TableModel TaskList(TruePlan truth, PlanCase c)
    {
        IReadOnlyList<HeaderNode> forest =
        [
            HeaderNode.Leaf("TT", new ColumnKey("code")), HeaderNode.Leaf("Nội dung nhiệm vụ", new ColumnKey("name")),
            HeaderNode.Leaf("Đơn vị chủ trì", new ColumnKey("lead")), HeaderNode.Leaf("Đơn vị phối hợp", new ColumnKey("partner")),
            HeaderNode.Leaf("Thời gian thực hiện", new ColumnKey("timing")),
        ];
        var keys = forest.Select(n => n.Key!).ToList();
        var writer = new RowWriter(c, keys);
        var rows = new List<Row>(Headers.Rows(forest, 1));
        foreach (var (group, g) in truth.Groups.Select((group, g) => (group, g)))
        {
            rows.Add(writer.Row(RowKind.Group, GroupCode(c.Codes, g), group.Name, null, bold: true));
            rows.AddRange(group.Items.Select((item, i) => writer.Row(RowKind.Item, ItemCode(c.Codes, g, i), item.Name, null, item: item)));
        }

        return new TableModel(keys.Select(k => k.Kind).ToList(), rows);
    }

    public static string GroupCode(GroupCodes codes, int g) => codes switch
    {
        GroupCodes.Roman => new[] { "I", "II", "III", "IV", "V", "VI" }[g],
        GroupCodes.Arabic => (g + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => ((char)('A' + g)).ToString(),
    };

    public static string ItemCode(GroupCodes codes, int g, int i) => codes == GroupCodes.Arabic
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{g + 1}.{i + 1}")
        : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // "Nguồn kinh phí: - Ngân sách địa phương" under an item, "+ Ngân sách cấp tỉnh" under that when the case shows sub-sources as rows.
    private static IEnumerable<Row> SourceRows(TruePlan truth, PlanCase c, RowWriter writer, IReadOnlyList<TrueAmount> money, string first,
        string next, bool subRows = true)
    {
        var n = 0;
        foreach (var source in truth.Sources.Where(s => money.Any(m => m.Source == s)))
        {
            var own = money.Where(m => m.Source == source).ToList();
            yield return writer.Row(RowKind.SourceRow, string.Empty, (n++ == 0 ? first : next) + Wording.Source(c.Labels, source), own, italic: true);
            if (subRows && c.SubSources == SubSourceLayout.Rows)
            {
                foreach (var sub in truth.SubSourcesOf(source).Where(s => own.Any(m => m.SubSource == s)))
                {
                    yield return writer.Row(RowKind.SourceRow, string.Empty, "+ " + Wording.SubSource(c.Labels, sub, underItsSource: false),
                        own.Where(m => m.SubSource == sub).ToList(), italic: true);
                }
            }
        }
    }

    private static IEnumerable<HeaderNode> Left(PlanCase c) => c.Shape switch
    {
        TableShape.YearSourceColumns => [HeaderNode.Leaf("TT", new ColumnKey("code")), HeaderNode.Leaf("Nội dung nhiệm vụ", new ColumnKey("name"))],
        TableShape.WholePeriodColumns => [HeaderNode.Leaf("STT", new ColumnKey("code")), HeaderNode.Leaf("Nội dung", new ColumnKey("name"))],
        TableShape.SourceRows => [HeaderNode.Leaf("Stt", new ColumnKey("code")), HeaderNode.Leaf("Nội dung công việc", new ColumnKey("name"))],
        _ => [HeaderNode.Leaf("TT", new ColumnKey("code")), HeaderNode.Leaf("Năm", new ColumnKey("name"))],
    };

    private static (IReadOnlyList<HeaderNode> Left, IReadOnlyList<HeaderNode> Right) TextColumnsOf(PlanCase c)
    {
        static HeaderNode Text(string role) => HeaderNode.Leaf(role switch
        {
            "lead" => "Đơn vị chủ trì",
            "partner" => "Đơn vị phối hợp",
            "timing" => "Thời gian thực hiện",
            "output" => "Sản phẩm/kết quả",
            _ => "Ghi chú",
        }, new ColumnKey(role));

        return c.Shape == TableShape.YearRows ? ([], []) : c.Text switch
        {
            TextColumns.Before => ([Text("lead"), Text("partner"), Text("timing")], []),
            TextColumns.After => ([], [Text("lead"), Text("partner"), Text("output"), Text("note")]),
            TextColumns.NotesOnly => ([], [Text("note")]),
            _ => ([], []),
        };
    }

    // The money columns in their natural tree, before fitting to the header rows.
    private static IReadOnlyList<HeaderNode> Money(TruePlan truth, PlanCase c)
    {
        var total = HeaderNode.Leaf(c.Shape is TableShape.WholePeriodColumns or TableShape.YearRows ? "Tổng" : "Tổng cộng",
            new ColumnKey("money", IsTotal: true));
        IReadOnlyList<HeaderNode> values = c.Shape switch
        {
            TableShape.SourceRows
                => TruePlan.Years.Select(y => HeaderNode.Leaf(y.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    new ColumnKey("money", Year: y))).ToList(),
            TableShape.YearSourceColumns when c.Order == ColumnOrder.YearMajor =>
                TruePlan.Years.Select(y => HeaderNode.Span("Năm " + y, SourceNodes(truth, c, key => key with { Year = y }, leaf: null))).ToList(),
            TableShape.YearSourceColumns =>
                SourceNodes(truth, c, key => key,
                    leaf: key => TruePlan.Years.Select(y => HeaderNode.Leaf("Năm " + y, key with { Year = y })).ToList()).ToList(),
            _ => SourceNodes(truth, c, key => key, leaf: null).ToList(),
        };
        return c.Total switch
        {
            TotalColumn.First => [total, .. values],
            TotalColumn.Last => [.. values, total],
            _ => values,
        };
    }

    // One node per source (spanning its sub-sources when shown so), or one per sub-source when they are columns of their own.
    // With leaf given, each source or sub-source node spans the leaves it returns (the years, source-major).
    private static IEnumerable<HeaderNode> SourceNodes(TruePlan truth, PlanCase c, Func<ColumnKey, ColumnKey> keyed,
        Func<ColumnKey, IReadOnlyList<HeaderNode>>? leaf)
    {
        HeaderNode Node(string text, ColumnKey key) => leaf is null ? HeaderNode.Leaf(text, keyed(key)) : HeaderNode.Span(text, leaf(keyed(key)));

        foreach (var source in truth.Sources)
        {
            var subs = c.ShowsSubSources && c.SubSources != SubSourceLayout.Rows ? truth.SubSourcesOf(source) : [];
            var key = new ColumnKey("money", Source: source);
            if (subs.Count == 0)
            {
                yield return Node(Wording.Source(c.Labels, source), key);
            }
            else if (c.SubSources == SubSourceLayout.Spanned)
            {
                yield return HeaderNode.Span(Wording.Source(c.Labels, source),
                    subs.Select(s => Node(Wording.SubSource(c.Labels, s, underItsSource: true), key with { SubSource = s })));
            }
            else
            {
                foreach (var s in subs)
                {
                    yield return Node(Wording.SubSource(c.Labels, s, underItsSource: false), key with { SubSource = s });
                }
            }
        }
    }

    private static Func<IReadOnlyList<HeaderNode>, IReadOnlyList<HeaderNode>>[] Wrappers(PlanCase c)
    {
        var all = Headers.Wrap("Kinh phí thực hiện", _ => true);
        bool IsSource(HeaderNode n) => n.Key?.IsTotal != true;
        return c.Shape switch
        {
            TableShape.SourceRows => [Headers.Wrap("Năm thực hiện", n => n.Key?.Year is not null), all],
            TableShape.WholePeriodColumns or TableShape.YearRows => [Headers.Wrap(c.Total == TotalColumn.None ? "Nguồn vốn" : "Trong đó", IsSource), all],
            _ => [all],
        };
    }

    /// <summary>Writes one row's cells by what each column holds.</summary>
    private sealed class RowWriter(PlanCase c, IReadOnlyList<ColumnKey> keys)
    {
        private readonly decimal _perMillion = Wording.PerMillion(c.WrittenIn ?? c.Unit);

        /// <param name="money">The row's amounts; null for a row that carries none (a group row without sums).</param>
        public Row Row(RowKind kind, string code, string name, IReadOnlyList<TrueAmount>? money, TrueItem? item = null, bool bold = false,
            bool italic = false)
        {
            var cells = keys.Select(key => key.Role switch
            {
                "code" => new Cell(code, Bold: bold),
                "name" => new Cell(name, Bold: bold, Italic: italic),
                "money" => new Cell(Amount(key, money), Bold: bold, Italic: italic),
                _ => new Cell(item is null ? string.Empty : Attribute(item, key.Role)),
            });
            return new Row(kind, cells.ToList());
        }

        private string Amount(ColumnKey key, IReadOnlyList<TrueAmount>? money)
        {
            if (money is null)
            {
                return string.Empty;
            }

            var matching = money.Where(key.Matches).ToList();
            return matching.Count == 0 ? (c.Empty == EmptyCell.Dash ? "-" : string.Empty)
                : VietnameseText.Number(matching.Sum(m => m.Amount) * _perMillion);
        }

        private static string Attribute(TrueItem item, string role) => role switch
        {
            "lead" => item.Lead,
            "partner" => item.Partner,
            "timing" => item.Timing,
            "output" => item.Output,
            _ => item.Note,
        };
    }
}
