using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Vocabularies;

namespace EcomCompare.OData.Model;

/// <summary>
/// The part of the OASIS Aggregation vocabulary (Org.OData.Aggregation.V1) we annotate with. Microsoft.OData.Edm
/// 7.7 ships Core and Capabilities but not Aggregation, so the term is declared here in a referenced model of its
/// own: its namespace is referenced by <c>edmx:Reference</c> in <c>$metadata</c>, never written as a schema of ours.
/// </summary>
internal static class AggregationVocabulary
{
    /// <summary>The vocabulary namespace.</summary>
    public const string Namespace = "Org.OData.Aggregation.V1";

    /// <summary>Where OASIS publishes it.</summary>
    public static readonly Uri Uri = new("https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Aggregation.V1.xml");

    static AggregationVocabulary()
    {
        var model = new EdmModel();
        var rollup = new EdmEnumType(Namespace, "RollupType");
        rollup.AddMember("None", new EdmEnumMemberValue(0));
        rollup.AddMember("SingleHierarchy", new EdmEnumMemberValue(1));
        rollup.AddMember("MultipleHierarchies", new EdmEnumMemberValue(2));
        model.AddElement(rollup);

        var strings = EdmCoreModel.GetCollection(EdmCoreModel.Instance.GetString(isNullable: false));
        var type = new EdmComplexType(Namespace, "ApplySupportedType");
        type.AddStructuralProperty("Transformations", strings);
        type.AddStructuralProperty("CustomAggregationMethods", strings);
        type.AddStructuralProperty("Rollup", new EdmEnumTypeReference(rollup, isNullable: false));
        model.AddElement(type);
        ApplySupportedType = type;
        RollupType = rollup;

        ApplySupported = new EdmTerm(Namespace, "ApplySupported", new EdmComplexTypeReference(type, isNullable: false), "EntityContainer EntitySet");
        model.AddElement(ApplySupported);
        Model = model;
    }

    /// <summary>The vocabulary as a model to reference.</summary>
    public static IEdmModel Model { get; }

    /// <summary><c>Aggregation.ApplySupported</c>.</summary>
    public static IEdmTerm ApplySupported { get; }

    /// <summary><c>Aggregation.ApplySupportedType</c>.</summary>
    public static IEdmComplexType ApplySupportedType { get; }

    /// <summary><c>Aggregation.RollupType</c>.</summary>
    public static IEdmEnumType RollupType { get; }
}
