namespace EcomCompare.Host;

/// <summary>
/// Every log entry bounded in size, whoever writes it: the message at <see cref="MaxMessageChars"/> characters, an
/// exception's text (message and stack) at <see cref="MaxExceptionChars"/>. A request can put 128 KB into its URL;
/// a library that quotes it in an exception message (twice, with the stack) must not turn 50 requests into megabytes
/// of log. Each logger provider registered so far is wrapped.
/// </summary>
public static class BoundedLogging
{
    /// <summary>The longest message written.</summary>
    public const int MaxMessageChars = 4096;

    /// <summary>The longest exception text written.</summary>
    public const int MaxExceptionChars = 8192;

    /// <summary>Wraps every logger provider registered so far.</summary>
    public static ILoggingBuilder BoundLines(this ILoggingBuilder logging)
    {
        var services = logging.Services;
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(ILoggerProvider) || descriptor.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Singleton<ILoggerProvider>(provider => new BoundedProvider(descriptor switch
            {
                { ImplementationInstance: ILoggerProvider instance } => instance,
                { ImplementationFactory: { } factory } => (ILoggerProvider)factory(provider),
                _ => (ILoggerProvider)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!),
            }));
        }

        return logging;
    }

    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, saying how long it was.</summary>
    public static string Bound(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), $"… [{text.Length - max} more characters not logged]");

    private sealed class BoundedProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
    {
        public ILogger CreateLogger(string categoryName) => new BoundedLogger(inner.CreateLogger(categoryName));

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => (inner as ISupportExternalScope)?.SetScopeProvider(scopeProvider);

        public void Dispose() => inner.Dispose();
    }

    private sealed class BoundedLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var bounded = exception is null ? null : new BoundedException(exception);
            inner.Log(logLevel, eventId, state, bounded, (s, _) => Bound(formatter(s, exception), MaxMessageChars));
        }
    }

    /// <summary>Stands for a logged exception: its type, message and stack, bounded.</summary>
    private sealed class BoundedException(Exception original) : Exception(Bound(original.Message, MaxMessageChars))
    {
        public override string? StackTrace => null;

        public override string ToString() => Bound(original.ToString(), MaxExceptionChars);
    }
}
