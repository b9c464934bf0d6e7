namespace EcomCompare.Ingestion.Categories;

/// <summary>A harmonized task category (the national plan's task areas).</summary>
/// <param name="Code">Stable key, e.g. <c>human-resources</c>.</param>
/// <param name="Name">English name.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="Order">Display order.</param>
public sealed record Category(string Code, string Name, string NameVi, int Order);
