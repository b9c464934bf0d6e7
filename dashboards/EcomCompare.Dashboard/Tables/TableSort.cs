using System.Globalization;

namespace EcomCompare.Dashboard.Tables;

/// <summary>
/// A table's sort order (issue 14): which column, which way. Clicking a column's header sorts by it ascending,
/// clicking it again descending. Numbers compare as numbers, text by Vietnamese collation (Bình Định before Cần
/// Thơ before Đà Nẵng), and rows with no value go last either way. Totals and reference rows are not rows of the
/// sort: the tables render them after the sorted rows.
/// </summary>
public sealed class TableSort
{
    private static readonly CompareInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;

    /// <summary>The column sorted by, or null for the table's own order (the cube's).</summary>
    public string? Column { get; private set; }

    /// <summary>True for descending.</summary>
    public bool Descending { get; private set; }

    /// <summary>Sorts by <paramref name="column"/>, or turns the order round when it is already the sort column.</summary>
    public void Toggle(string column)
    {
        Descending = Column == column && !Descending;
        Column = column;
    }

    /// <summary>The header's <c>aria-sort</c>: <c>ascending</c> / <c>descending</c> on the sort column, none elsewhere.</summary>
    public string? AriaSort(string column) => Column != column ? null : Descending ? "descending" : "ascending";

    /// <summary>
    /// <paramref name="rows"/> in this order; <paramref name="key"/> gives a row's value in a column (a number, a
    /// string or null). A stable sort: rows with equal values keep the table's own order.
    /// </summary>
    public IReadOnlyList<T> Apply<T>(IEnumerable<T> rows, Func<T, string, object?> key)
    {
        if (Column is not { } column)
        {
            return rows.ToList();
        }

        var comparer = Comparer<object?>.Create((a, b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => Descending ? -Compare(a, b) : Compare(a, b),
        });
        return rows.OrderBy(row => key(row, column), comparer).ToList();
    }

    /// <summary>Two values of one column: text by Vietnamese collation, numbers as numbers.</summary>
    internal static int Compare(object a, object b) => (a, b) switch
    {
        (string x, string y) => Vietnamese.Compare(x, y, CompareOptions.IgnoreCase),
        _ => Convert.ToDecimal(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(b, CultureInfo.InvariantCulture)),
    };
}
