using System.Text;
using EcomCompare.Ingestion.Categories;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Manifest;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Targets;

namespace EcomCompare.Ingestion.Tests;

/// <summary>Every 2025 target the three plans state, with its value, unit, comparator and line.</summary>
public class TargetsTests
{
    private static PlanTarget Target(string province, string indicator) =>
        Assert.Single(Plans.Get(province).Targets, t => t.IndicatorCode == indicator);

    // province, indicator, value, value max, unit, comparator, line — read off the documents' "Mục tiêu cụ thể".
    public static TheoryData<string, string, decimal?, decimal?, string, string, int> Every => new()
    {
        { "binh-dinh", "online-shoppers", 55, null, "%", "about", 154 },
        { "binh-dinh", "online-spend", 100, null, "USD/person/year", "exactly", 154 },
        { "binh-dinh", "b2c-growth", 25, null, "%/year", "exactly", 156 },
        { "binh-dinh", "b2c-retail-share", 10, null, "%", "about", 156 },
        { "binh-dinh", "cashless-payment", 35, null, "%", "exactly", 160 },
        { "binh-dinh", "payment-intermediaries", 50, null, "%", "exactly", 160 },
        { "binh-dinh", "last-mile-cost", 10, null, "%", "under", 162 },
        { "binh-dinh", "e-invoices", 50, null, "%", "exactly", 164 },
        { "binh-dinh", "shared-database", null, null, "", "none", 166 },
        { "binh-dinh", "b2c-outside-capital", 30, null, "%", "exactly", 170 },
        { "binh-dinh", "communes-online-merchants", 40, null, "%", "exactly", 172 },
        { "binh-dinh", "websites-online-ordering", 80, null, "%", "exactly", 176 },
        { "binh-dinh", "smes-on-marketplaces", 40, 50, "%", "range", 178 },
        { "binh-dinh", "enterprises-mobile-apps", 40, null, "%", "exactly", 180 },
        { "binh-dinh", "supermarkets-pos", 100, null, "%", "exactly", 182 },
        { "binh-dinh", "utilities-e-contracts", 70, null, "%", "exactly", 184 },
        { "binh-dinh", "colleges-teaching-ecommerce", 50, null, "%", "exactly", 188 },
        { "binh-dinh", "officials-trained", 100, null, "%", "exactly", 192 },
        { "binh-dinh", "enterprises-trained", 60, null, "%", "exactly", 194 },
        { "binh-dinh", "trainees", 1000, null, "persons", "exactly", 196 },
        { "binh-dinh", "dx-maturity-scale", null, null, "", "none", 200 },
        { "binh-dinh", "dx-awareness-sessions", 2, 3, "sessions", "range", 202 },
        { "thai-binh", "online-shoppers", 55, null, "%", "at-least", 53 },
        { "thai-binh", "b2c-retail-share", 10, null, "%", "at-least", 55 },
        { "thai-binh", "cashless-payment", 50, null, "%", "exactly", 59 },
        { "thai-binh", "payment-intermediaries", 80, null, "%", "exactly", 59 },
        { "thai-binh", "last-mile-cost", 10, null, "%", "under", 61 },
        { "thai-binh", "e-invoices", 70, null, "%", "exactly", 63 },
        { "thai-binh", "communes-online-merchants", 50, null, "%", "exactly", 67 },
        { "thai-binh", "websites-online-ordering", 80, null, "%", "exactly", 71 },
        { "thai-binh", "smes-on-marketplaces", 50, null, "%", "exactly", 73 },
        { "thai-binh", "enterprises-mobile-apps", 40, null, "%", "exactly", 75 },
        { "thai-binh", "utilities-e-contracts", 70, null, "%", "exactly", 77 },
        { "thai-binh", "supermarkets-pos", 100, null, "%", "exactly", 79 },
        { "thai-binh", "provincial-marketplace", null, null, "", "none", 81 },
        { "thai-binh", "trainees", 3500, null, "persons", "exactly", 89 },
        { "thai-binh", "students-trained", 1000, null, "persons", "exactly", 91 },
        { "can-tho", "online-shoppers", 55, null, "%", "at-least", 100 },
        { "can-tho", "b2c-retail-share", 10, null, "%", "at-least", 102 },
        { "can-tho", "cashless-payment", 50, null, "%", "above", 106 },
        { "can-tho", "payment-intermediaries", 80, null, "%", "exactly", 106 },
        { "can-tho", "last-mile-cost", 10, null, "%", "under", 108 },
        { "can-tho", "e-invoices", 70, null, "%", "exactly", 110 },
        { "can-tho", "shared-database", null, null, "", "none", 112 },
        { "can-tho", "websites-online-ordering", 80, null, "%", "exactly", 116 },
        { "can-tho", "smes-on-marketplaces", 50, null, "%", "exactly", 118 },
        { "can-tho", "enterprises-mobile-apps", 40, null, "%", "exactly", 120 },
        { "can-tho", "utilities-e-contracts", 70, null, "%", "exactly", 122 },
        { "can-tho", "colleges-teaching-ecommerce", 50, null, "%", "exactly", 126 },
        { "can-tho", "trainees", 1000, null, "persons", "exactly", 128 },
    };

    [Theory]
    [MemberData(nameof(Every))]
    public void ReadsEveryTargetWithItsValueUnitAndComparator(string province, string indicator, decimal? value, decimal? max, string unit,
        string comparator, int line)
    {
        var target = Target(province, indicator);
        Assert.Equal((value, max, unit, comparator, line, 2025),
            (target.Value, target.ValueMax, target.Unit, target.Comparator, target.Origin.Line, target.Year));
        Assert.Equal($"{province}.txt", target.Origin.Document);
    }

    [Theory]
    [InlineData("binh-dinh", 22)]
    [InlineData("thai-binh", 16)]
    [InlineData("can-tho", 13)]
    public void ReadsNoOtherTargets(string province, int count) => Assert.Equal(count, Plans.Get(province).Targets.Count);

    [Fact]
    public void KeepsTheOriginalSentenceAndItsSection()
    {
        var target = Target("binh-dinh", "cashless-payment");
        Assert.StartsWith("Thanh toán không dùng tiền mặt trong thương mại điện tử đạt 35%, trong đó", target.Text, StringComparison.Ordinal);
        Assert.Equal("Về hạ tầng các dịch vụ phụ trợ cho thương mại điện tử", target.Section);
    }

    [Fact]
    public void JoinsASentenceBrokenAcrossAPage()
    {
        var colleges = Target("binh-dinh", "colleges-teaching-ecommerce");
        Assert.EndsWith("cho sinh viên các ngành học.", colleges.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AThaiBinhSentenceWithNoIndicatorIsKeptAsOther()
    {
        var other = Target("thai-binh", "other");
        Assert.Equal((83, (decimal?)null), (other.Origin.Line, other.Value));
        Assert.StartsWith("Hình thành một số doanh nghiệp kinh doanh dịch vụ TMĐT có uy tín", other.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceThatMatchesNoIndicatorLandsInOtherWithItsNumber()
    {
        var plan = ManifestReader.Load(Path.Combine(Repo.Sources, "manifest.tsv")).Single(p => p.Code == "can-tho");
        var lines = File.ReadAllLines(Path.Combine(Repo.Sources, "can-tho.txt")).ToList();
        lines.Insert(128, "c) 25% hộ nông dân bán nông sản qua livestream.");
        var text = PlanText.Parse("can-tho.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var taxonomy = Taxonomy.Load(Path.Combine(Repo.Categories, "taxonomy.tsv"));
        var indicators = IndicatorList.Load(Path.Combine(Repo.Categories, "indicators.tsv"), taxonomy);
        var budget = PlanIngestor.Ingest(plan, text, Plans.Labels, null, indicators);
        var other = Assert.Single(budget.Targets, t => t.IndicatorCode == "other");
        Assert.Equal((25m, "%", 129), (other.Value!.Value, other.Unit, other.Origin.Line));
        Assert.Equal(14, budget.Targets.Count);
    }

    [Fact]
    public void EveryIndicatorRelatesToABudgetCategory() =>
        Assert.All(Plans.All.Indicators.Indicators.Where(i => i.Code != "other"), i => Assert.False(string.IsNullOrEmpty(i.Category)));

    [Fact]
    public void AnIndicatorWithAnUnknownUnitIsRejected()
    {
        var dir = Directory.CreateTempSubdirectory("ecomcompare-indicators-");
        try
        {
            var path = Path.Combine(dir.FullName, "indicators.tsv");
            File.WriteAllText(path, "code\torder\tgroup\tgroup_vi\tunit\tcategory\tname\tname_vi\tpatterns\nx\t1\tG\tG\tkg\t\tX\tX\tabc\nother\t2\tO\tO\t\t\tO\tO\t\n");
            var error = Assert.Throws<IngestionException>(() => IndicatorList.Load(path, Plans.All.Taxonomy));
            Assert.StartsWith("indicators.tsv:2: unknown unit 'kg'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
