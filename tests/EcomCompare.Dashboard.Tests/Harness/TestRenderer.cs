using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.Logging;

namespace EcomCompare.Dashboard.Tests.Harness;

/// <summary>
/// The framework's static HTML renderer, opened up for tests: the current markup of a component at any time, the
/// event handlers of its elements (found in the render tree by an attribute such as <c>data-testid</c>), and
/// exceptions collected instead of thrown.
/// </summary>
internal sealed class TestRenderer(IServiceProvider services, ILoggerFactory loggers) : StaticHtmlRenderer(services, loggers)
{
    public List<Exception> Errors { get; } = [];

    public int IdOf(IComponent component) => GetComponentState(component).ComponentId;

    public string Html(int componentId)
    {
        using var writer = new StringWriter();
        WriteComponentHtml(componentId, writer);
        return writer.ToString();
    }

    /// <summary>The id of the <c>on{eventName}</c> handler of the first element whose attributes match, searching child components too.</summary>
    public ulong? FindHandler(int componentId, Func<IReadOnlyDictionary<string, object?>, bool> match, string eventName)
    {
        var frames = GetCurrentRenderTreeFrames(componentId);
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames.Array[i];
            if (frame.FrameType == RenderTreeFrameType.Element)
            {
                var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
                ulong handler = 0;
                for (var j = i + 1; j < frames.Count && frames.Array[j].FrameType == RenderTreeFrameType.Attribute; j++)
                {
                    var attribute = frames.Array[j];
                    attributes[attribute.AttributeName] = attribute.AttributeValue;
                    if (attribute.AttributeName == "on" + eventName && attribute.AttributeEventHandlerId != 0)
                    {
                        handler = attribute.AttributeEventHandlerId;
                    }
                }

                if (handler != 0 && match(attributes))
                {
                    return handler;
                }
            }
            else if (frame.FrameType == RenderTreeFrameType.Component)
            {
                if (FindHandler(frame.ComponentId, match, eventName) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    protected override void HandleException(Exception exception) => Errors.Add(exception);
}
