using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests;

/// <summary>The facts add up to the figures each document states in its summary table — every province, year and source.</summary>
public class StatedTotalsTests
{
    // Bình Định: "Bảng tổng hợp phân bổ nguồn kinh phí", lines 302–304.
    // Thái Bình: "Bảng tổng hợp kinh phí", lines 193–196.
    // Cần Thơ: Phụ lục 1 rows III–V, lines 320–322.
    public static TheoryData<string, string, int, decimal> PerYearPerSource => new()
    {
        { "binh-dinh", "central", 2021, 535 }, { "binh-dinh", "central", 2022, 905 }, { "binh-dinh", "central", 2023, 695 },
        { "binh-dinh", "central", 2024, 815 }, { "binh-dinh", "central", 2025, 835 },
        { "binh-dinh", "local", 2021, 585 }, { "binh-dinh", "local", 2022, 625 }, { "binh-dinh", "local", 2023, 585 },
        { "binh-dinh", "local", 2024, 605 }, { "binh-dinh", "local", 2025, 675 },
        { "binh-dinh", "enterprise", 2021, 0 }, { "binh-dinh", "enterprise", 2025, 0 },
        { "thai-binh", "central", 2021, 455 }, { "thai-binh", "central", 2022, 420 }, { "thai-binh", "central", 2023, 360 },
        { "thai-binh", "central", 2024, 360 }, { "thai-binh", "central", 2025, 530 },
        { "thai-binh", "local", 2021, 325 }, { "thai-binh", "local", 2022, 445 }, { "thai-binh", "local", 2023, 560 },
        { "thai-binh", "local", 2024, 575 }, { "thai-binh", "local", 2025, 590 },
        { "thai-binh", "enterprise", 2021, 20 }, { "thai-binh", "enterprise", 2022, 55 }, { "thai-binh", "enterprise", 2023, 65 },
        { "thai-binh", "enterprise", 2024, 65 }, { "thai-binh", "enterprise", 2025, 65 },
        { "can-tho", "central", 2021, 102 }, { "can-tho", "central", 2022, 977 }, { "can-tho", "central", 2023, 522 },
        { "can-tho", "central", 2024, 662 }, { "can-tho", "central", 2025, 636 },
        { "can-tho", "local", 2021, 664.3m }, { "can-tho", "local", 2022, 459.3m }, { "can-tho", "local", 2023, 344.3m },
        { "can-tho", "local", 2024, 444.3m }, { "can-tho", "local", 2025, 430.3m },
        { "can-tho", "enterprise", 2023, 0 },
    };

    [Theory]
    [MemberData(nameof(PerYearPerSource))]
    public void FactsAddUpToTheSummaryTableForEachYearAndSource(string province, string source, int year, decimal stated) =>
        Assert.Equal(stated, Plans.Get(province).Sum(year, Plans.Source(source)));

    public static TheoryData<string, string, decimal> PerSource => new()
    {
        { "binh-dinh", "central", 3785 }, { "binh-dinh", "local", 3075 }, { "binh-dinh", "enterprise", 0 },
        { "thai-binh", "central", 2125 }, { "thai-binh", "local", 2495 }, { "thai-binh", "enterprise", 270 },
        { "can-tho", "central", 2899 }, { "can-tho", "local", 2342.5m }, { "can-tho", "enterprise", 0 },
    };

    [Theory]
    [MemberData(nameof(PerSource))]
    public void FactsAddUpToEachSourcesTotalForThePeriod(string province, string source, decimal stated) =>
        Assert.Equal(stated, Plans.Get(province).Sum(source: Plans.Source(source)));

    public static TheoryData<string, int, decimal> PerYear => new()
    {
        { "binh-dinh", 2021, 1120 }, { "binh-dinh", 2022, 1530 }, { "binh-dinh", 2023, 1280 }, { "binh-dinh", 2024, 1420 }, { "binh-dinh", 2025, 1510 },
        { "thai-binh", 2021, 800 }, { "thai-binh", 2022, 920 }, { "thai-binh", 2023, 985 }, { "thai-binh", 2024, 1000 }, { "thai-binh", 2025, 1185 },
        { "can-tho", 2021, 766.3m }, { "can-tho", 2022, 1436.3m }, { "can-tho", 2023, 866.3m }, { "can-tho", 2024, 1106.3m }, { "can-tho", 2025, 1066.3m },
    };

    [Theory]
    [MemberData(nameof(PerYear))]
    public void FactsAddUpToEachYearsTotal(string province, int year, decimal stated) =>
        Assert.Equal(stated, Plans.Get(province).Sum(year));

    [Theory]
    [InlineData("binh-dinh", 6860, 292)]
    [InlineData("thai-binh", 4890, 181)]
    [InlineData("can-tho", 5241.5, 176)]
    public void FactsAddUpToTheOfficialTotalStatedInTheText(string province, decimal total, int line)
    {
        var plan = Plans.Get(province);
        var stated = plan.Statements.Single(s => s.Kind == StatementKind.TextTotal);
        Assert.Equal(total, stated.Value);
        Assert.Equal(line, stated.Origin.Line);
        Assert.Equal(total, plan.StatedTotal);
        Assert.Equal(total, plan.Sum());
    }

    [Theory]
    [InlineData("binh-dinh", null, 6860, 292)]
    [InlineData("binh-dinh", "central", 3785, 294)]
    [InlineData("binh-dinh", "local", 3075, 296)]
    [InlineData("can-tho", null, 5241.5, 176)]
    public void ReadsTheTotalsWrittenInWords(string province, string? source, decimal millions, int line)
    {
        var words = Plans.Get(province).Statements.Single(s => s.Kind == StatementKind.TextTotalInWords
            && s.Source == (source is null ? null : Plans.Source(source)));
        Assert.Equal(millions, words.Value);
        Assert.Equal(line, words.Origin.Line);
    }

    [Theory]
    [InlineData("binh-dinh", "central", 3785, 294)]
    [InlineData("binh-dinh", "local", 3075, 296)]
    [InlineData("thai-binh", "local", 2495, 183)]
    [InlineData("thai-binh", "central", 2125, 184)]
    [InlineData("thai-binh", "enterprise", 270, 185)]
    public void ReadsThePerSourceTotalsInTheText(string province, string source, decimal millions, int line)
    {
        var stated = Plans.Get(province).Statements.Single(s => s.Kind == StatementKind.TextSourceTotal && s.Source == Plans.Source(source));
        Assert.Equal(millions, stated.Value);
        Assert.Equal(line, stated.Origin.Line);
    }

    [Theory]
    [InlineData("binh-dinh", 18)] // 2 sources + total = 3 rows × (5 years + total)
    [InlineData("thai-binh", 24)] // 3 sources + total = 4 rows × (5 years + total)
    [InlineData("can-tho", 0)]    // no summary table in the text: Phụ lục 1's totals rows stand in for it
    public void CapturesEverySummaryTableCell(string province, int cells) =>
        Assert.Equal(cells, Plans.Get(province).Statements.Count(s => s.Kind == StatementKind.SummaryTable));

    [Fact]
    public void KeepsEveryStatementsProvenance() =>
        Assert.All(Plans.All.Plans.SelectMany(p => p.Statements),
            s => Assert.True(s.Origin.Line > 0 && s.Origin.Document.EndsWith(".txt", StringComparison.Ordinal)));
}
