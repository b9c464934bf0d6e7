using System.Globalization;
using EcomCompare.Ingestion.Model;
using EcomCompare.Ingestion.Text;

namespace EcomCompare.Ingestion.Shapes;

/// <summary>Collects what a shape parser reads: items, facts and stated figures, with their lines.</summary>
internal sealed class BudgetBuilder(string document, FundingSourceLabels labels)
{
    private readonly List<BudgetItem> _items = [];
    private readonly List<BudgetFact> _facts = [];
    private readonly List<StatedFigure> _statements = [];
    private readonly Dictionary<string, int> _uncoded = new(StringComparer.Ordinal);

    public string Document { get; } = document;

    /// <summary>How the document names a line's place ("page 3, row 7"); null: by line number.</summary>
    public Func<int, string>? Place { get; init; }

    /// <summary>The funding-source vocabulary.</summary>
    public FundingSourceLabels Labels { get; } = labels;

    /// <summary>
    /// Reads a source label (and the part of a source it names) or fails naming the label, the line and the table to extend.
    /// </summary>
    public SourceLabel Classify(string label, int line, string where = "")
    {
        var clean = CellText.Clean(label).Trim(' ', '-', ':', '.');
        return Labels.TryRead(clean)
            ?? throw new IngestionException(Document, line, $"unknown funding-source label '{ShareSuffixless(clean)}'{where}: {Labels.ExtendHint}", Place?.Invoke(line))
            {
                UnknownLabel = ShareSuffixless(clean),
            };
    }

    private static string ShareSuffixless(string label) => System.Text.RegularExpressions.Regex.Replace(label, @"\s*\(\s*\d+(?:[,.]\d+)?\s*%\s*\)", string.Empty).Trim();

    public IReadOnlyList<BudgetItem> Items => _items;

    public IReadOnlyList<BudgetFact> Facts => _facts;

    public IReadOnlyList<StatedFigure> Statements => _statements;

    /// <summary>The group rows read so far, by code.</summary>
    public Dictionary<string, (string Name, int Line)> Groups { get; } = new(StringComparer.Ordinal);

    public string? GroupCode { get; private set; }

    public string GroupName { get; private set; } = string.Empty;

    public string? Agency { get; private set; }

    /// <summary>Text about the group from its row (an agency column's cell), given to its items that state none of their own.</summary>
    public string? GroupAgency { get; private set; }

    public void StartGroup(string code, string name, int line, string? agency, string? groupAgency = null)
    {
        if (Groups.ContainsKey(code))
        {
            throw new IngestionException(Document, line, $"group {code} appears twice in the budget appendix", Place?.Invoke(line));
        }

        Groups[code] = (name, line);
        GroupCode = code;
        GroupName = name;
        Agency = agency;
        GroupAgency = groupAgency;
    }

    /// <summary>Adds an item; a null code gets a stable one from its group and position: <c>1.(1)</c>.</summary>
    public BudgetItem AddItem(string? code, string name, int line, string? agency = null, IReadOnlyDictionary<string, string>? attributes = null)
    {
        if (GroupCode is null)
        {
            throw new IngestionException(Document, line, $"item '{name}' comes before any group row", Place?.Invoke(line));
        }

        if (code is null)
        {
            var n = _uncoded.GetValueOrDefault(GroupCode) + 1;
            _uncoded[GroupCode] = n;
            code = string.Create(CultureInfo.InvariantCulture, $"{GroupCode}.({n})");
        }

        if (_items.Any(i => i.Code == code))
        {
            throw new IngestionException(Document, line, $"item code {code} appears twice in the budget appendix", Place?.Invoke(line));
        }

        Documents.TextLimits.CheckItem(Document, line, name, _items.Count);
        var item = new BudgetItem(code, name, GroupCode, GroupName, agency ?? Agency ?? GroupAgency, IsUnitemized: false,
            new SourceLine(Document, line))
        {
            Attributes = attributes ?? new Dictionary<string, string>(),
        };
        _items.Add(item);
        return item;
    }

    /// <summary>Appends the end of a wrapped name to the last item added; returns the item as it is now.</summary>
    public BudgetItem ContinueName(BudgetItem item, string rest)
    {
        var index = _items.LastIndexOf(item);
        var longer = item with { Name = $"{item.Name} {rest}".Trim() };
        _items[index] = longer;
        return longer;
    }

    /// <summary>Opens the one group of a table with no group rows (items numbered 1, 2, 3 and nothing above them).</summary>
    public void StartImplicitGroup(int line)
    {
        if (GroupCode is null)
        {
            StartGroup(string.Empty, string.Empty, line, agency: null);
        }
    }

    /// <summary>The plan's money that the document gives by year or source but by no task: one item, category "not broken down by task".</summary>
    public BudgetItem AddUntaskedItem(int line)
    {
        const string code = "*";
        if (_items.FirstOrDefault(i => i.Code == code) is { } existing)
        {
            return existing;
        }

        GroupCode ??= string.Empty;
        Groups.TryAdd(GroupCode, (GroupName, line));
        var item = new BudgetItem(code, "Kinh phí chưa phân theo nhiệm vụ", GroupCode, GroupName, Agency, IsUnitemized: false, new SourceLine(Document, line)) { IsUntasked = true };
        _items.Add(item);
        return item;
    }

    public void AddFact(string itemCode, int? year, FundingSource source, decimal amount, int line, string? part = null)
    {
        if (amount < 0)
        {
            throw new IngestionException(Document, line, $"a negative amount {amount.ToString(CultureInfo.InvariantCulture)} for {year?.ToString(CultureInfo.InvariantCulture) ?? "the whole period"} {source.Code()}", Place?.Invoke(line));
        }

        if (amount != 0)
        {
            _facts.Add(new BudgetFact(itemCode, year, source, amount, new SourceLine(Document, line)) { SubSource = part });
        }
    }

    public void State(StatementKind kind, StatementScope scope, int? year, FundingSource? source, decimal value, string label, int line,
        string? part = null) =>
        _statements.Add(new StatedFigure(kind, scope, year, source, value, label, new SourceLine(Document, line)) { SubSource = part });
}
