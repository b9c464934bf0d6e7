using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Documents;

/// <summary>One tab-separated line. Empty cells keep their place: the column says which year and source a number is.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Cells">Raw cells, tags included.</param>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>Cleaned text of cell <paramref name="index"/>, or empty when the row is shorter.</summary>
    public string Text(int index) => index < Cells.Count ? CellText.Clean(Cells[index]) : string.Empty;

    /// <summary>True when every cell is blank.</summary>
    public bool IsBlank => Cells.All(c => CellText.Clean(c).Length == 0);

    /// <summary>First cell (the code column), cleaned.</summary>
    public string Code => Text(0);

    /// <summary>Second cell (the label column), cleaned.</summary>
    public string Label => Text(1);

    /// <summary>True when the row's code or label cell is bold.</summary>
    public bool IsBold => Cells.Count > 0 && (CellText.IsBold(Cells[0]) || (Cells.Count > 1 && CellText.IsBold(Cells[1])));
}
