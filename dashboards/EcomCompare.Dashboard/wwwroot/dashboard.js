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

// The reconnect bar's buttons (App.razor): try the connection again, or reload when the server no longer knows
// this page's circuit. Delegated, so they work whenever Blazor shows the bar.
document.addEventListener("click", function (e) {
  const button = e.target instanceof Element ? e.target.closest("[data-reconnect]") : null;
  if (!button) {
    return;
  }

  if (button.getAttribute("data-reconnect") === "retry" && window.Blazor && typeof window.Blazor.reconnect === "function") {
    window.Blazor.reconnect().then(function (ok) {
      if (!ok) {
        location.reload();
      }
    }, function () {
      location.reload();
    });
  } else {
    location.reload();
  }
});

// Progress where the page is about to change: on a slow link a click reaches the server and its answer comes back
// only after a while, and the server's own indicator (ViewFrame's, after 150 ms of loading) cannot show before its
// answer arrives. So when a control of the live page has had no visible effect 300 ms after it was used, the page
// says it is working (html.ec-pending: a bar above the content, the content dimmed) until the page's nodes or text next change.
(function () {
  const controls = "input[type=checkbox], input[type=radio], select, button, a[href], label, "
    + "[role=checkbox], [role=radio], [role=switch], [role=option], [role=tab], .rz-chkbox, .rz-radiobutton";
  const elsewhere = "[data-reconnect], [data-print], a[download], a[target], a[href*='/export/'], a[href*='/charts/'], a[href*='/odata']";
  let observer = null;
  let timer = null;
  let cap = null;

  function done() {
    clearTimeout(timer);
    clearTimeout(cap);
    if (observer) {
      observer.disconnect();
      observer = null;
    }
    document.documentElement.classList.remove("ec-pending");
  }

  document.addEventListener("click", function (event) {
    const target = event.target instanceof Element ? event.target : null;
    const app = target ? target.closest(".ec-app[data-interactive=true]") : null;
    const control = target ? target.closest(controls) : null;
    if (!app || !control || control.closest(elsewhere)) {
      return;
    }
    done();
    observer = new MutationObserver(done);
    // Only what the server's answer does (nodes, text): a class set on focus or press in the browser is no answer.
    observer.observe(app, { subtree: true, childList: true, characterData: true });
    timer = setTimeout(function () {
      document.documentElement.classList.add("ec-pending");
      // Never left on for good: a control that changes nothing on the page ends it at the latest here.
      cap = setTimeout(done, 30000);
    }, 300);
  });
})();

// "In / Lưu PDF": the browser's print dialog (delegated: the page policy allows no inline script).
document.addEventListener("click", function (event) {
  const target = event.target instanceof Element ? event.target.closest("[data-print]") : null;
  if (target) {
    window.print();
  }
});

// Chart tooltips (ChartMarks.cs): the value, share and unit of a bar, segment, point or legend item, and what a click
// does — on hover and on keyboard focus, which the browser's own <title> tooltip never shows. Drawn from the mark's
// data-tip* attributes, so it works on the prerendered page before the circuit is live. It can be hovered itself
// (a short grace period when the pointer leaves the mark) and Escape dismisses it (WCAG 1.4.13). The mark's
// accessible name already says all of it, so the box is hidden from screen readers.
(function () {
  let tip = null;
  let owner = null;
  let hideTimer = null;

  function box() {
    if (tip && tip.isConnected) {
      return tip;
    }
    tip = document.createElement("div");
    tip.className = "ec-tip";
    tip.setAttribute("aria-hidden", "true");
    tip.setAttribute("data-testid", "chart-tip");
    tip.addEventListener("pointerenter", function () { clearTimeout(hideTimer); });
    tip.addEventListener("pointerleave", function () { hideSoon(); });
    document.body.appendChild(tip);
    return tip;
  }

  function line(className, text) {
    const element = document.createElement("span");
    element.className = className;
    element.textContent = text;
    return element;
  }

  function show(mark, x, y) {
    clearTimeout(hideTimer);
    const element = box();
    owner = mark;
    element.replaceChildren(line("ec-tip-title", mark.getAttribute("data-tip") || ""));
    const value = mark.getAttribute("data-tip-value");
    if (value) {
      element.appendChild(line("ec-tip-value", value));
    }
    const hint = mark.getAttribute("data-tip-hint");
    if (hint) {
      element.appendChild(line("ec-tip-hint", hint));
    }
    element.classList.add("ec-tip-on");
    // Below and right of the pointer, or under the focused mark; kept inside the window.
    const width = element.offsetWidth;
    const height = element.offsetHeight;
    let left = x + 14;
    let top = y + 18;
    if (left + width > window.innerWidth - 8) {
      left = Math.max(8, x - width - 14);
    }
    if (top + height > window.innerHeight - 8) {
      top = Math.max(8, y - height - 12);
    }
    element.style.left = left + "px";
    element.style.top = top + "px";
  }

  function hide() {
    clearTimeout(hideTimer);
    owner = null;
    if (tip) {
      tip.classList.remove("ec-tip-on");
    }
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  const markOf = (target) => target instanceof Element ? target.closest("[data-tip]") : null;

  document.addEventListener("pointerover", function (event) {
    const mark = markOf(event.target);
    if (mark && event.pointerType !== "touch") {
      show(mark, event.clientX, event.clientY);
    }
  });
  document.addEventListener("pointermove", function (event) {
    const mark = markOf(event.target);
    if (mark && mark === owner) {
      show(mark, event.clientX, event.clientY);
    }
  });
  document.addEventListener("pointerout", function (event) {
    const mark = markOf(event.target);
    if (mark && mark === owner && !mark.contains(event.relatedTarget)) {
      hideSoon();
    }
  });
  function showUnder(mark) {
    const rect = mark.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > window.innerHeight || rect.right < 0 || rect.left > window.innerWidth) {
      hide();
    } else {
      show(mark, rect.left + (rect.width / 2) - 14, rect.bottom - 10);
    }
  }

  document.addEventListener("focusin", function (event) {
    const mark = markOf(event.target);
    if (mark) {
      showUnder(mark);
    }
  });
  document.addEventListener("focusout", function (event) {
    if (markOf(event.target) === owner) {
      hide();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && owner) {
      hide();
    }
  });
  // Scrolling (the page, or a chart box sideways) moves the mark: the tooltip follows it, or goes with it out of view.
  window.addEventListener("scroll", function () {
    if (owner) {
      showUnder(owner);
    }
  }, true);
  // A click filters the view: the tooltip of what was clicked would describe the view before.
  document.addEventListener("click", function (event) {
    if (markOf(event.target)) {
      hide();
    }
  });

  // One Tab stop per chart (ChartMarks.cs): the arrow keys, Home and End move between its marks.
  document.addEventListener("keydown", function (event) {
    const mark = event.target instanceof Element ? event.target.closest("svg.ec-chart a.ec-mark[href]") : null;
    const keys = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: "first", End: "last" };
    if (!mark || !(event.key in keys)) {
      return;
    }
    const marks = Array.from(mark.closest("svg").querySelectorAll("a.ec-mark[href]:not([aria-hidden=true])"));
    const at = marks.indexOf(mark);
    const step = keys[event.key];
    const next = step === "first" ? marks[0] : step === "last" ? marks[marks.length - 1]
      : marks[Math.min(marks.length - 1, Math.max(0, at + step))];
    event.preventDefault();
    if (next && next !== mark) {
      marks.forEach(function (m) { m.setAttribute("tabindex", m === next ? "0" : "-1"); });
      next.focus();
    }
  });
})();
