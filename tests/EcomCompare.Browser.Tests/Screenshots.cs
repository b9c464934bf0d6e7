using EcomCompare.Testing;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// Where screenshots go: always to the test artifacts (<c>.build/test-artifacts</c>); with
/// <c>ECOMCOMPARE_UPDATE_SCREENSHOTS=1</c> also to <c>dashboards/screenshots/</c>, the ones the README shows.
/// </summary>
internal static class Screenshots
{
    public static string Artifacts => RepoPaths.Artifacts;

    public static void Publish(string artifact)
    {
        if (Environment.GetEnvironmentVariable("ECOMCOMPARE_UPDATE_SCREENSHOTS") != "1")
        {
            return;
        }

        var folder = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "dashboards", "screenshots")).FullName;
        File.Copy(
            artifact, Path.Combine(folder, Path.GetFileName(artifact).Replace("dashboard-", string.Empty, StringComparison.Ordinal)),
            overwrite: true);
    }
}
