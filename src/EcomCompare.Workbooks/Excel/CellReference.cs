using System.Globalization;

namespace EcomCompare.Workbooks.Excel;

/// <summary>A1-style references.</summary>
internal static class CellReference
{
    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary><c>C2</c> for column 2, row 2.</summary>
    public static string Of(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>'Dữ liệu'!$C$2:$C$4</c>.</summary>
    public static string Range(string sheet, int column, int firstRow, int lastRow) =>
        string.Create(CultureInfo.InvariantCulture, $"{Sheet(sheet)}!${Column(column)}${firstRow}:${Column(column)}${lastRow}");

    /// <summary><c>'Dữ liệu'!$C$1</c>.</summary>
    public static string Absolute(string sheet, int column, int row) =>
        string.Create(CultureInfo.InvariantCulture, $"{Sheet(sheet)}!${Column(column)}${row}");

    /// <summary>A sheet name quoted for a formula: <c>'Dữ liệu'</c>.</summary>
    public static string Sheet(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
}
