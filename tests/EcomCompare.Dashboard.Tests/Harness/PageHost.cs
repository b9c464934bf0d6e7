using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace EcomCompare.Dashboard.Tests.Harness;

/// <summary>The test's root component: renders the page (so the renderer creates it and injects its services) and keeps a reference to it.</summary>
internal sealed class PageHost<TPage> : ComponentBase where TPage : IComponent
{
    public TPage? Page { get; private set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<TPage>(0);
        builder.AddComponentReferenceCapture(1, component => Page = (TPage)component);
        builder.CloseComponent();
    }
}
