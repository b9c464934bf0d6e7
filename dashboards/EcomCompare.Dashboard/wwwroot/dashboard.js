// EcomCompare dashboard: the little the server cannot do.
window.ecomDashboard = {
  // Copies text to the clipboard; falls back to a selected textarea where the Clipboard API is refused
  // (plain http from another machine is not a secure context).
  copy: async function (text) {
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        return true;
      }
    } catch (e) {
      // fall through to the fallback
    }
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok;
  }
};

// The filter drawer of the narrow layout is modal while open: everything around it is made inert, so Tab and a
// screen reader stay in it (Blazor's component cannot reach the layout around it to do this). Only while the
// layout is narrow: on a wide screen the same panel sits beside the content, and a window widened with the
// drawer open gets its page back.
(function () {
  const narrow = window.matchMedia("(max-width: 1023.98px)");
  let drawer = null;
  let made = [];
  function apply() {
    made.forEach(function (element) { element.inert = false; });
    made = [];
    if (!drawer || !drawer.isConnected || !narrow.matches) {
      return;
    }
    for (let node = drawer; node.parentElement && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement.children) {
        // The backdrop stays live: a tap beside the drawer closes it.
        if (sibling !== node && !sibling.inert && !sibling.matches("script, style, .ec-backdrop")) {
          sibling.inert = true;
          made.push(sibling);
        }
      }
    }
  }
  narrow.addEventListener("change", apply);
  window.ecomDashboard.modal = function (element, on) {
    drawer = on ? element : null;
    apply();
  };
})();

// A focused address field selects itself, ready to copy by hand. Delegated from here rather than an inline
// onfocus attribute: the pages' Content-Security-Policy allows no inline script.
document.addEventListener("focusin", function (event) {
  if (event.target instanceof HTMLInputElement && event.target.classList.contains("ec-copy-input")) {
    event.target.select();
  }
});

// The skip link moves the keyboard focus, not only the scroll position: Blazor's router handles in-page links
// itself (it scrolls), so the focus is moved here.
document.addEventListener("click", function (event) {
  const link = event.target instanceof Element ? event.target.closest("a.ec-skip") : null;
  if (!link) {
    return;
  }
  const main = document.getElementById("main-content");
  if (main) {
    event.preventDefault();
    main.focus();
  }
}, true);

// No lost clicks. The page is prerendered, numbers included, and paints before the circuit connects; Blazor
// Server then replaces the prerendered markup with the live one, so a click on a control in between would do
// nothing. Such a click is held (the pointer shows "progress") and replayed on the same control of the live page,
// found by its position under the app's root: the control acts from the first paint, only a moment later.
// Links are left alone — they navigate without the circuit. This file loads async in <head> so it listens from
// the first paint, before Blazor's own script has run.
(function () {
  const held = [];
  const liveApp = () => document.querySelector(".ec-app[data-interactive=true]");

  function pathOf(element, root) {
    const path = [];
    for (let node = element; node && node !== root; node = node.parentElement) {
      path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
    }
    return path;
  }

  function resolve(path, root) {
    let node = root;
    for (const index of path) {
      node = node && node.children[index];
    }
    return node || null;
  }

  // One held click at a time: each may navigate and re-render, and the next must act on the page that results
  // (two quick clicks on "one year" and a province keep both). The next waits until the live page has changed and
  // been quiet for a moment, or 3 s at most.
  function replayNext() {
    const app = liveApp();
    if (held.length === 0) {
      document.documentElement.classList.remove("ec-waiting");
      return;
    }
    const target = resolve(held.shift(), app);
    let quiet = null;
    const observer = new MutationObserver(function () {
      clearTimeout(quiet);
      quiet = setTimeout(next, 100);
    });
    const limit = setTimeout(next, 3000);
    function next() {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      replayNext();
    }
    observer.observe(app, { subtree: true, childList: true, characterData: true, attributes: true });
    if (target) {
      target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: window }));
    }
    if (held.length === 0) {
      document.documentElement.classList.remove("ec-waiting");
    }
  }

  function waitForLive() {
    if (liveApp()) {
      replayNext();
      return;
    }
    const observer = new MutationObserver(function () {
      if (liveApp()) {
        observer.disconnect();
        replayNext();
      }
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-interactive"] });
  }

  document.addEventListener("click", function (event) {
    const target = event.target instanceof Element ? event.target : null;
    const app = target ? target.closest(".ec-app[data-interactive=false]") : null;
    if (!app || !event.isTrusted || target.closest("a[href]")) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(pathOf(target, app));
    document.documentElement.classList.add("ec-waiting");
    if (held.length === 1) {
      waitForLive();
    }
  }, true);
})();
