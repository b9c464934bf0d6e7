namespace EcomCompare.Editing;

/// <summary>The data folder's parts: the plans and manifest, the vocabularies, the province lists, and the audit log's folder.</summary>
/// <param name="Root">The folder itself.</param>
public sealed record DataFolder(string Root)
{
    /// <summary>Plans and <c>manifest.tsv</c>.</summary>
    public string Sources => Path.Combine(Root, "sources");

    /// <summary>Taxonomy, item categories, funding-source wordings.</summary>
    public string Categories => Path.Combine(Root, "categories");

    /// <summary>The 34 provinces since 1 July 2025 and the regions.</summary>
    public string Provinces => Path.Combine(Root, "provinces");

    /// <summary>The audit log and the files each change replaced (never in git: see .gitignore).</summary>
    public string Audit => Path.Combine(Root, "audit");

    /// <summary><c>sources/manifest.tsv</c>.</summary>
    public string Manifest => Path.Combine(Sources, "manifest.tsv");

    /// <summary><c>categories/item-categories.tsv</c>.</summary>
    public string Mapping => Path.Combine(Categories, "item-categories.tsv");

    /// <summary><c>categories/funding-sources.tsv</c>.</summary>
    public string Vocabulary => Path.Combine(Categories, Ingestion.Text.FundingSourceLabels.FileName);

    /// <summary>True when the folder has what a build needs.</summary>
    public bool Exists => File.Exists(Manifest) && File.Exists(Mapping) && File.Exists(Vocabulary);
}
