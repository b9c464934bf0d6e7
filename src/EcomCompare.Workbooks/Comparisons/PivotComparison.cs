using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Tokens;
using EcomCompare.Views.Words;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>pivot</c>: the explorer's pivot as laid out on screen — a label column per row dimension
/// (<c>rows=province,category</c>), a column per member of the column dimension (<c>cols=source</c>, or
/// <c>cols=none</c>) and the row total; each subtotal row above the rows it adds up (<c>totals=off</c>: the innermost
/// rows only), the grand total last; cells in the measure shown (<c>measure=amount|row|col|total</c>: amounts, or the
/// share of the row, of the column or of the grand total).
/// </summary>
internal sealed class PivotComparison : IComparison
{
    public string Name => "pivot";

    public ExportPage? Page => ExportPage.Explorer;

    public IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; } = new Dictionary<string, IReadOnlyList<string>?>
    {
        [ViewTokens.Dimensions.Key] = null,
        [ViewTokens.ColumnsKey] = null,
        [ViewTokens.Measures.Key] = ViewTokens.Measures.Tokens([Measure.Amount, Measure.ShareOfRow, Measure.ShareOfColumn, Measure.ShareOfTotal]),
        [ViewTokens.TotalsKey] = ["on", "off"],
    };

    public WorkbookTitle Describe(WorkbookRequest request)
    {
        var view = request.View;
        var en = request.Language == Language.En;
        var rows = string.Join(en ? ", then " : ", rồi ", view.Rows.Select(d => DimensionName(d, request.Language).ToLowerInvariant()));
        var by = view.Column is { } c ? DimensionName(c, request.Language).ToLowerInvariant() : null;
        var measure = (view.Measure ?? Measure.Amount, en) switch
        {
            (Measure.ShareOfRow, false) => "Tỷ trọng trong tổng của hàng (%)",
            (Measure.ShareOfColumn, false) => "Tỷ trọng trong tổng của cột (%)",
            (Measure.ShareOfTotal, false) => "Tỷ trọng trong tổng cộng (%)",
            (_, false) => "Kinh phí (triệu đồng)",
            (Measure.ShareOfRow, true) => "Share of the row's total (%)",
            (Measure.ShareOfColumn, true) => "Share of the column's total (%)",
            (Measure.ShareOfTotal, true) => "Share of the grand total (%)",
            (_, true) => "Money (million VND)",
        };
        var subtotals = view.Subtotals
            ? (en
                ? " Each subtotal row comes above the rows it adds up; the grand total is last."
                : " Mỗi dòng tổng phụ đứng trên các dòng nó cộng; tổng cộng ở cuối.")
            : (en ? " Innermost rows only; the grand total is last." : " Chỉ các dòng chi tiết nhất; tổng cộng ở cuối.");
        return en
            ? new(by is null ? $"Pivot table by {rows}" : $"Pivot table by {rows} and {by}",
                $"Rows: {rows}." + (by is null ? string.Empty : $" Columns: {by}, and the row total.") + subtotals, measure)
            : new(by is null ? $"Bảng tổng hợp theo {rows}" : $"Bảng tổng hợp theo {rows} và {by}",
                $"Hàng: {rows}." + (by is null ? string.Empty : $" Cột: {by}, và tổng của hàng.") + subtotals, measure);
    }

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(
        WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var view = request.View;
        var dims = view.Rows;
        List<PivotRow> flat;
        IReadOnlyList<(string Key, string Label)> members;
        if (view.Column is { } column)
        {
            var pivot = await queries.PivotAsync(dims, column, request.Slice, CubeTotals.Rollup, request.Language,
                cancellation).ConfigureAwait(false);
            members = pivot.Columns;
            flat = [.. pivot.Cells];
        }
        else
        {
            var result = await queries.AskAsync(new CubeQuestion(dims, request.Slice, CubeTotals.Rollup, Language: request.Language),
                cancellation).ConfigureAwait(false);
            members = [];
            flat = result.Rows.Select(r => new PivotRow(r.Keys, r.Labels, r.RolledUp, [], r.Amount)).ToList();
        }

        var grand = flat.FirstOrDefault(r => r.RolledUp.All(x => x));
        var ordered = PreOrder(flat.Where(r => !r.RolledUp[0]).ToList(), dims.Count);
        if (!view.Subtotals)
        {
            ordered = ordered.Where(r => !r.RolledUp[^1]).ToList();
        }

        var measure = view.Measure ?? Measure.Amount;
        var kind = measure == Measure.Amount ? ColumnKind.Money : ColumnKind.Share;
        var suffix = measure switch
        {
            Measure.ShareOfRow => $" ({words.ShareOfRow}, %)",
            Measure.ShareOfColumn => $" ({words.ShareOfColumn}, %)",
            Measure.ShareOfTotal => $" ({words.ShareOfTotal}, %)",
            _ => string.Empty,
        };
        var columns = dims.Select(d => new SheetColumn(DimensionName(d, request.Language), ColumnKind.Text,
            d == CubeDimension.Item ? 60 : 24)).ToList();
        columns.AddRange(
            members.Select(
                m => new SheetColumn(
                    (view.Column == CubeDimension.Source ? MemberWords.SourceName(m.Key, catalog, request.Language) : m.Label) + suffix, kind, 16)));
        columns.Add(new SheetColumn(words.Total + suffix, kind, 16));

        double? Ratio(decimal part, decimal whole) => whole == 0 ? null : (double)(part / whole);
        SheetCell Cell(decimal? value, decimal rowTotal, int index) => value is not { } v
            ? new SheetCell(null)
            : measure switch
            {
                Measure.ShareOfRow => new SheetCell(Ratio(v, rowTotal)),
                Measure.ShareOfColumn => new SheetCell(Ratio(v, grand?.Values.ElementAtOrDefault(index) ?? 0m)),
                Measure.ShareOfTotal => new SheetCell(Ratio(v, grand?.Total ?? 0m)),
                _ => v,
            };
        SheetCell TotalCell(decimal total) => measure switch
        {
            Measure.ShareOfRow => new SheetCell(Ratio(total, total)),
            Measure.ShareOfColumn or Measure.ShareOfTotal => new SheetCell(Ratio(total, grand?.Total ?? 0m)),
            _ => total,
        };

        var rows = new List<IReadOnlyList<SheetCell>>();
        foreach (var row in ordered)
        {
            // Ancestors' labels repeated on every row, so that Excel's filters work; a subtotal row leaves its deeper levels empty.
            // Funding sources by their short names, as the explorer and the column headers write them.
            var cells = dims.Select((d, level) => (SheetCell)(row.RolledUp[level] ? null
                : d == CubeDimension.Source && row.Keys[level] is { } source ? MemberWords.SourceName(source, catalog, request.Language)
                : row.Labels[level] ?? row.Keys[level])).ToList();
            cells.AddRange(members.Select((_, i) => Cell(row.Values.ElementAtOrDefault(i), row.Total, i)));
            cells.Add(TotalCell(row.Total));
            rows.Add(cells);
        }

        if (grand is not null)
        {
            var cells = dims.Select((_, level) => (SheetCell)(level == 0 ? words.GrandTotal : null)).ToList();
            cells.AddRange(members.Select((_, i) => Cell(grand.Values.ElementAtOrDefault(i), grand.Total, i)));
            cells.Add(TotalCell(grand.Total));
            rows.Add(cells);
        }

        return [new DataSheet(words.Data, columns, rows)];
    }

    /// <summary>ROLLUP rows (subtotals after their children) reordered as the explorer shows them: each subtotal above its rows.</summary>
    private static List<PivotRow> PreOrder(List<PivotRow> rows, int levels)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        string Path(PivotRow row, int depth) => string.Join('\u001f', row.Keys.Take(depth).Select(k => k ?? string.Empty));
        for (var i = 0; i < rows.Count; i++)
        {
            var kept = rows[i].RolledUp.TakeWhile(r => !r).Count();
            for (var depth = 1; depth <= kept; depth++)
            {
                firstSeen.TryAdd(Path(rows[i], depth), i);
            }
        }

        // Sort key: the first appearance of each ancestor, outermost first; a subtotal (shorter path) before its children.
        return rows.OrderBy(r => r, Comparer<PivotRow>.Create((a, b) =>
        {
            for (var depth = 1; depth <= levels; depth++)
            {
                var aHas = depth <= a.RolledUp.TakeWhile(x => !x).Count();
                var bHas = depth <= b.RolledUp.TakeWhile(x => !x).Count();
                if (!aHas || !bHas)
                {
                    return aHas.CompareTo(bHas);
                }

                var c = firstSeen[Path(a, depth)].CompareTo(firstSeen[Path(b, depth)]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        })).ToList();
    }

    private static string DimensionName(CubeDimension dimension, Language language)
    {
        var words = WorkbookWords.For(language);
        return dimension switch
        {
            CubeDimension.Province => words.Province,
            CubeDimension.Year => words.Year,
            CubeDimension.Source => words.Source,
            CubeDimension.Category => words.Category,
            CubeDimension.NativeGroup => words.NativeGroup,
            CubeDimension.Item => words.Item,
            CubeDimension.SubSource => words.SubSource,
            _ => dimension.ToString(),
        };
    }
}
