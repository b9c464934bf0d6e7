using EcomCompare.Views.Words;

namespace EcomCompare.Dashboard.Text;

/// <summary>Short names of the three funding sources for table headers and legends.</summary>
public sealed partial class UiText
{
    /// <summary>
    /// The short name of a funding source ("Trung ương" rather than the cube's "Ngân sách trung ương"), or null for
    /// a source this table does not know — callers then show the cube's own name.
    /// </summary>
    public string? SourceShort(string? code) => MemberWords.ShortSource(code, Language);
}
