using EcomCompare.Cube.Query;
using EcomCompare.Cube.Store;
using EcomCompare.Testing;

namespace EcomCompare.Cube.Tests;

/// <summary>
/// A plan whose budget table has no year split (whole-period columns, issue 13): its facts have a NULL year, count
/// in the period totals and in no single year; its "other" money gets the <c>other</c> source member.
/// </summary>
public sealed class WholePeriodCubeTests
{
    [Fact]
    public async Task NoYearFactsCountInThePeriodTotalsAndInNoYear()
    {
        using var store = new CubeStore(new CubeStoreOptions { Path = TestCube.WholePeriodPath });
        var queries = new CubeQueries(store);
        var split = Assert.Single(await queries.FundingSplitsAsync(), s => s.ProvinceCode == "nui-do");
        // The fixture's numbers by hand: 1.700 central, 2.000 local, 1.300 enterprise, 200 other = 5.200.
        Assert.Equal((1700m, 2000m, 1300m, 200m, 5200m), (split.Central, split.Local, split.Enterprise, split.Other, split.Total));
        Assert.Equal(200.0 / 5200.0, split.OtherShare!.Value, 12); // the four shares add up to 1 again
        Assert.Equal(1.0, split.CentralShare!.Value + split.LocalShare!.Value + split.EnterpriseShare!.Value + split.OtherShare.Value, 12);
        Assert.Equal(5200m, split.NoYearSplit); // all of it: the table gives no year split
        Assert.All((await queries.FundingSplitsAsync()).Where(s => s.ProvinceCode != "nui-do"),
            s => Assert.Equal((0m, 0m), (s.NoYearSplit, s.Other)));
        Assert.All((await queries.FundingSplitsAsync(byYear: true)).Where(s => s.ProvinceCode == "nui-do"), s => Assert.Equal(0m, s.Total));
        Assert.Equal(["central", "local", "enterprise", "other"], (await queries.SourcesAsync()).Select(s => s.Code));

        using var lease = store.Lease();
        var noYear = lease.Connection.ExecuteScalar(
            new Cube.Sql.SqlStatement("SELECT CAST(SUM(\"Amount\") AS DECIMAL(18,3)) FROM budget_lines WHERE \"Year\" IS NULL", []));
        Assert.Equal(5200m, Convert.ToDecimal(noYear, System.Globalization.CultureInfo.InvariantCulture));
        // The three shipped plans are unchanged beside it.
        Assert.Equal(6860m + 4890m + 5241.5m, (await queries.FundingSplitsAsync()).Where(s => s.ProvinceCode != "nui-do").Sum(s => s.Total));
    }
}
