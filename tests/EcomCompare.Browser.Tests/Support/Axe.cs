using System.Text.Json;
using EcomCompare.Testing;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests.Support;

/// <summary>
/// axe-core (npm, pinned in <c>tests/browser-tools/package-lock.json</c>, installed by <c>make test</c>) run inside a
/// page. Its script is evaluated through the DevTools protocol, which the page's Content-Security-Policy
/// (<c>script-src 'self'</c>) does not govern, so the page is checked with its real headers.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "browser-tools", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException("axe-core is not installed: run `make browser-tools` (npm ci in tests/browser-tools)", path);
    });

    /// <summary>The serious and critical violations on the page as it is now, one line per rule with its first nodes.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        var found = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id} (${v.help}) × ${v.nodes.length}: ` +
                          v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join(' | '));
            }
            """);
        return found.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList();
    }
}
