using Microsoft.JSInterop;

namespace EcomCompare.Dashboard.Tests.Harness;

/// <summary>No browser: every JavaScript call answers the default value (the copy button reports it could not copy).</summary>
public sealed class NullJsRuntime : IJSRuntime
{
    public List<string> Calls { get; } = [];

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args)
    {
        Calls.Add(identifier);
        return ValueTask.FromResult(default(TValue)!);
    }

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken,
        object?[]? args) => InvokeAsync<TValue>(identifier, args);
}
