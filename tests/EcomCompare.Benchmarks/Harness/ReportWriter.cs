using System.Globalization;
using System.Text;

namespace EcomCompare.Benchmarks.Harness;

/// <summary>Writes the Markdown report, echoing it to the console as it goes.</summary>
internal sealed class ReportWriter
{
    private readonly StringBuilder _text = new();

    public void Heading(string title) => Line($"\n## {title}\n");

    public void Paragraph(string text) => Line(text + "\n");

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row) + " |");
        }

        Line(string.Empty);
    }

    public void Line(string text)
    {
        _text.AppendLine(text);
        Console.WriteLine(text);
    }

    public static string Number(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    public void Save(string path) => File.WriteAllText(path, _text.ToString());
}
