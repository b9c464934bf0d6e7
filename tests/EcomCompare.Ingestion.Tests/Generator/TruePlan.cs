using EcomCompare.Ingestion.Model;

namespace EcomCompare.Ingestion.Tests.Generator;

/// <summary>One amount of the truth: million VND from one source (and, where the plan splits it, one part of it) in one year.</summary>
/// <param name="Year">Null for money with no year split (a whole-period table).</param>
/// <param name="SubSource">A sub-source code (<c>provincial</c>, <c>district</c>, <c>national-programme</c>,
/// <c>other-central-programmes</c>) or null when the source is given as a whole.</param>
internal sealed record TrueAmount(int? Year, FundingSource Source, string? SubSource, decimal Amount);

/// <summary>A task of the plan: what a budget row (or a task-list row) says about it besides the money.</summary>
internal sealed record TrueItem(string Name, string Lead, string Partner, string Timing, string Output, string Note, IReadOnlyList<TrueAmount> Money)
{
    public decimal Total => Money.Sum(m => m.Amount);
}

/// <summary>A native task group. Its code is the layout's business (I, 1, A), so the truth keeps only the name.</summary>
internal sealed record TrueGroup(string Name, IReadOnlyList<TrueItem> Items)
{
    public IEnumerable<TrueAmount> Money => Items.SelectMany(i => i.Money);
}

/// <summary>
/// The true numbers a generated plan renders, in million VND, exact. <see cref="Groups"/> hold the items and, for
/// a plan broken down by task, all the money; <see cref="Unitemized"/> is money a plan gives by year and source
/// only (its tasks are then listed without money).
/// </summary>
internal sealed record TruePlan(string Province, string Code, IReadOnlyList<TrueGroup> Groups, IReadOnlyList<TrueAmount> Unitemized)
{
    public const int FirstYear = 2021;

    public const int LastYear = 2025;

    public static IReadOnlyList<int> Years { get; } = [2021, 2022, 2023, 2024, 2025];

    public IEnumerable<TrueItem> Items => Groups.SelectMany(g => g.Items);

    /// <summary>Every amount, itemised or not.</summary>
    public IEnumerable<TrueAmount> Money => Items.SelectMany(i => i.Money).Concat(Unitemized);

    public decimal Total => Money.Sum(m => m.Amount);

    public bool HasYears => Money.Any(m => m.Year is not null);

    public bool HasSubSources => Money.Any(m => m.SubSource is not null);

    /// <summary>The sources with money, in the order plans list them: central, local, enterprise, other.</summary>
    public IReadOnlyList<FundingSource> Sources => FundingSources.WithOther.Where(s => Money.Any(m => m.Source == s)).ToList();

    /// <summary>The sub-sources of <paramref name="source"/> that hold money, in <see cref="SubSources.Of"/> order.</summary>
    public IReadOnlyList<string> SubSourcesOf(FundingSource source) =>
        Generator.SubSources.Of(source).Where(code => Money.Any(m => m.Source == source && m.SubSource == code)).ToList();

    public decimal Sum(FundingSource? source = null, string? subSource = null, int? year = null) =>
        Money.Where(m => (source is null || m.Source == source) && (subSource is null || m.SubSource == subSource)
            && (year is null || m.Year == year)).Sum(m => m.Amount);

    /// <summary>The same plan with each source given as a whole (sub-sources added up).</summary>
    public TruePlan WithoutSubSources() => Map(money => Merge(money.Select(m => m with { SubSource = null })));

    /// <summary>The same plan with no year split: each item's money per source over the whole period.</summary>
    public TruePlan WithoutYears() => Map(money => Merge(money.Select(m => m with { Year = null })));

    /// <summary>The same money given by year and source only; the items stay as a task list without money.</summary>
    public TruePlan ByYearWithoutItems() => new(Province, Code,
        Groups.Select(g => g with { Items = g.Items.Select(i => i with { Money = [] }).ToList() }).ToList(),
        Merge(Money).ToList());

    /// <summary>Adds money of <paramref name="source"/> to the items named.</summary>
    public TruePlan With(FundingSource source, params (string ItemStart, decimal Amount)[] amounts) =>
        this with
        {
            Groups = Groups.Select(g => g with
            {
                Items = g.Items.Select(i => amounts.Where(a => i.Name.StartsWith(a.ItemStart, StringComparison.Ordinal)).Aggregate(i,
                    (item, a) => item with { Money = [.. item.Money, new TrueAmount(null, source, null, a.Amount)] })).ToList(),
            }).ToList(),
        };

    private TruePlan Map(Func<IEnumerable<TrueAmount>, IEnumerable<TrueAmount>> map) =>
        this with
        {
            Groups = Groups.Select(g => g with { Items = g.Items.Select(i => i with { Money = map(i.Money).ToList() }).ToList() }).ToList(),
            Unitemized = map(Unitemized).ToList(),
        };

    // One amount per (year, source, sub-source), in year then source order.
    private static IEnumerable<TrueAmount> Merge(IEnumerable<TrueAmount> money) =>
        money.GroupBy(m => (m.Year, m.Source, m.SubSource))
            .Select(g => new TrueAmount(g.Key.Year, g.Key.Source, g.Key.SubSource, g.Sum(m => m.Amount)))
            .Where(m => m.Amount != 0);
}

/// <summary>The parts of one source a plan may name, by code, in the order plans list them.</summary>
internal static class SubSources
{
    public const string Provincial = "provincial";

    public const string District = "district";

    public const string NationalProgramme = "national-programme";

    public const string OtherCentral = "other-central-programmes";

    public static IReadOnlyList<string> Of(FundingSource source) => source switch
    {
        FundingSource.Central => [NationalProgramme, OtherCentral],
        FundingSource.Local => [Provincial, District],
        _ => [],
    };

    public static FundingSource SourceOf(string code) => code is Provincial or District ? FundingSource.Local : FundingSource.Central;
}
