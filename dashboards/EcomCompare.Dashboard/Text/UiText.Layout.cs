namespace EcomCompare.Dashboard.Text;

/// <summary>Words of the phone layout (issue 14).</summary>
public sealed partial class UiText
{
    /// <summary>The button that opens the filters' drawer on a narrow screen.</summary>
    public string FiltersOpen => IsEnglish ? "Filters" : "Bộ lọc";

    /// <summary>The drawer's close button.</summary>
    public string FiltersClose => IsEnglish ? "Close" : "Đóng";

    /// <summary>Under a table wider than its box.</summary>
    public string ScrollHint => IsEnglish ? "scroll sideways →" : "cuộn ngang →";
}
