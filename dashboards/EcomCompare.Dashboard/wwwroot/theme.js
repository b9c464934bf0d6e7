// Radzen's whole theme is linked with media="print" (App.razor) so that it does not block the first paint; the rules
// the pages show at first are in radzen-critical.css. Once the whole theme has loaded, it applies to the screen too.
// A file, not an onload attribute: the page's Content-Security-Policy allows no inline script.
(() => {
  for (const link of document.querySelectorAll("link[data-full-theme]")) {
    const apply = () => { link.media = "all"; };
    if (link.sheet) apply();
    else link.addEventListener("load", apply, { once: true });
  }
})();
