using EcomCompare.Dashboard.Tables;

namespace EcomCompare.Dashboard.Tests;

/// <summary>Sortable tables (issue 14): numbers as numbers, Vietnamese names by Vietnamese collation, blanks last.</summary>
public class TableSortTests
{
    private static readonly (string Name, decimal? Total)[] Rows =
        [("Hà Nội", 12.5m), ("Đà Nẵng", null), ("Cần Thơ", 9m), ("Bình Định", 100m), ("Dak Lak", 9.75m)];

    [Fact]
    public void UnsortedTheTableKeepsItsOwnOrder() =>
        Assert.Equal(Rows, new TableSort().Apply(Rows, Key));

    [Fact]
    public void NamesSortByVietnameseCollationNotByCodePoint()
    {
        // Ordinal order would put Đ (U+0110) after every Latin letter, so after Hà Nội.
        var sort = new TableSort();
        sort.Toggle("name");
        Assert.Equal(["Bình Định", "Cần Thơ", "Dak Lak", "Đà Nẵng", "Hà Nội"], sort.Apply(Rows, Key).Select(r => r.Name));
        Assert.Equal("ascending", sort.AriaSort("name"));
        Assert.Null(sort.AriaSort("total"));
    }

    [Fact]
    public void NumbersSortAsNumbersBothWaysWithBlanksLast()
    {
        var sort = new TableSort();
        sort.Toggle("total");
        Assert.Equal(["Cần Thơ", "Dak Lak", "Hà Nội", "Bình Định", "Đà Nẵng"], sort.Apply(Rows, Key).Select(r => r.Name));

        sort.Toggle("total");
        Assert.Equal("descending", sort.AriaSort("total"));
        Assert.Equal(["Bình Định", "Hà Nội", "Dak Lak", "Cần Thơ", "Đà Nẵng"], sort.Apply(Rows, Key).Select(r => r.Name));

        // Another column starts ascending again.
        sort.Toggle("name");
        Assert.Equal("ascending", sort.AriaSort("name"));
    }

    private static object? Key((string Name, decimal? Total) row, string column) => column == "name" ? row.Name : row.Total;
}
