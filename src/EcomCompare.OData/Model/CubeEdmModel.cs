using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies;

namespace EcomCompare.OData.Model;

/// <summary>
/// Builds the service's <see cref="IEdmModel"/> in code: namespace <c>EcomCompare</c>, container <c>Cube</c>, one
/// entity set per <see cref="CubeEntitySets"/> entry, Precision 18 / Scale 3 on every Edm.Decimal, and the
/// Capabilities and Aggregation annotations that tell clients (Power Query first) what the service can do.
/// </summary>
internal static class CubeEdmModel
{
    /// <summary>Schema namespace.</summary>
    public const string Namespace = "EcomCompare";

    /// <summary>Entity container name.</summary>
    public const string ContainerName = "Cube";

    /// <summary>The string functions, arithmetic and date functions <c>$filter</c> accepts (Capabilities.FilterFunctions).</summary>
    public static IReadOnlyList<string> FilterFunctions { get; } =
    [
        "eq", "ne", "gt", "ge", "lt", "le", "and", "or", "not", "in", "add", "sub", "mul", "div", "mod",
        "contains", "startswith", "endswith", "tolower", "toupper", "length", "trim", "indexof", "substring", "concat",
        "round", "floor", "ceiling", "year", "month", "day",
    ];

    /// <summary>The <c>$apply</c> transformations supported (Aggregation.ApplySupported/Transformations).</summary>
    public static IReadOnlyList<string> Transformations { get; } = ["aggregate", "groupby", "filter", "compute"];

    /// <summary>
    /// Our aggregation methods beyond OData's own (Aggregation.ApplySupported/CustomAggregationMethods): a group's
    /// share of a total and that total, which the standard methods cannot express (dividing by a sum over other groups). In
    /// <c>groupby((P1,…,Pn),aggregate(Amount with EcomCompare.shareOfRow as Share))</c> Pn is the pivot's column and
    /// P1…Pn−1 its row; a property may be listed in the row and again as the column, and a name listed with the codes
    /// it names (<c>Province</c> with <c>ProvinceCode</c>) belongs to their dimension (<see cref="CubeProperty.NameOf"/>).
    /// </summary>
    public static IReadOnlyList<string> CustomAggregationMethods { get; } =
        [ShareOfTotal, ShareOfRow, ShareOfColumn, TotalOfAll, TotalOfRow, TotalOfColumn];

    /// <summary>The group's sum over the sum of all groups.</summary>
    public const string ShareOfTotal = Namespace + ".shareOfTotal";

    /// <summary>The group's sum over the sum of the groups in its row (same P1…Pn−1).</summary>
    public const string ShareOfRow = Namespace + ".shareOfRow";

    /// <summary>The group's sum over the sum of the groups in its column (same Pn).</summary>
    public const string ShareOfColumn = Namespace + ".shareOfColumn";

    /// <summary>The sum of all groups (what <see cref="ShareOfTotal"/> divides by), on every group's row.</summary>
    public const string TotalOfAll = Namespace + ".totalOfAll";

    /// <summary>The sum of the groups in the group's row (what <see cref="ShareOfRow"/> divides by).</summary>
    public const string TotalOfRow = Namespace + ".totalOfRow";

    /// <summary>The sum of the groups in the group's column (what <see cref="ShareOfColumn"/> divides by).</summary>
    public const string TotalOfColumn = Namespace + ".totalOfColumn";

    private const string Capabilities = "Org.OData.Capabilities.V1";
    private const string Core = "Org.OData.Core.V1";

    /// <summary>The model (built once; immutable after).</summary>
    public static IEdmModel Instance { get; } = Build();

    private static EdmModel Build()
    {
        var model = new EdmModel();
        model.AddReferencedModel(AggregationVocabulary.Model);
        var container = new EdmEntityContainer(Namespace, ContainerName);
        model.AddElement(container);
        foreach (var set in CubeEntitySets.All)
        {
            var type = new EdmEntityType(Namespace, set.TypeName);
            foreach (var property in set.Properties)
            {
                type.AddStructuralProperty(property.Name, property.TypeReference);
            }

            type.AddKeys(set.Keys.Select(k => (IEdmStructuralProperty)type.FindProperty(k)));
            model.AddElement(type);
            var entitySet = container.AddEntitySet(set.Name, type);
            AnnotateSet(model, entitySet, set);
        }

        Annotate(model, container, Term(model, Capabilities, "FilterFunctions"), Strings(FilterFunctions));
        Annotate(model, container, Term(model, Capabilities, "BatchSupported"), new EdmBooleanConstant(true));
        Annotate(model, container, Term(model, Capabilities, "SupportedFormats"), Strings(
        [
            "application/json;odata.metadata=minimal;IEEE754Compatible=false",
            "application/json;odata.metadata=minimal;IEEE754Compatible=true",
            "application/json;odata.metadata=full",
            "application/json;odata.metadata=none",
        ]));
        Annotate(model, container, Term(model, Core, "Description"),
            new EdmStringConstant(
                "Vietnamese provincial e-commerce development plans 2021–2025: budgets by province, year, task category and funding source (million VND)."));

        model.SetEdmReferences(
        [
            Reference("https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.xml", Core),
            Reference("https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Capabilities.V1.xml", Capabilities),
            Reference(AggregationVocabulary.Uri.AbsoluteUri, AggregationVocabulary.Namespace),
        ]);
        return model;
    }

    private static void AnnotateSet(EdmModel model, EdmEntitySet target, CubeEntitySet set)
    {
        Annotate(model, target, Term(model, Core, "Description"), new EdmStringConstant(set.Description));
        Annotate(model, target, Term(model, Capabilities, "TopSupported"), new EdmBooleanConstant(true));
        Annotate(model, target, Term(model, Capabilities, "SkipSupported"), new EdmBooleanConstant(true));
        Annotate(model, target, Term(model, Capabilities, "CountRestrictions"), Record(("Countable", new EdmBooleanConstant(true))));
        Annotate(
            model, target, Term(model, Capabilities, "FilterRestrictions"), Record(
                ("Filterable", new EdmBooleanConstant(true)), ("RequiresFilter", new EdmBooleanConstant(false))));
        Annotate(model, target, Term(model, Capabilities, "SortRestrictions"), Record(("Sortable", new EdmBooleanConstant(true))));
        Annotate(model, target, Term(model, Capabilities, "ExpandRestrictions"), Record(("Expandable", new EdmBooleanConstant(false))));
        Annotate(model, target, Term(model, Capabilities, "SearchRestrictions"), Record(("Searchable", new EdmBooleanConstant(false))));
        Annotate(model, target, Term(model, Capabilities, "InsertRestrictions"), Record(("Insertable", new EdmBooleanConstant(false))));
        Annotate(model, target, Term(model, Capabilities, "UpdateRestrictions"), Record(("Updatable", new EdmBooleanConstant(false))));
        Annotate(model, target, Term(model, Capabilities, "DeleteRestrictions"), Record(("Deletable", new EdmBooleanConstant(false))));
        if (set.SupportsApply)
        {
            Annotate(model, target, AggregationVocabulary.ApplySupported, Record(
                ("Transformations", Strings(Transformations)),
                ("CustomAggregationMethods", Strings(CustomAggregationMethods)),
                ("Rollup", new EdmEnumMemberExpression(AggregationVocabulary.RollupType.Members.First(m => m.Name == "None")))));
        }
    }

    private static void Annotate(EdmModel model, IEdmVocabularyAnnotatable target, IEdmTerm term, IEdmExpression value)
    {
        var annotation = new EdmVocabularyAnnotation(target, term, value);
        annotation.SetSerializationLocation(model, EdmVocabularyAnnotationSerializationLocation.Inline);
        model.SetVocabularyAnnotation(annotation);
    }

    private static IEdmTerm Term(IEdmModel model, string vocabulary, string name) =>
        model.FindTerm(vocabulary + "." + name) ?? throw new InvalidOperationException(
            $"Microsoft.OData.Edm does not know the term {vocabulary}.{name}");

    private static EdmCollectionExpression Strings(IEnumerable<string> values) => new(values.Select(v => (IEdmExpression)new EdmStringConstant(v)));

    private static EdmRecordExpression Record(params (string Name, IEdmExpression Value)[] properties) =>
        new(properties.Select(p => (IEdmPropertyConstructor)new EdmPropertyConstructor(p.Name, p.Value)));

    // No alias on the include: Microsoft.OData.Edm 8 writes every term of an aliased namespace by its alias
    // (Capabilities.TopSupported), and Excel and the third-party clients look terms up by their full name
    // (Org.OData.Capabilities.V1.TopSupported). Without an alias the full name is the only one there is.
    private static EdmReference Reference(string uri, string ns)
    {
        var reference = new EdmReference(new Uri(uri));
        reference.AddInclude(new EdmInclude(alias: null, ns));
        return reference;
    }
}
