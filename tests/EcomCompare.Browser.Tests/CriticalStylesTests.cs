using System.Text.Json;
using System.Text.RegularExpressions;
using EcomCompare.Browser.Tests.Support;
using Microsoft.Playwright;

namespace EcomCompare.Browser.Tests;

/// <summary>
/// First paint (issue 25, point 10): the head blocks only on the rules of Radzen's theme the pages use
/// (<c>radzen-critical.css</c>, cut at build); the whole <c>standard.css</c> arrives later without blocking. Every page,
/// both languages, 1440 and 390 px: with the whole theme held back (the test's own gate on its request) the page is
/// styled as it will be — every computed style of every element and pseudo-element, and the screenshot, are the same
/// before and after the whole theme arrives (no flash, no layout jump), axe finds nothing serious, and no class of the
/// theme on the page is missing from the critical stylesheet.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Kind", "Browser")]
public partial class CriticalStylesTests(DashboardFixture dashboard)
{
    private const string FullTheme = "**/_content/Radzen.Blazor/css/standard.css";

    // What a person sees of every element and of its ::before/::after: the properties below and the box on screen,
    // kept in the page under a name (a snapshot is thousands of elements: only the differences leave the page).
    private const string Snapshot = """
        name => {
          const props = ['display', 'position', 'top', 'left', 'right', 'bottom', 'float', 'box-sizing', 'width', 'height',
            'min-width', 'min-height', 'max-width', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top',
            'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-right-width', 'border-bottom-width',
            'border-left-width', 'border-top-style', 'border-bottom-style', 'border-top-color', 'border-right-color',
            'border-bottom-color', 'border-left-color', 'border-top-left-radius', 'border-bottom-right-radius', 'color',
            'background-color', 'background-image', 'box-shadow', 'outline-style', 'outline-width', 'outline-color', 'opacity',
            'visibility', 'overflow-x', 'overflow-y', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
            'letter-spacing', 'text-align', 'text-decoration-line', 'text-transform', 'white-space', 'vertical-align',
            'flex-direction', 'flex-wrap', 'justify-content', 'align-items', 'row-gap', 'column-gap', 'grid-template-columns',
            'cursor', 'transform', 'z-index', 'content', 'fill', 'stroke', 'list-style-type', 'accent-color', 'appearance'];
          const out = new Map();
          [document.documentElement, ...document.querySelectorAll('body, body *')].forEach((e, i) => {
            const id = i + ' ' + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
            const r = e.getBoundingClientRect();
            out.set(id, { box: [r.x, r.y, r.width, r.height].map(v => v.toFixed(2)).join(' '), classes: e.className.baseVal ?? e.className });
            for (const pseudo of [null, '::before', '::after']) {
              const s = getComputedStyle(e, pseudo);
              if (pseudo && (s.content === 'none' || s.content === 'normal')) continue;
              const key = id + (pseudo || '');
              out.set(key, Object.assign(out.get(key) ?? {}, Object.fromEntries(props.map(p => [p, s.getPropertyValue(p)]))));
            }
          });
          (window.ecStyleSnapshots ??= {})[name] = out;
          return out.size;
        }
        """;

    // The differences between two snapshots, the elements whose own styles changed first (their boxes move others).
    private const string Differences = """
        ([a, b]) => {
          const [before, after] = [window.ecStyleSnapshots[a], window.ecStyleSnapshots[b]];
          const found = [];
          for (const key of new Set([...before.keys(), ...after.keys()])) {
            const [x, y] = [before.get(key), after.get(key)];
            if (!x || !y) { found.push([0, key + (x ? ' gone' : ' new')]); continue; }
            const changed = Object.keys(x).filter(p => x[p] !== y[p]);
            if (changed.length === 0) continue;
            const own = changed.some(p => !['box', 'width', 'height'].includes(p));
            found.push([own ? 0 : 1, key + (x.classes ? '.' + String(x.classes).trim().replace(/\s+/g, '.') : '') + ' { '
              + changed.slice(0, 5).map(p => `${p}: ${x[p]} → ${y[p]}`).join('; ') + ' }']);
          }
          return found.sort((p, q) => p[0] - q[0]).map(f => f[1]);
        }
        """;

    // Two PNGs decoded in the page: the pixels that differ by more than a rasteriser's rounding (a channel by more than
    // 16 of 255), with their bounding box; empty when none do. Compressed bytes can differ for the same picture.
    private const string PixelDifference = """
        async ([a, b]) => {
          const decode = async data => { const i = new Image(); i.src = 'data:image/png;base64,' + data; await i.decode(); return i; };
          const [x, y] = await Promise.all([decode(a), decode(b)]);
          if (x.width !== y.width || x.height !== y.height) return `size ${x.width}×${x.height} → ${y.width}×${y.height}`;
          const pixels = image => {
            const c = new OffscreenCanvas(image.width, image.height);
            const g = c.getContext('2d');
            g.drawImage(image, 0, 0);
            return g.getImageData(0, 0, image.width, image.height).data;
          };
          const [p, q] = [pixels(x), pixels(y)];
          let n = 0, left = Infinity, top = Infinity, right = -1, bottom = -1;
          for (let i = 0; i < p.length; i += 4) {
            if (Math.abs(p[i] - q[i]) > 16 || Math.abs(p[i + 1] - q[i + 1]) > 16 || Math.abs(p[i + 2] - q[i + 2]) > 16) {
              n++; const px = (i / 4) % x.width, py = Math.floor(i / 4 / x.width);
              left = Math.min(left, px); right = Math.max(right, px); top = Math.min(top, py); bottom = Math.max(bottom, py);
            }
          }
          return n === 0 ? '' : `${n} pixels differ in (${left}, ${top})–(${right}, ${bottom})`;
        }
        """;

    private const string ThemeApplied = """
        () => new Promise(resolve => {
          const link = document.querySelector('link[data-full-theme]');
          const done = () => link.media === 'all' && link.sheet;
          if (done()) { resolve(true); return; }
          new MutationObserver((_, o) => { if (done()) { o.disconnect(); resolve(true); } })
            .observe(link, { attributes: true, attributeFilter: ['media'] });
        })
        """;

    // Images (the charts) and fonts loaded, then two animation frames: the restyle after the media switch painted.
    private const string Painted = """
        async () => {
          await Promise.all([...document.images].map(
            i => i.complete || new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); })));
          await document.fonts.ready;
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          return true;
        }
        """;

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var address in PhoneLayoutTests.Addresses.Where(a => !a.StartsWith("/summary", StringComparison.Ordinal)).Append("/plans"))
        {
            data.Add(address, "vi");
            data.Add(address, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ThePagePaintsTheSameBeforeAndAfterTheWholeThemeArrives(string address, string language)
    {
        if (language == "en")
        {
            address += (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=en";
        }

        await using var page = await dashboard.NewPageAsync(Chromium.Desktop);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.Page.RouteAsync(FullTheme, async route =>
        {
            await gate.Task;
            await route.ContinueAsync();
        });

        // "load" waits for every stylesheet, the held one too: wait for the live page instead.
        await page.Page.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.WaitInteractiveAsync();
        Assert.Equal("print", await page.Page.Locator("link[data-full-theme]").GetAttributeAsync("media"));
        Assert.Contains(page.Responses, r => r.Url.EndsWith("/radzen-critical.css", StringComparison.Ordinal) && r.Status == 200);

        var missing = await MissingThemeClassesAsync(page.Page);
        Assert.True(missing.Count == 0,
            $"{address}: classes of Radzen's theme on the page without their rules in radzen-critical.css — add them to "
            + "dashboards/EcomCompare.Dashboard/Build/radzen-classes.txt: " + string.Join(", ", missing));

        var slug = Slug().Replace(address, "-").Trim('-');
        var wide = await CaptureAsync(page, $"critical-{slug}-1440-before");
        Assert.Empty(await Axe.SeriousViolationsAsync(page.Page));
        await page.Page.SetViewportSizeAsync(Chromium.Phone.Width, Chromium.Phone.Height);
        var narrow = await CaptureAsync(page, $"critical-{slug}-390-before");
        Assert.Empty(await Axe.SeriousViolationsAsync(page.Page));

        gate.SetResult();
        await page.Page.EvaluateAsync(ThemeApplied);
        await page.Page.EvaluateAsync(Painted);

        var narrowAfter = await CaptureAsync(page, $"critical-{slug}-390-after");
        await page.Page.SetViewportSizeAsync(Chromium.Desktop.Width, Chromium.Desktop.Height);
        var wideAfter = await CaptureAsync(page, $"critical-{slug}-1440-after");

        await AssertSameAsync(page, address + " at 390 px", narrow, narrowAfter);
        await AssertSameAsync(page, address + " at 1440 px", wide, wideAfter);
        await page.SettleAsync();
        Assert.Empty(page.Problems);
    }

    private static async Task<(string Name, byte[] Png, string Path)> CaptureAsync(WatchedPage page, string name)
    {
        await page.Page.EvaluateAsync(Painted);
        await page.Page.EvaluateAsync<int>(Snapshot, name);
        var path = await page.ScreenshotAsync(Screenshots.Artifacts, name, fullPage: true);
        return (name, await File.ReadAllBytesAsync(path), path);
    }

    private static async Task AssertSameAsync(
        WatchedPage page, string where, (string Name, byte[] Png, string Path) before, (string Name, byte[] Png, string Path) after)
    {
        var changed = await page.Page.EvaluateAsync<string[]>(Differences, new[] { before.Name, after.Name });
        Assert.True(changed.Length == 0, $"{where}: {changed.Length} elements change when the whole theme arrives: " + string.Join("; ", changed.Take(6)));
        if (!before.Png.AsSpan().SequenceEqual(after.Png))
        {
            var pixels = await page.Page.EvaluateAsync<string>(
                PixelDifference, new[] { Convert.ToBase64String(before.Png), Convert.ToBase64String(after.Png) });
            Assert.True(pixels.Length == 0, $"{where}: the screenshot changes when the whole theme arrives: {pixels} ({before.Path} → {after.Path})");
        }
    }

    /// <summary>Classes on the page that some rule of the whole theme needs but no rule of the critical stylesheet names.</summary>
    private static async Task<IReadOnlyList<string>> MissingThemeClassesAsync(IPage page)
    {
        var found = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const text = async path => (await fetch(path)).text();
              const classes = css => new Set([...css.replace(/\{[^{}]*\}/g, '{}').matchAll(/\.((?:\\.|[\w-])+)/g)]
                .map(m => m[1].replace(/\\(.)/g, '$1')));
              const full = classes(await text('_content/Radzen.Blazor/css/standard.css?critical-test'));
              const critical = classes(await text('_content/EcomCompare.Dashboard/radzen-critical.css'));
              const onPage = new Set([...document.querySelectorAll('[class]')].flatMap(e => [...e.classList]));
              return [...onPage].filter(c => full.has(c) && !critical.has(c)).sort();
            }
            """);
        return found.EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList();
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
