using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace EcomCompare.Ingestion.Tests;

/// <summary>
/// Plans as the provinces send them: .docx versions of the three shipped plans, made here with the originals'
/// merged header cells (a year spanning its source columns with gridSpan, "Stt" and the label spanning the header
/// rows with vMerge) and bold group rows, read to the same facts, figure for figure, as the .txt files.
/// </summary>
public class DocxPlansTests
{
    [Theory]
    [InlineData("binh-dinh")]
    [InlineData("thai-binh")]
    [InlineData("can-tho")]
    public void AWordVersionOfAShippedPlanGivesTheSameFiguresAsItsText(string code)
    {
        var plan = Plans.Get(code);
        var lines = File.ReadAllText(Path.Combine(Repo.Sources, plan.Plan.File)).Split('\n');
        var (bytes, spans, vmerges) = Word(lines);
        Assert.True(spans > 0 && vmerges > 0, "the Word version has merged header cells");

        var file = code + ".docx";
        var fromWord = PlanIngestor.Ingest(plan.Plan with { File = file }, PlanText.Parse(file, bytes), Plans.Labels, null);

        Assert.Equal(plan.Lines, fromWord.Lines);
        Assert.Equal(plan.Facts.Select(f => (f.ItemCode, f.Year, f.Source, f.Amount, f.Origin.Line)),
            fromWord.Facts.Select(f => (f.ItemCode, f.Year, f.Source, f.Amount, f.Origin.Line)));
        Assert.Equal(plan.Items.Select(i => (i.Code, i.Name, i.GroupCode)), fromWord.Items.Select(i => (i.Code, i.Name, i.GroupCode)));
        Assert.Equal(plan.Statements.Select(s => (s.Kind, s.Year, s.Source, s.Value, s.Origin.Line)),
            fromWord.Statements.Select(s => (s.Kind, s.Year, s.Source, s.Value, s.Origin.Line)));
        Assert.Equal(plan.Discrepancies.Select(d => (d.Kind, d.Scope, d.Stated, d.Computed, d.Origin.Line)),
            fromWord.Discrepancies.Select(d => (d.Kind, d.Scope, d.Stated, d.Computed, d.Origin.Line)));
        Assert.Equal(plan.StatedTotal, fromWord.StatedTotal);
    }

    [Fact]
    public void ABrokenWordDocumentNamesTheFile()
    {
        var (bytes, _, _) = Word(["Phụ lục"]);
        var error = Assert.Throws<IngestionException>(() => PlanText.Parse("broken.docx", bytes[..(bytes.Length / 2)]));
        Assert.StartsWith("broken.docx: is not a readable Word (.docx) document", error.Message, StringComparison.Ordinal);
    }

    // The plan text as a Word document: each line a paragraph, each run of tab-separated lines a table.
    internal static (byte[] Bytes, int Spans, int VMerges) Word(IReadOnlyList<string> lines)
    {
        int spans = 0, vmerges = 0;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            for (var i = 0; i < lines.Count;)
            {
                if (!lines[i].Contains('\t', StringComparison.Ordinal))
                {
                    body.Append(new Paragraph(Runs(lines[i])));
                    i++;
                    continue;
                }

                var rows = new List<string[]>();
                for (; i < lines.Count && lines[i].Contains('\t', StringComparison.Ordinal); i++)
                {
                    rows.Add(lines[i].Split('\t'));
                }

                var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
                for (var r = 0; r < rows.Count; r++)
                {
                    // Header rows: the one that starts with Stt/TT and the rows under it with empty code and label cells.
                    var header = IsHeaderStart(rows[r])
                        || (r > 0 && IsHeaderRow(rows, r - 1) && rows[r][0].Length == 0 && rows[r].Length > 1 && rows[r][1].Length == 0);
                    var row = new W.TableRow();
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        var cell = new TableCell();
                        var properties = new TableCellProperties();
                        var text = rows[r][c];
                        if (header && c >= 2 && text.Length > 0)
                        {
                            // A label spans the empty cells after it (a year over its sources).
                            var span = 1;
                            while (c + span < rows[r].Length && rows[r][c + span].Length == 0 && r + 1 < rows.Count && IsHeaderRow(rows, r)
                                && HasBelow(rows, r, c + span))
                            {
                                span++;
                            }

                            if (span > 1)
                            {
                                properties.Append(new GridSpan { Val = span });
                                spans++;
                                c += span - 1;
                            }
                        }
                        else if (header && c < 2)
                        {
                            // Stt and the label column run down the header rows.
                            properties.Append(text.Length > 0 ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
                            vmerges++;
                        }

                        cell.Append(properties, new Paragraph(Runs(text)));
                        row.Append(cell);
                    }

                    table.Append(row);
                }

                body.Append(table);
            }

            document.AddMainDocumentPart().Document = new Document(body);
        }

        return (stream.ToArray(), spans, vmerges);
    }

    private static bool IsHeaderStart(string[] row) => Regex.IsMatch(row[0], "^(stt|tt|t t)$", RegexOptions.IgnoreCase);

    private static bool IsHeaderRow(List<string[]> rows, int r) => IsHeaderStart(rows[r])
        || (r > 0 && rows[r][0].Length == 0 && rows[r].Length > 1 && rows[r][1].Length == 0 && IsHeaderRow(rows, r - 1));

    // Only span over columns the next header row fills (as a year spans its sources).
    private static bool HasBelow(List<string[]> rows, int r, int c) =>
        r + 1 < rows.Count && rows[r + 1][0].Length == 0 && rows[r + 1].Length > c && rows[r + 1][c].Length > 0;

    // "<b>…</b>" becomes a bold run; everything else stays as written.
    private static IEnumerable<Run> Runs(string text)
    {
        foreach (var part in Regex.Split(text, "(<b>.*?</b>)").Where(p => p.Length > 0))
        {
            var bold = part.StartsWith("<b>", StringComparison.Ordinal) && part.EndsWith("</b>", StringComparison.Ordinal);
            var content = bold ? part[3..^4] : part;
            var run = new Run(new W.Text(content) { Space = SpaceProcessingModeValues.Preserve });
            if (bold)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            yield return run;
        }
    }
}
