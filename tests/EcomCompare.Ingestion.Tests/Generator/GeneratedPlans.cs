using System.Globalization;
using System.Text;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>The file formats a plan arrives in.</summary>
public enum PlanFormat
{
    Txt,
    Docx,
    Pdf,

    /// <summary>The text <c>pdftotext -layout</c> makes of the PDF.</summary>
    PdfText,
}

/// <summary>One rendered plan: a case in a format, with the truth it renders and the file name it is ingested under.</summary>
internal sealed record GeneratedPlan(string Name, string File, PlanFormat Format, PlanCase Case, TruePlan Truth)
{
    public byte[] Bytes()
    {
        var document = PlanRenderer.Render(Truth, Case);
        return Format switch
        {
            PlanFormat.Txt => TxtWriter.Write(document),
            PlanFormat.Docx => DocxWriter.Write(document),
            PlanFormat.Pdf => PdfWriter.Write(document),
            _ => PdfToText.Convert(PdfWriter.Write(document)),
        };
    }

    public override string ToString() => Name;
}

/// <summary>
/// Every generated plan: each case of <see cref="PlanAxes"/> (one axis at a time, and all pairs) in its formats, and
/// the planted unit errors. Names are "format · shape · axis values"; files are named by shape and case number
/// (<c>year-source-017.docx</c>, <c>source-rows-only-05.txt</c>, <c>whole-period-plain.pdf</c>).
/// </summary>
internal static class GeneratedPlans
{
    public static IReadOnlyList<PlanFormat> Formats { get; } = [PlanFormat.Txt, PlanFormat.Docx, PlanFormat.Pdf, PlanFormat.PdfText];

    public static IReadOnlyList<GeneratedPlan> All { get; } = Build();

    public static IReadOnlyDictionary<string, GeneratedPlan> ByName { get; } = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The truth a case renders: by item and year, by item only, or by year only; sub-sources only where the case shows them.</summary>
    public static TruePlan TruthFor(PlanCase c)
    {
        var truth = c.Shape switch
        {
            TableShape.WholePeriodColumns => TruePlans.ByItemWithoutYears,
            TableShape.YearRows => TruePlans.ByYearWithoutItems,
            _ => TruePlans.ByItemAndYear,
        };
        return c.ShowsSubSources ? truth : truth.WithoutSubSources();
    }

    /// <summary>
    /// Planted unit errors, each in every format: a table written in nghìn đồng but labelled triệu đồng (its text
    /// total in tỷ đồng is right), and a table with no unit whose amounts are in đồng.
    /// </summary>
    public static IReadOnlyList<GeneratedPlan> Planted { get; } =
    [
        .. Plant("planted ×1000: nghìn đồng labelled triệu đồng",
            new PlanCase { Unit = TableUnit.Million, WrittenIn = TableUnit.Thousand, TextTotal = TextTotal.KhoangTy }, "thousandfold"),
        .. Plant("planted: no unit, amounts in đồng",
            new PlanCase { Unit = TableUnit.None, WrittenIn = TableUnit.Dong, TextTotal = TextTotal.DuKienTrieu }, "no-unit-dong"),
    ];

    public static IReadOnlyDictionary<string, GeneratedPlan> PlantedByName { get; } = Planted.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>
    /// Writes every generated file (and the planted ones) to <paramref name="folder"/>, with <c>index.tsv</c> naming
    /// each file's case: for a person (or the integrator) to look at what the tests feed the parser.
    /// </summary>
    public static int Dump(string folder)
    {
        Directory.CreateDirectory(folder);
        var index = new StringBuilder("file\tcase\n");
        foreach (var plan in All.Concat(Planted))
        {
            File.WriteAllBytes(Path.Combine(folder, plan.File), plan.Bytes());
            index.Append(CultureInfo.InvariantCulture, $"{plan.File}\t{plan.Name}\n");
        }

        File.WriteAllText(Path.Combine(folder, "index.tsv"), index.ToString());
        return All.Count + Planted.Count;
    }

    public static string Extension(PlanFormat format) => format switch
    {
        PlanFormat.Txt => ".txt",
        PlanFormat.Docx => ".docx",
        PlanFormat.Pdf => ".pdf",
        _ => ".pdf.txt",
    };

    public static string Label(PlanFormat format) => format switch
    {
        PlanFormat.Txt => "txt",
        PlanFormat.Docx => "docx",
        PlanFormat.Pdf => "pdf",
        _ => "pdftotext",
    };

    // The pairs in every format; one axis at a time in .txt and .docx (PDF: the plain cases only, the pairs cover the rest).
    private static List<GeneratedPlan> Build()
    {
        var plans = new List<GeneratedPlan>();
        foreach (var group in PlanAxes.OneAtATime.GroupBy(c => c.Shape))
        {
            foreach (var (c, i) in group.Select((c, i) => (c, i)))
            {
                var formats = i == 0 ? Formats : [PlanFormat.Txt, PlanFormat.Docx];
                plans.AddRange(formats.Select(f => new GeneratedPlan($"{Label(f)} · {c.Name}",
                    string.Create(CultureInfo.InvariantCulture, $"{Prefix(c.Shape)}-{(i == 0 ? "plain" : $"only-{i:00}")}{Extension(f)}"), f, c, TruthFor(c))));
            }
        }

        foreach (var group in PlanAxes.Cases.GroupBy(c => c.Shape))
        {
            foreach (var (c, i) in group.Select((c, i) => (c, i + 1)))
            {
                plans.AddRange(Formats.Select(f => new GeneratedPlan($"{Label(f)} · {c.Name}",
                    string.Create(CultureInfo.InvariantCulture, $"{Prefix(c.Shape)}-{i:000}{Extension(f)}"), f, c, TruthFor(c))));
            }
        }

        return plans;
    }

    private static string Prefix(TableShape shape) => shape switch
    {
        TableShape.YearSourceColumns => "year-source",
        TableShape.WholePeriodColumns => "whole-period",
        TableShape.SourceRows => "source-rows",
        _ => "year-rows",
    };

    private static IEnumerable<GeneratedPlan> Plant(string name, PlanCase c, string file)
    {
        foreach (var shape in new[] { TableShape.YearSourceColumns, TableShape.SourceRows })
        {
            // Layouts the shipped parser reads (Thái Bình's, Bình Định's), so that the unit is the only thing wrong.
            var planted = c with
            {
                Shape = shape,
                Codes = shape == TableShape.SourceRows ? GroupCodes.Arabic : GroupCodes.Roman,
                Total = shape == TableShape.SourceRows ? TotalColumn.First : TotalColumn.None,
                Name = $"{name} · {PlanAxes.ShapeLabel(shape)}",
            };
            var truth = TruthFor(planted);
            foreach (var f in Formats)
            {
                yield return new GeneratedPlan($"{Label(f)} · {planted.Name}", $"planted-{file}-{(shape == TableShape.SourceRows ? "source-rows" : "year-source")}{Extension(f)}", f, planted, truth);
            }
        }
    }
}
