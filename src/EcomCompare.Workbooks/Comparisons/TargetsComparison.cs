using EcomCompare.Cube.Query;
using EcomCompare.Views.Catalog;
using EcomCompare.Views.Exports;
using EcomCompare.Views.Words;
using EcomCompare.Workbooks.Excel;

namespace EcomCompare.Workbooks.Comparisons;

/// <summary>
/// <c>targets</c>: the 2025 targets of the slice's provinces. First the targets page's table (an indicator per row,
/// the national 2025 target of Decision 645/QĐ-TTg, a column per province, a target below the national one
/// flagged), then one row per target (indicator, comparator, value, unit, the national target and the flag, the
/// original sentence, document and line) — the rows of the page's OData address; under a category filter only the
/// indicators those categories serve, and those no category serves.
/// </summary>
internal sealed class TargetsComparison : IComparison
{
    public string Name => "targets";

    /// <summary>The code of targets that map to no harmonized indicator; they are listed, never dropped.</summary>
    private const string Other = "other";

    public ExportPage? Page => ExportPage.Targets;

    public IReadOnlyDictionary<string, IReadOnlyList<string>?> Options { get; } = new Dictionary<string, IReadOnlyList<string>?>();

    public WorkbookTitle Describe(WorkbookRequest request) => request.Language == Language.En
        ? new("2025 targets of each province beside the national targets",
            "Sheet Comparison: as the targets page shows it — one row per indicator, the national 2025 target (Decision 645/QĐ-TTg), "
            + "one column per province, a province's target below the national one flagged. Sheet Data: one row per target, with the "
            + "sentence it was read from.",
            "Each indicator's target in its own unit (%, USD/person/year, …)")
        : new("Mục tiêu đến năm 2025 của từng tỉnh so với mục tiêu cả nước",
            "Trang So sánh: như trang Mục tiêu — mỗi chỉ tiêu một dòng, mục tiêu cả nước 2025 (Quyết định 645/QĐ-TTg), mỗi tỉnh một "
            + "cột, mục tiêu của tỉnh thấp hơn mức cả nước được đánh dấu. Trang Dữ liệu: mỗi mục tiêu một dòng, với câu gốc trong văn bản.",
            "Giá trị chỉ tiêu theo đơn vị của từng chỉ tiêu (%, USD/người/năm, …)");

    public async Task<IReadOnlyList<DataSheet>> BuildAsync(
        WorkbookRequest request, CubeCatalog catalog, CubeQueries queries, CancellationToken cancellation)
    {
        var words = WorkbookWords.For(request.Language);
        var targetWords = TargetWords.For(request.Language);
        var en = request.Language == Language.En;
        var slice = request.Slice;
        var targets = await queries.TargetsAsync(slice.Provinces.Count == 0 ? null : slice.Provinces, cancellation).ConfigureAwait(false);
        var indicators = await queries.IndicatorsAsync(cancellation).ConfigureAwait(false);
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var kept = targets
            .Where(t => slice.Categories.Count == 0 || (t.CategoryCode is { } c && slice.Categories.Contains(c)) || t.IndicatorCode == Other)
            .ToList();
        var provinces = catalog.ProvincesIn(slice);

        // As the page: per indicator (in the indicators' order), each province's first target decides the flag.
        var comparison = Comparison(kept, indicators, provinces, words, targetWords, en);
        bool Below(TargetRecord t) =>
            byCode.TryGetValue(t.IndicatorCode, out var i)
            && kept.First(k => k.ProvinceCode == t.ProvinceCode && k.IndicatorCode == t.IndicatorCode) == t
            && TargetWords.FallsShort(t, i.National, i.NationalComparator);

        var columns = new List<SheetColumn>
        {
            new(words.ProvinceCode, ColumnKind.Text, 12), new(words.Province, ColumnKind.Text, 14), new(words.Indicator, ColumnKind.Text, 40),
            new(words.Comparator, ColumnKind.Text, 12), new(words.Value, ColumnKind.Number, 10), new(words.ValueMax, ColumnKind.Number, 10),
            new(words.UnitColumn, ColumnKind.Text, 14), new(words.National, ColumnKind.Text, 16), new(words.BelowNational, ColumnKind.Text, 12),
            new(words.Year, ColumnKind.Integer, 7), new(words.Text, ColumnKind.Text, 70), new(words.Document, ColumnKind.Text, 16),
            new(words.Line, ColumnKind.Integer, 7),
        };
        var rows = kept
            .Select(t =>
            {
                var indicator = byCode.GetValueOrDefault(t.IndicatorCode);
                return (IReadOnlyList<SheetCell>)
                [
                    t.ProvinceCode, catalog.Province(t.ProvinceCode).Name, en ? t.Indicator : t.IndicatorVi, targetWords.Comparator(t.Comparator),
                    new SheetCell(t.Value), new SheetCell(t.ValueMax), targetWords.Unit(t.Unit),
                    indicator?.National is { } bar ? targetWords.National(bar, indicator.NationalComparator, indicator.Unit) : null,
                    Below(t) ? words.Yes : null, t.Year, t.Text, t.Document, t.Line,
                ];
            }).ToList();
        return [comparison, new DataSheet(words.Data, columns, rows)];
    }

    /// <summary>The targets page's table: indicators in their groups, the national target, a column per province.</summary>
    private static DataSheet Comparison(
        IReadOnlyList<TargetRecord> targets, IReadOnlyList<IndicatorRecord> indicators, IReadOnlyList<ProvinceRecord> provinces,
        WorkbookWords words, TargetWords targetWords, bool en)
    {
        var columns = new List<SheetColumn>
        {
            new(en ? "Indicator group" : "Nhóm chỉ tiêu", ColumnKind.Text, 20), new(words.Indicator, ColumnKind.Text, 44),
            new(words.National, ColumnKind.Text, 16),
        };
        columns.AddRange(provinces.Select(p => new SheetColumn(p.Name, ColumnKind.Text, 24)));
        var rows = new List<IReadOnlyList<SheetCell>>();
        foreach (var indicator in indicators)
        {
            var of = targets.Where(t => t.IndicatorCode == indicator.Code).ToList();
            if (of.Count == 0)
            {
                continue;
            }

            var cells = new List<SheetCell>
            {
                en ? indicator.Group : indicator.GroupVi, en ? indicator.Name : indicator.NameVi,
                indicator.National is { } bar ? targetWords.National(bar, indicator.NationalComparator, indicator.Unit) : "–",
            };
            foreach (var province in provinces)
            {
                var mine = of.Where(t => t.ProvinceCode == province.Code).ToList();
                if (mine.Count == 0)
                {
                    cells.Add(words.NotStated);
                    continue;
                }

                var text = string.Join("; ", mine.Select(t => targetWords.Value(t) ?? words.NoNumber));
                cells.Add(TargetWords.FallsShort(mine[0], indicator.National, indicator.NationalComparator)
                    ? $"{text} {targetWords.BelowNational}"
                    : text);
            }

            rows.Add(cells);
        }

        return new DataSheet(words.Comparison, columns, rows) { WrapText = true };
    }
}
