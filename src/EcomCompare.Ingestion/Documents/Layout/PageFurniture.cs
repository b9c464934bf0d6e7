using System.Text.RegularExpressions;

namespace EcomCompare.Ingestion.Documents.Layout;

/// <summary>
/// Page numbers and running headers or footers: lines of the page, not of the document. Dropped so that a table
/// or a paragraph that runs over a page break reads on.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>
    /// The lines without page numbers ("3", "- 3 -", "Trang 3", "3/20" alone as a page's first or last line) and
    /// without a one-phrase first or last line that repeats, digits aside, at the same height on three pages or more.
    /// </summary>
    public static IReadOnlyList<VisualLine> Without(IReadOnlyList<VisualLine> lines)
    {
        var edges = lines.GroupBy(l => l.Page)
            .SelectMany(page => new[] { page.First(), page.Last() }.Distinct())
            .Where(l => l.Phrases.Count == 1)
            .ToList();
        var drop = new HashSet<VisualLine>(edges.Where(l => PageNumber().IsMatch(l.Text)));
        foreach (var group in edges.GroupBy(l => Digits().Replace(l.Text, "#")))
        {
            foreach (var line in group)
            {
                var pages = group.Where(o => Math.Abs(o.Baseline - line.Baseline) <= line.Height).Select(o => o.Page).Distinct().Count();
                if (pages >= 3)
                {
                    drop.Add(line);
                }
            }
        }

        return drop.Count == 0 ? lines : lines.Where(l => !drop.Contains(l)).ToList();
    }

    [GeneratedRegex(@"^(trang|page)?\s*[-–—(]?\s*\d{1,4}\s*[-–—)]?(\s*/\s*\d{1,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
