using EcomCompare.Ingestion.Documents;
using EcomCompare.Ingestion.Tables;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>Which codes of a budget table number its groups.</summary>
internal enum GroupLevel
{
    /// <summary>No group rows: items numbered 1, 2, 3.</summary>
    None,

    /// <summary>Roman groups (I, II), items 1, 2 or 1.1.</summary>
    Roman,

    /// <summary>Letter groups (A, B), items 1, 2.</summary>
    Letters,

    /// <summary>Arabic groups (1, 2), items 1.1, 1.2 or uncoded.</summary>
    Arabic,
}

/// <summary>
/// How a budget table numbers its rows, read from all its codes at once: Roman numerals are groups when present (a
/// letter level above them is a level of headings, not of money); else letters; else Arabic numbers are groups when
/// items under them are dotted (1.1) or uncoded; else the Arabic numbers are the items of a table with no groups.
/// </summary>
internal sealed class Scheme
{
    private readonly bool _lettersAboveRoman;

    private Scheme(GroupLevel groups, bool lettersAboveRoman)
    {
        Groups = groups;
        _lettersAboveRoman = lettersAboveRoman;
    }

    /// <summary>The group level.</summary>
    public GroupLevel Groups { get; }

    public static Scheme Of(IReadOnlyList<TableRow> rows, FundingSourceLabels labels, bool sourceColumns)
    {
        var coded = rows.Where(r => !PlanTable.IsTotalsLabel(r.Code) && !PlanTable.IsTotalsLabel(r.Label)).ToList();
        var roman = coded.Any(r => RowCodes.IsRoman(r.Code) && !RowCodes.IsLetter(r.Code)) || coded.Any(r => r.Code is "I" or "I.");
        var letters = coded.Any(r => r.Code.TrimEnd('.', ')') is "A" or "B");
        var dotted = coded.Any(r => RowCodes.IsDotted(r.Code));
        // Uncoded rows that are items (not a source's row under an item): Arabic numbers above them are groups.
        var uncodedItems = coded.Any(r => r.Code.Length == 0 && r.Label.Length > 0 && (sourceColumns || !ItemTableParser.IsSourceRowLabel(r.Label))
            && labels.TryRead(r.Label) is null);
        var groups = roman ? GroupLevel.Roman : letters ? GroupLevel.Letters : (dotted || uncodedItems)
            && coded.Any(r => RowCodes.IsArabic(r.Code)) ? GroupLevel.Arabic : GroupLevel.None;
        return new Scheme(groups, roman && letters);
    }

    public bool IsGroup(TableRow row) => Groups switch
    {
        GroupLevel.Roman => RowCodes.IsRoman(row.Code) && !(_lettersAboveRoman && IsLetterCode(row.Code)),
        GroupLevel.Letters => IsLetterCode(row.Code),
        GroupLevel.Arabic => RowCodes.IsArabic(row.Code),
        _ => false,
    };

    /// <summary>A heading level above the groups (letters over Roman groups): no money of its own.</summary>
    public bool IsSkipped(TableRow row) => _lettersAboveRoman && IsLetterCode(row.Code) && !RowCodes.IsRoman(row.Code);

    public bool IsItem(TableRow row) =>
        RowCodes.IsDotted(row.Code)
        || (row.Code.Length == 0 && row.Label.Length > 0)
        || (Groups != GroupLevel.Arabic && RowCodes.IsArabic(row.Code));

    public string Describe() => Groups switch
    {
        GroupLevel.Roman => "groups numbered I, II with items 1, 2",
        GroupLevel.Letters => "groups lettered A, B with items 1, 2",
        GroupLevel.Arabic => "groups numbered 1, 2 with items 1.1, 1.2",
        _ => "items numbered 1, 2 with no group rows",
    };

    private static bool IsLetterCode(string code) => RowCodes.IsLetter(code) && code.TrimEnd('.', ')') is not ("I" or "V" or "X");
}
