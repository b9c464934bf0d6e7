namespace EcomCompare.Ingestion.Model;

/// <summary>Where a plan's money comes from.</summary>
public enum FundingSource
{
    /// <summary>Central budget: the national e-commerce development programme (TW, Trung ương).</summary>
    Central,

    /// <summary>Provincial/city budget (ĐP, Địa phương, ngân sách tỉnh).</summary>
    Local,

    /// <summary>Co-financing by enterprises (DN, Doanh nghiệp đối ứng, XHH — xã hội hóa).</summary>
    Enterprise,

    /// <summary>Money that is none of the three ("nguồn vốn hợp pháp khác"): kept apart rather than forced into one.</summary>
    Other,
}

/// <summary>Stable codes and names of <see cref="FundingSource"/> values.</summary>
public static class FundingSources
{
    /// <summary>The three sources the comparisons are about, in canonical order: central, local, enterprise.</summary>
    public static IReadOnlyList<FundingSource> All { get; } = [FundingSource.Central, FundingSource.Local, FundingSource.Enterprise];

    /// <summary>The three and <see cref="FundingSource.Other"/>, which only plans that name such money use.</summary>
    public static IReadOnlyList<FundingSource> WithOther { get; } = [.. All, FundingSource.Other];

    /// <summary>The source whose <see cref="Code"/> is <paramref name="code"/>, or null.</summary>
    public static FundingSource? FromCode(string code) => WithOther.Cast<FundingSource?>().FirstOrDefault(s => s!.Value.Code() == code);

    /// <summary>The code used in the cube and the OData contract: <c>central</c>, <c>local</c>, <c>enterprise</c>.</summary>
    public static string Code(this FundingSource source) => source switch
    {
        FundingSource.Central => "central",
        FundingSource.Local => "local",
        FundingSource.Enterprise => "enterprise",
        FundingSource.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>English name.</summary>
    public static string Name(this FundingSource source) => source switch
    {
        FundingSource.Central => "Central budget (national programme)",
        FundingSource.Local => "Local budget",
        FundingSource.Enterprise => "Enterprise co-financing",
        FundingSource.Other => "Other lawful sources",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Vietnamese name.</summary>
    public static string NameVi(this FundingSource source) => source switch
    {
        FundingSource.Central => "Ngân sách trung ương",
        FundingSource.Local => "Ngân sách địa phương",
        FundingSource.Enterprise => "Doanh nghiệp đối ứng",
        FundingSource.Other => "Nguồn vốn hợp pháp khác",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
