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
