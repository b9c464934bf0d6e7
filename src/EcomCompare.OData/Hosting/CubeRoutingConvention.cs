using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Routing.Conventions;
using Microsoft.AspNetCore.OData.Routing.Template;
using Microsoft.OData.Edm;

namespace EcomCompare.OData.Hosting;

/// <summary>
/// Routes every path the service answers to <see cref="CubeController.Get"/>: the service document, <c>$metadata</c>,
/// and for each entity set of the model its collection, <c>/$count</c>, one entity by key and one property of it.
/// The model has no CLR types, so the library's name-based conventions (a controller per entity set) do not apply.
/// </summary>
internal sealed class CubeRoutingConvention : IODataControllerActionConvention
{
    private const string Methods = "Get,Head";

    public int Order => 0;

    public bool AppliesToController(ODataControllerActionContext context) => context.Controller.ControllerType == typeof(CubeController);

    public bool AppliesToAction(ODataControllerActionContext context)
    {
        if (context.Action.ActionName != nameof(CubeController.Get))
        {
            return false;
        }

        void Route(params ODataSegmentTemplate[] segments) =>
            context.Action.AddSelector(Methods, context.Prefix, context.Model, new ODataPathTemplate(segments), context.Options?.RouteOptions);

        Route();
        Route(MetadataSegmentTemplate.Instance);
        foreach (var set in context.Model.EntityContainer.EntitySets())
        {
            var type = set.EntityType;
            var keys = type.Key().ToList();
            var key = new KeySegmentTemplate(
                keys.ToDictionary(k => k.Name, k => keys.Count == 1 ? "{key}" : "{key" + k.Name + "}"), type, set);
            Route(new EntitySetSegmentTemplate(set));
            Route(new EntitySetSegmentTemplate(set), CountSegmentTemplate.Instance);
            Route(new EntitySetSegmentTemplate(set), key);
            foreach (var property in type.StructuralProperties())
            {
                Route(new EntitySetSegmentTemplate(set), key, new PropertySegmentTemplate(property));
            }
        }

        return true;
    }
}
