using EcomCompare.Cube.Sql;

namespace EcomCompare.Cube.Tests;

/// <summary>Golden SQL and parameter lists: values never enter the text.</summary>
public class SqlRendererTests
{
    private static readonly SqlRelation Lines = new("budget_lines");

    [Fact]
    public void RendersAFilteredProjectionWithParameters()
    {
        var statement = SqlRenderer.Render(new SqlSelect
        {
            Items = [new SqlSelectItem(SqlExpr.Col("Id"), "Id"), new SqlSelectItem(SqlExpr.Col("Amount"), "Amount")],
            From = Lines,
            Where = new SqlBinary(SqlBinaryOp.And,
                new SqlBinary(SqlBinaryOp.Equal, SqlExpr.Col("ProvinceCode"), SqlExpr.Param("can-tho")),
                new SqlBinary(SqlBinaryOp.GreaterOrEqual, SqlExpr.Col("Year"), SqlExpr.Param(2023))),
            OrderBy = [new SqlOrder(SqlExpr.Col("Id"))],
            Limit = 100,
            Offset = 200,
        });
        Assert.Equal(
            "SELECT \"Id\" AS \"Id\", \"Amount\" AS \"Amount\" FROM \"budget_lines\" WHERE ((\"ProvinceCode\" = $1) AND (\"Year\" >= $2)) ORDER BY \"Id\" ASC NULLS FIRST LIMIT $3 OFFSET $4",
            statement.Text);
        Assert.Equal(["can-tho", 2023, 100L, 200L], statement.Parameters);
    }

    [Fact]
    public void KeepsAHostileStringOutOfTheText()
    {
        const string hostile = "x'); DROP TABLE fact_budget; --";
        var statement = SqlRenderer.Render(new SqlSelect
        {
            From = Lines,
            Where = new SqlFunction(SqlFunctionName.Contains, [SqlExpr.Col("ItemName"), SqlExpr.Param(hostile)]),
        });
        Assert.Equal("SELECT * FROM \"budget_lines\" WHERE contains(\"ItemName\", $1)", statement.Text);
        Assert.Equal([hostile], statement.Parameters);
    }

    [Theory]
    [InlineData("Amount\"; DROP")]
    [InlineData("1abc")]
    [InlineData("a b")]
    [InlineData("")]
    public void RefusesAnIdentifierThatIsNotPlain(string name) =>
        Assert.Throws<SqlRenderException>(
            () => SqlRenderer.Render(new SqlSelect { Items = [new SqlSelectItem(SqlExpr.Col(name), "x")], From = Lines }));

    [Fact]
    public void RefusesARelationOutsideTheCube() =>
        Assert.Throws<SqlRenderException>(() => SqlRenderer.Render(new SqlSelect { From = new SqlRelation("duckdb_settings") }));

    [Fact]
    public void RendersGroupingSetsAggregatesAndWindowShares()
    {
        var amount = new SqlAggregate(SqlAggregateKind.Sum, SqlExpr.Col("Amount"));
        var statement = SqlRenderer.Render(new SqlSelect
        {
            Items =
            [
                new SqlSelectItem(SqlExpr.Col("ProvinceCode"), "p"),
                new SqlSelectItem(SqlExpr.Col("SourceCode"), "s"),
                new SqlSelectItem(new SqlGrouping([SqlExpr.Col("SourceCode")]), "g"),
                new SqlSelectItem(amount, "amount"),
                new SqlSelectItem(new SqlBinary(SqlBinaryOp.Divide, amount, new SqlWindowSum(amount, [SqlExpr.Col("ProvinceCode")])), "share"),
                new SqlSelectItem(new SqlAggregate(SqlAggregateKind.CountDistinct, SqlExpr.Col("ItemCode")), "items"),
                new SqlSelectItem(
                    new SqlAggregate(
                        SqlAggregateKind.Sum, SqlExpr.Col("Amount"), new SqlBinary(SqlBinaryOp.Equal, SqlExpr.Col("Year"), SqlExpr.Param(2022))),
                    "y2022"),
            ],
            From = Lines,
            GroupBy = new SqlGroupingSets([[SqlExpr.Col("ProvinceCode"), SqlExpr.Col("SourceCode")], [SqlExpr.Col("ProvinceCode")], []]),
        });
        Assert.Equal(
            "SELECT \"ProvinceCode\" AS \"p\", \"SourceCode\" AS \"s\", GROUPING(\"SourceCode\") AS \"g\", SUM(\"Amount\") AS \"amount\", " +
            "(SUM(\"Amount\") / NULLIF(SUM(SUM(\"Amount\")) OVER (PARTITION BY \"ProvinceCode\"), 0)) AS \"share\", " +
            "COUNT(DISTINCT \"ItemCode\") AS \"items\", SUM(\"Amount\") FILTER (WHERE (\"Year\" = $1)) AS \"y2022\" " +
            "FROM \"budget_lines\" GROUP BY GROUPING SETS ((\"ProvinceCode\", \"SourceCode\"), (\"ProvinceCode\"), ())",
            statement.Text);
        Assert.Equal([2022], statement.Parameters);
    }

    [Fact]
    public void NestsATransformationPipelineAsSubqueries()
    {
        var inner = new SqlSelect
        {
            Items = [
                new SqlSelectItem(SqlExpr.Col("ProvinceCode"), "ProvinceCode"), new SqlSelectItem(
                    new SqlAggregate(SqlAggregateKind.Sum, SqlExpr.Col("Amount")), "Total")],
            From = Lines,
            GroupBy = new SqlPlainGroupBy([SqlExpr.Col("ProvinceCode")]),
        };
        var statement = SqlRenderer.Render(new SqlSelect
        {
            From = new SqlSubquery(inner),
            Where = new SqlBinary(SqlBinaryOp.Greater, SqlExpr.Col("Total"), SqlExpr.Param(5000m)),
        });
        Assert.Equal(
            "SELECT * FROM (SELECT \"ProvinceCode\" AS \"ProvinceCode\", SUM(\"Amount\") AS \"Total\" FROM \"budget_lines\" GROUP BY \"ProvinceCode\") AS \"t1\" WHERE (\"Total\" > $1)",
            statement.Text);
        Assert.Equal([5000m], statement.Parameters);
    }

    [Fact]
    public void TranslatesODataStringFunctionsToZeroBasedSql()
    {
        var statement = SqlRenderer.Render(new SqlSelect
        {
            Items =
            [
                new SqlSelectItem(new SqlFunction(SqlFunctionName.IndexOf, [SqlExpr.Col("ItemName"), SqlExpr.Param("TMĐT")]), "i"),
                new SqlSelectItem(new SqlFunction(SqlFunctionName.Substring, [SqlExpr.Col("ItemName"), SqlExpr.Param(2), SqlExpr.Param(5)]), "s"),
            ],
            From = Lines,
            Where = new SqlIn(SqlExpr.Col("SourceCode"), [SqlExpr.Param("central"), SqlExpr.Param("local")]),
        });
        Assert.Equal(
            "SELECT (strpos(\"ItemName\", $1) - 1) AS \"i\", substring(\"ItemName\", $2 + 1, $3) AS \"s\" FROM \"budget_lines\" WHERE (\"SourceCode\" IN ($4, $5))",
            statement.Text);
        Assert.Equal(["TMĐT", 2, 5, "central", "local"], statement.Parameters);
    }

    [Fact]
    public void RendersAnEmptyInListAsFalse() =>
        Assert.Equal(
            "SELECT * FROM \"budget_lines\" WHERE FALSE", SqlRenderer.Render(
                new SqlSelect { From = Lines, Where = new SqlIn(SqlExpr.Col("Year"), []) }).Text);

    [Fact]
    public void RefusesToRenderBeyondTheNestingLimit()
    {
        SqlExpr deep = SqlExpr.Col("Amount");
        for (var i = 0; i < SqlRenderer.MaxDepth + 5; i++)
        {
            deep = new SqlBinary(SqlBinaryOp.Add, deep, SqlExpr.Param(1));
        }

        var error = Assert.Throws<SqlRenderException>(() => SqlRenderer.Render(new SqlSelect
        {
            Items = [new SqlSelectItem(deep, "x")],
            From = Lines
        }));
        Assert.Contains("nests deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RendersIntegerDivisionAndNullSafeComparisons()
    {
        var statement = SqlRenderer.Render(new SqlSelect
        {
            Items = [new SqlSelectItem(new SqlBinary(SqlBinaryOp.IntegerDivide, SqlExpr.Col("Year"), SqlExpr.Param(2)), "half")],
            From = Lines,
            Where = new SqlBinary(SqlBinaryOp.Or,
                new SqlBinary(SqlBinaryOp.IsDistinctFrom, SqlExpr.Col("Agency"), SqlExpr.Param("Sở Công Thương")),
                new SqlBinary(SqlBinaryOp.IsNotDistinctFrom, SqlExpr.Col("Agency"), SqlExpr.Col("NativeGroup"))),
        });
        Assert.Equal(
            "SELECT (\"Year\" // NULLIF($1, 0)) AS \"half\" FROM \"budget_lines\" " +
            "WHERE ((\"Agency\" IS DISTINCT FROM $2) OR (\"Agency\" IS NOT DISTINCT FROM \"NativeGroup\"))",
            statement.Text);
        Assert.Equal([2, "Sở Công Thương"], statement.Parameters);
    }
}
