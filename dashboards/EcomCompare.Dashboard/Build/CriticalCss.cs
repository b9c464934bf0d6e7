#nullable enable
// Compiled by MSBuild (RoslynCodeTaskFactory, see ../EcomCompare.Dashboard.csproj), not into the dashboard: the build
// step that cuts Radzen's theme (standard.css, ~820 KB) down to the rules the pages can match at first paint.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Writes <see cref="Output"/>: the rules of <see cref="Source"/> (Radzen's minified theme) that can match the
/// dashboard's markup, in their original order, so that the page paints with it alone exactly as with the whole theme.
/// A selector is kept when every class it requires (outside <c>:not()</c>, <c>:is()</c>, <c>:where()</c>,
/// <c>:has()</c>, which are kept whatever they hold) is one of the classes listed in <see cref="Classes"/> (a line
/// ending in <c>*</c> is a prefix); a rule keeps only its kept selectors; <c>@media</c>, <c>@supports</c> and
/// <c>@container</c> blocks keep their kept rules; <c>@font-face</c> is kept; a <c>@keyframes</c> is kept when a kept
/// rule names it. Custom properties declared on <c>:root</c> are kept when a kept rule, <see cref="AlsoReading"/>
/// (the dashboard's own stylesheet) or another kept property reads them. Same input, same output, byte for byte.
/// </summary>
public sealed class RadzenCriticalCss : Task
{
    [Required]
    public string Source { get; set; } = "";

    [Required]
    public string Classes { get; set; } = "";

    public string AlsoReading { get; set; } = "";

    /// <summary>
    /// Put before every relative <c>url()</c> (the fonts): the way from the output's address to the source's folder,
    /// e.g. <c>../Radzen.Blazor/css/</c>, so that <c>../fonts/x.woff2</c> still names Radzen's file.
    /// </summary>
    [Required]
    public string UrlBase { get; set; } = "";

    [Required]
    public string Output { get; set; } = "";

    public override bool Execute()
    {
        var css = File.ReadAllText(Source).TrimStart('\uFEFF');
        var lines = File.ReadAllLines(Classes)
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var exact = new HashSet<string>(lines.Where(l => !l.EndsWith("*", StringComparison.Ordinal)), StringComparer.Ordinal);
        var prefixes = lines.Where(l => l.EndsWith("*", StringComparison.Ordinal)).Select(l => l.TrimEnd('*')).ToList();
        Func<string, bool> used = c => exact.Contains(c) || prefixes.Any(p => c.StartsWith(p, StringComparison.Ordinal));

        var kept = Filter(Parse(css, 0, css.Length), used);
        var extra = string.IsNullOrEmpty(AlsoReading) ? "" : string.Join("\n", AlsoReading.Split(';').Where(File.Exists).Select(File.ReadAllText));
        var text = new StringBuilder();
        Write(kept, text, KeptProperties(kept, extra), KeptKeyframes(kept));
        var rebased = RelativeUrl.Replace(text.ToString(), m => "url(" + m.Groups[1].Value + UrlBase + m.Groups[2].Value + m.Groups[1].Value + ")");

        var header = "/* Generated at build from Radzen.Blazor's standard.css by Build/CriticalCss.cs: only the rules the "
            + "dashboard's markup can match (Build/radzen-classes.txt). Do not edit; the full theme follows without blocking. */\n";
        var result = header + rebased + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(Output))!);
        if (!File.Exists(Output) || File.ReadAllText(Output) != result)
        {
            File.WriteAllText(Output, result, new UTF8Encoding(false));
        }

        Log.LogMessage(MessageImportance.Normal, "RadzenCriticalCss: {0} -> {1} ({2} of {3} characters)", Source, Output, result.Length, css.Length);
        return true;
    }

    /// <summary>A rule: its prelude (selector list or at-rule) and either declarations or nested rules.</summary>
    private sealed class Rule
    {
        public string Prelude = "";
        public string Body = "";
        public List<Rule>? Children;
    }

    private static readonly string[] NestingAtRules = { "@media", "@supports", "@container", "@layer" };

    private static List<Rule> Parse(string css, int start, int end)
    {
        var rules = new List<Rule>();
        var i = start;
        while (i < end)
        {
            var open = IndexOfTopLevel(css, '{', i, end);
            if (open < 0)
            {
                break;
            }

            var close = MatchingBrace(css, open);
            var prelude = css.Substring(i, open - i).Trim();
            var rule = new Rule { Prelude = prelude };
            if (NestingAtRules.Any(a => prelude.StartsWith(a, StringComparison.OrdinalIgnoreCase)))
            {
                rule.Children = Parse(css, open + 1, close);
            }
            else
            {
                rule.Body = css.Substring(open + 1, close - open - 1);
            }

            rules.Add(rule);
            i = close + 1;
        }

        return rules;
    }

    private static int IndexOfTopLevel(string css, char wanted, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = css[i];
            if (c == '"' || c == '\'')
            {
                i = css.IndexOf(c, i + 1);
            }
            else if (c == '/' && i + 1 < end && css[i + 1] == '*')
            {
                i = css.IndexOf("*/", i + 2, StringComparison.Ordinal) + 1;
            }
            else if (c == wanted)
            {
                return i;
            }
        }

        return -1;
    }

    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '"' || c == '\'')
            {
                i = css.IndexOf(c, i + 1);
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException("unbalanced braces in the stylesheet at " + open);
    }

    private static List<Rule> Filter(List<Rule> rules, Func<string, bool> used)
    {
        var kept = new List<Rule>();
        foreach (var rule in rules)
        {
            if (rule.Children != null)
            {
                var children = Filter(rule.Children, used);
                if (children.Count > 0)
                {
                    kept.Add(new Rule { Prelude = rule.Prelude, Children = children });
                }
            }
            else if (rule.Prelude.StartsWith("@", StringComparison.Ordinal))
            {
                kept.Add(rule);
            }
            else
            {
                var selectors = SplitTopLevel(rule.Prelude, ',').Where(s => RequiredClasses(s).All(used)).ToList();
                if (selectors.Count > 0)
                {
                    kept.Add(new Rule { Prelude = string.Join(",", selectors), Body = rule.Body });
                }
            }
        }

        return kept;
    }

    private static readonly Regex Functional = new Regex(@":(?:not|is|where|has|-webkit-any|-moz-any)\(", RegexOptions.CultureInvariant);

    private static readonly Regex ClassName = new Regex(@"\.((?:\\.|[\w-])+)", RegexOptions.CultureInvariant);

    private static readonly Regex AttributeValue = new Regex(@"\[[^\]]*\]", RegexOptions.CultureInvariant);

    /// <summary>The classes an element (or its ancestors) must carry for the selector to match it.</summary>
    internal static IEnumerable<string> RequiredClasses(string selector)
    {
        var plain = new StringBuilder();
        var i = 0;
        foreach (Match m in Functional.Matches(selector))
        {
            if (m.Index < i)
            {
                continue;
            }

            plain.Append(selector, i, m.Index - i);
            var depth = 0;
            var j = m.Index + m.Length - 1;
            for (; j < selector.Length; j++)
            {
                if (selector[j] == '(')
                {
                    depth++;
                }
                else if (selector[j] == ')' && --depth == 0)
                {
                    break;
                }
            }

            i = j + 1;
        }

        if (i < selector.Length)
        {
            plain.Append(selector, i, selector.Length - i);
        }

        var withoutAttributes = AttributeValue.Replace(plain.ToString(), "[]");
        return ClassName.Matches(withoutAttributes).Cast<Match>().Select(m => Regex.Replace(m.Groups[1].Value, @"\\(.)", "$1"));
    }

    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(' || c == '[')
            {
                depth++;
            }
            else if (c == ')' || c == ']')
            {
                depth--;
            }
            else if (c == '"' || c == '\'')
            {
                i = text.IndexOf(c, i + 1);
            }
            else if (c == separator && depth == 0)
            {
                parts.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }

        parts.Add(text.Substring(start));
        return parts.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
    }

    private static readonly Regex RelativeUrl = new Regex(@"url\(\s*([""']?)(?![a-zA-Z][\w+.-]*:|/|#)([^""')]+)\1\s*\)", RegexOptions.CultureInvariant);

    private static readonly Regex VarReference = new Regex(@"var\(\s*(--[\w-]+)", RegexOptions.CultureInvariant);

    private static bool IsRoot(Rule rule) => rule.Children == null && rule.Prelude == ":root";

    private static IEnumerable<Rule> Flatten(IEnumerable<Rule> rules) =>
        rules.SelectMany(r => r.Children == null ? new[] { r } : Flatten(r.Children));

    /// <summary>The :root custom properties something kept reads, followed through the properties' own values.</summary>
    private static HashSet<string> KeptProperties(List<Rule> kept, string extra)
    {
        var definitions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var rule in Flatten(kept).Where(IsRoot))
        {
            foreach (var (name, value) in Declarations(rule.Body).Where(d => d.Name.StartsWith("--", StringComparison.Ordinal)))
            {
                if (!definitions.TryGetValue(name, out var values))
                {
                    definitions[name] = values = new List<string>();
                }

                values.Add(value);
            }
        }

        var pending = new Stack<string>(Flatten(kept).Where(r => !IsRoot(r)).Select(r => r.Body).Append(extra)
            .SelectMany(text => VarReference.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value)));
        // A :root property that is not a custom one (color-scheme, …) may read custom properties too.
        foreach (var rule in Flatten(kept).Where(IsRoot))
        {
            foreach (var (name, value) in Declarations(rule.Body).Where(d => !d.Name.StartsWith("--", StringComparison.Ordinal)))
            {
                foreach (Match m in VarReference.Matches(value))
                {
                    pending.Push(m.Groups[1].Value);
                }
            }
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (reached.Add(name) && definitions.TryGetValue(name, out var values))
            {
                foreach (var value in values)
                {
                    foreach (Match m in VarReference.Matches(value))
                    {
                        pending.Push(m.Groups[1].Value);
                    }
                }
            }
        }

        return reached;
    }

    private static readonly Regex AnimationName = new Regex(@"(?:^|;)\s*animation(?:-name)?\s*:([^;]*)", RegexOptions.CultureInvariant);

    private static HashSet<string> KeptKeyframes(List<Rule> kept)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Flatten(kept).Where(r => !r.Prelude.StartsWith("@", StringComparison.Ordinal)))
        {
            foreach (Match m in AnimationName.Matches(rule.Body))
            {
                foreach (var word in Regex.Split(m.Groups[1].Value, @"[\s,]+"))
                {
                    names.Add(word);
                }
            }
        }

        return names;
    }

    private static IEnumerable<(string Name, string Value)> Declarations(string body) =>
        SplitTopLevel(body, ';').Select(d => d.Split(new[] { ':' }, 2)).Where(p => p.Length == 2).Select(p => (p[0].Trim(), p[1].Trim()));

    private static void Write(List<Rule> rules, StringBuilder text, HashSet<string> properties, HashSet<string> keyframes)
    {
        foreach (var rule in rules)
        {
            if (rule.Children != null)
            {
                var inner = new StringBuilder();
                Write(rule.Children, inner, properties, keyframes);
                if (inner.Length > 0)
                {
                    text.Append(rule.Prelude).Append('{').Append(inner).Append('}');
                }

                continue;
            }

            var body = rule.Body;
            if (IsRoot(rule))
            {
                body = string.Join(";", Declarations(rule.Body)
                    .Where(d => !d.Name.StartsWith("--", StringComparison.Ordinal) || properties.Contains(d.Name))
                    .Select(d => d.Name + ":" + d.Value));
                if (body.Length == 0)
                {
                    continue;
                }
            }
            else if (rule.Prelude.StartsWith("@keyframes", StringComparison.Ordinal) || rule.Prelude.StartsWith("@-webkit-keyframes", StringComparison.Ordinal))
            {
                if (!keyframes.Contains(rule.Prelude.Split(' ').Last()))
                {
                    continue;
                }
            }

            text.Append(rule.Prelude).Append('{').Append(body).Append('}');
        }
    }
}
