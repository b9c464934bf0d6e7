using System.Globalization;
using EcomCompare.Cube.Query;
using EcomCompare.Cube.Sql;
using EcomCompare.Cube.Store;
using EcomCompare.Testing;

namespace EcomCompare.Cube.Tests;

/// <summary>
/// Issue 21 in the cube: a plan that splits a source into parts (Đồi Chè: provincial and district budget under local)
/// keeps the parts as the source dimension's second level; a plan that gives money by year but by no task (Bến Sông)
/// is in the category "not broken down by task". Figures from the fixtures, added up by hand.
/// </summary>
public sealed class MoreLayoutsCubeTests
{
    [Fact]
    public void PartsOfASourceAreTheSecondLevelOfTheSourceDimension()
    {
        var rows = Rows("""
            SELECT "ProvinceCode", "SourceCode", "SubSourceCode", CAST(SUM("Amount") AS DECIMAL(18,3))
            FROM budget_lines WHERE "ProvinceCode" IN ('doi-che', 'binh-dinh') GROUP BY ALL ORDER BY ALL
            """);
        Assert.Equal(
            [
                "binh-dinh central national-programme 3785.000", "binh-dinh local local 3075.000",
                "doi-che central central 1000.000", "doi-che enterprise enterprise 300.000", "doi-che local district 300.000",
                "doi-che local provincial 800.000",
            ],
            rows);
        // Each part named in both languages, ordered under its source.
        Assert.Equal(
            ["central|Central budget (national programme)|false", "national-programme|National e-commerce programme|true", "local|Local budget|false",
             "provincial|Provincial budget|true", "district|District budget|true", "enterprise|Enterprise co-financing|false"],
            Rows(
                "SELECT sub_source_code || '|' || name || '|' || CASE WHEN is_part THEN 'true' ELSE 'false' END FROM dim_sub_source ORDER BY sort_order"));
    }

    [Fact]
    public async Task MoneyWithNoTaskSplitIsInItsOwnCategoryWhichOnlyThenExists()
    {
        Assert.Equal(
            ["untasked 3000.000"], Rows(
                """SELECT "CategoryCode", CAST(SUM("Amount") AS DECIMAL(18,3)) FROM budget_lines WHERE "ProvinceCode" = 'ben-song' GROUP BY ALL"""));
        using var store = new CubeStore(new CubeStoreOptions { Path = TestCube.MoreLayoutsPath });
        var categories = await new CubeQueries(store).CategoriesAsync();
        Assert.Equal("untasked", categories[^1].Code);

        using var shipped = new CubeStore(new CubeStoreOptions { Path = TestCube.Path });
        Assert.DoesNotContain(await new CubeQueries(shipped).CategoriesAsync(), c => c.Code == "untasked");
    }

    [Fact]
    public void TheItemKeepsItsAgencyFromTheTablesAgencyColumn()
    {
        Assert.Equal(
            ["1.1 Sở Công Thương", "1.2 Sở Thông tin và Truyền thông", "2.1 Sở Công Thương"],
            Rows("SELECT item_code || ' ' || agency FROM dim_item WHERE province_code = 'doi-che' ORDER BY sort_order"));
    }

    private static List<string> Rows(string sql)
    {
        using var store = new CubeStore(new CubeStoreOptions { Path = TestCube.MoreLayoutsPath });
        using var lease = store.Lease();
        var rows = new List<string>();
        using var reader = lease.Connection.ExecuteReader(new SqlStatement(sql, []));
        while (reader.Read())
        {
            rows.Add(
                string.Join(
                    ' ', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
