using System.Text;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Tests.Generator;
using PdfSharp.Pdf.IO;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// The plan generator's own tests (Generator/README.md): its truth adds up to the figures worked out by hand, it
/// writes numbers and words as decisions do, its cases cover every pair of axis values, each format carries the
/// layout (merged cells in Word, a table continued on a second page in PDF), and the plainest renderings — the
/// layouts the parser read before the generator existed — load with exactly the true numbers. These pass whatever
/// the parser can do; GeneratedPlansTests is the specification.
/// </summary>
public class GeneratorTests
{
    [Fact]
    public void TheTruthAddsUpToTheFiguresWorkedOutByHand()
    {
        var truth = TruePlans.ByItemAndYear;
        // By hand: 512,5 + 480 + 667,5 + 300 + 45,5 + 1.527,5 + 1.240 + 1.290.
        Assert.Equal(6063m, truth.Total);
        Assert.Equal((2950m, 390m, 1763m, 172.5m, 787.5m),
            (truth.Sum(subSource: SubSources.NationalProgramme), truth.Sum(subSource: SubSources.OtherCentral),
            truth.Sum(subSource: SubSources.Provincial), truth.Sum(subSource: SubSources.District), truth.Sum(FundingSource.Enterprise)));
        Assert.Equal((990m, 575.5m, 110m),
            (truth.Sum(FundingSource.Central, year: 2021), truth.Sum(FundingSource.Local, year: 2021),
                truth.Sum(FundingSource.Enterprise, year: 2021)));
        Assert.Equal(6063m, truth.WithoutSubSources().Total);
        Assert.All(truth.WithoutSubSources().Money, m => Assert.Null(m.SubSource));
        Assert.Equal((6288m, 225m), (TruePlans.ByItemWithoutYears.Total, TruePlans.ByItemWithoutYears.Sum(FundingSource.Other)));
        Assert.All(TruePlans.ByItemWithoutYears.Money, m => Assert.Null(m.Year));
        Assert.Equal(6063m, TruePlans.ByYearWithoutItems.Unitemized.Sum(m => m.Amount));
        Assert.All(TruePlans.ByYearWithoutItems.Items, i => Assert.Empty(i.Money));
        Assert.Contains(truth.Items, i => i.Money.Select(m => m.Year).Distinct().Count() < 5);
        Assert.All(truth.Money, m => Assert.Equal(0m, m.Amount * 2 % 1));
    }

    [Theory]
    [InlineData("8460000000", "Tám tỷ, bốn trăm sáu mươi triệu đồng")]
    [InlineData("6063000000", "Sáu tỷ, không trăm sáu mươi ba triệu đồng")]
    [InlineData("5241500000", "Năm tỷ, hai trăm bốn mươi mốt triệu, năm trăm nghìn đồng")]
    [InlineData("3075000000", "Ba tỷ, không trăm bảy mươi lăm triệu đồng")]
    [InlineData("105000", "Một trăm linh năm nghìn đồng")]
    [InlineData("1015000", "Một triệu, không trăm mười lăm nghìn đồng")]
    [InlineData("24000000", "Hai mươi tư triệu đồng")]
    public void AmountsInWordsAreWrittenAsDecisionsWriteThem(string dong, string words) =>
        Assert.Equal(words, VietnameseText.Words(decimal.Parse(dong, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1234567.5", "1.234.567,5")]
    [InlineData("6063", "6.063")]
    [InlineData("0.0355", "0,0355")]
    [InlineData("35500000", "35.500.000")]
    public void NumbersAreWrittenWithDotThousandsAndCommaDecimals(string value, string written) =>
        Assert.Equal(written, VietnameseText.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(TableShape.YearSourceColumns)]
    [InlineData(TableShape.WholePeriodColumns)]
    [InlineData(TableShape.SourceRows)]
    [InlineData(TableShape.YearRows)]
    public void EveryPairOfAxisValuesMeetsInSomeCaseOfTheShape(TableShape shape)
    {
        var axes = PlanAxes.All.Where(a => a.Shapes.Contains(shape)).ToList();
        var cases = PlanAxes.CasesOf(shape);
        var labels = cases.Select(c => c.Name.Split(" · ").Skip(1).ToList()).ToList();
        Assert.All(labels, l => Assert.Equal(axes.Count, l.Count));
        for (var i = 0; i < axes.Count; i++)
        {
            for (var j = i + 1; j < axes.Count; j++)
            {
                foreach (var a in axes[i].Values)
                {
                    foreach (var b in axes[j].Values)
                    {
                        Assert.Contains(labels, l => l[i] == a.Label && l[j] == b.Label);
                    }
                }
            }
        }

        Assert.Equal(cases.Select(c => c.Name), PlanAxes.CasesOf(shape).Select(c => c.Name));
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void EveryGeneratedPlanHasItsOwnNameAndFile()
    {
        var all = GeneratedPlans.All.Concat(GeneratedPlans.Planted).ToList();
        Assert.Equal(all.Count, all.Select(p => p.Name).Distinct().Count());
        Assert.Equal(all.Count, all.Select(p => p.File).Distinct().Count());
    }

    [Fact]
    public void TheTextVersionKeepsTheTabOfEveryEmptyCell()
    {
        var c = Case(TableShape.YearSourceColumns, "2 header rows", "year-major", "no sub-sources", "blank cells");
        var lines = TxtWriter.Text(PlanRenderer.Render(GeneratedPlans.TruthFor(c), c)).Split('\n');
        var table = lines.SkipWhile(l => !l.StartsWith("TT\t", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToList();
        Assert.True(table.Count > 10);
        Assert.All(table, l => Assert.Equal(table[0].Count(ch => ch == '\t'), l.Count(ch => ch == '\t')));
        Assert.Contains(table, l => l.Contains("\t\t", StringComparison.Ordinal));
        Assert.Contains(table, l => l.StartsWith("<b>", StringComparison.Ordinal) && l.Contains("</b>\t<b>", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWordVersionHasRealMergedCells()
    {
        var c = Case(TableShape.YearSourceColumns, "2 header rows", "year-major");
        var (spans, vmerges) = DocxWriter.Merges(DocxWriter.Write(PlanRenderer.Render(GeneratedPlans.TruthFor(c), c)));
        Assert.True(spans >= 5, $"a year spans its source columns ({spans} gridSpan)");
        Assert.True(vmerges >= 4, $"TT and Nội dung run down the header rows ({vmerges} vMerge)");
    }

    [Fact]
    public void EveryWordVersionIsAValidWordDocument()
    {
        var validator = new DocumentFormat.OpenXml.Validation.OpenXmlValidator();
        foreach (var c in PlanAxes.OneAtATime.Where((_, i) => i % 3 == 0).Concat(PlanAxes.Cases.Where((_, i) => i % 7 == 0)))
        {
            using var stream = new MemoryStream(DocxWriter.Write(PlanRenderer.Render(GeneratedPlans.TruthFor(c), c)));
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
            var errors = validator.Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{c.Name}:\n" + string.Join("\n", errors.Take(5)));
        }
    }

    [Fact]
    public void APdfTableContinuesOnAnotherPageUnderItsHeaderRepeated()
    {
        var c = Case(TableShape.YearSourceColumns, "page break", "2 header rows");
        var pdf = PdfWriter.Write(PlanRenderer.Render(GeneratedPlans.TruthFor(c), c));
        using (var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import))
        {
            Assert.True(document.PageCount >= 3, $"{document.PageCount} pages: the decision, then the appendix over two");
        }

        if (PdfToText.Available)
        {
            var text = Encoding.UTF8.GetString(PdfToText.Convert(pdf));
            Assert.Contains("ỦY BAN NHÂN DÂN TỈNH SƠN LÂM", text, StringComparison.Ordinal);
            var header = text.Split('\n').Count(l => l.Contains("Nội dung nhiệm vụ", StringComparison.Ordinal));
            Assert.True(header >= 2, $"the header stands on both pages of the table ({header})");
        }
    }

    [Theory]
    [InlineData(PlanFormat.Txt)]
    [InlineData(PlanFormat.Docx)]
    public void ThePlainestRenderingsLoadWithExactlyTheTrueNumbersAlready(PlanFormat format)
    {
        // The layouts the shipped parser reads (Thái Bình's and the made-up Núi Đỏ's): if these differ, the generator is wrong.
        var plain = new PlanCase { Total = TotalColumn.None, TextTotal = TextTotal.DuKienTrieu, Labels = SourceWording.Ns, GroupSums = true };
        PlanCase[] cases = [plain with { Name = "plain year×source" },
            plain with { Shape = TableShape.WholePeriodColumns, HeaderRows = 1, Total = TotalColumn.First, Name = "plain whole-period" }];
        foreach (var c in cases)
        {
            var plan = new GeneratedPlan(c.Name, "plain" + GeneratedPlans.Extension(format), format, c, GeneratedPlans.TruthFor(c));
            Assert.Empty(PlanExpectations.Differences(plan.Truth, c, GeneratedPlansTests.Ingest(plan)));
        }
    }

    // The first case of the shape whose name has all the labels.
    private static PlanCase Case(TableShape shape, params string[] labels) =>
        PlanAxes.CasesOf(shape).First(c => labels.All(l => c.Name.Split(" · ").Contains(l)));
}
