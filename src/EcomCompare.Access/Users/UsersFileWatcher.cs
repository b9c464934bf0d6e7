using Microsoft.Extensions.Hosting;

namespace EcomCompare.Access.Users;

/// <summary>
/// Looks at the users file every <see cref="AccessOptions.UsersFilePollInterval"/>, so that a removed user's live
/// dashboard circuit ends even when no request comes (a request looks at the file itself).
/// </summary>
internal sealed class UsersFileWatcher(UserStore users, AccessOptions options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.UsersFilePollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                users.Refresh();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
