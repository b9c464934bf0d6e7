using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Logging;

namespace EcomCompare.Access.SignIn;

/// <summary>
/// Ends a live dashboard circuit whose sign-in no longer holds (<see cref="Sessions.Problem"/>): its user removed,
/// their password changed or sessions revoked, the session signed out, or its lifetime over. Checked when the circuit
/// opens, on every event the browser sends, whenever the users file or the signed-out sessions change, and when the
/// session's lifetime ends. The circuit is torn down on the server (an exception on its own synchronization context
/// is fatal to a circuit), so a client that ignores the end gets nothing more from it.
/// </summary>
internal sealed partial class SessionCircuitHandler(
    AuthenticationStateProvider authentication, Sessions sessions, Users.UserStore users, TimeProvider time, ILogger<SessionCircuitHandler> logger)
    : CircuitHandler, IDisposable
{
    private SynchronizationContext? _circuitContext;
    private ClaimsPrincipal? _user;
    private ITimer? _lifetime;
    private int _ended;

    /// <summary>Raised when this handler ends its circuit (tests).</summary>
    public event Action<string>? Ended;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _circuitContext = SynchronizationContext.Current; // the circuit's renderer context: handlers run on it
        _user = (await authentication.GetAuthenticationStateAsync().ConfigureAwait(false)).User;
        users.Changed += Check;
        sessions.SignedOut += Check;
        if (sessions.EndsAt(_user) is { } end)
        {
            var left = end - time.GetUtcNow();
            _lifetime = time.CreateTimer(_ => Check(), null, left > TimeSpan.Zero ? left : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }

        if (sessions.Problem(_user) is { } problem)
        {
            End(problem);
            throw new SessionEndedException(problem);
        }
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            if (Volatile.Read(ref _ended) == 1)
            {
                throw new SessionEndedException("the session has ended");
            }

            if (_user is not null && sessions.Problem(_user) is { } problem)
            {
                End(problem);
                throw new SessionEndedException(problem);
            }

            return next(context);
        };

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        users.Changed -= Check;
        sessions.SignedOut -= Check;
        _lifetime?.Dispose();
    }

    /// <summary>Checks the circuit's sign-in now; ends the circuit when it no longer holds.</summary>
    internal void Check()
    {
        if (_user is not null && Volatile.Read(ref _ended) == 0 && sessions.Problem(_user) is { } problem)
        {
            End(problem);
        }
    }

    private void End(string why)
    {
        if (Interlocked.Exchange(ref _ended, 1) == 1)
        {
            return;
        }

        Dispose();
        LogEnded(logger, LogText.Bound(_user?.Identity?.Name), why);
        // Thrown on the circuit's own context: the renderer reports it as unhandled and the circuit is torn down.
        _circuitContext?.Post(static state => throw new SessionEndedException((string)state!), why);
        Ended?.Invoke(why);
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "closing the dashboard circuit of {User}: {Why}")]
    private static partial void LogEnded(ILogger logger, string user, string why);
}

/// <summary>A live circuit's sign-in no longer holds; thrown to end the circuit.</summary>
public sealed class SessionEndedException(string message) : Exception("The sign-in of this dashboard session has ended: " + message);
