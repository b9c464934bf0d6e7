// Boxes that scroll sideways on a narrow screen (issue 14): tables (.ec-table-wrap) and charts kept readable by a
// minimum width (.ec-chart-box). A box that does scroll is marked "ec-scrollable" (its shadows and its "scroll
// sideways" hint, the page's <body data-scroll-hint>, show) and a chart box then takes the keyboard's focus, so
// arrows scroll it; tables' boxes always do. Re-checked when Blazor re-renders and when the window resizes.
(() => {
  const mark = () => {
    const hint = document.body.dataset.scrollHint || '';
    document.querySelectorAll('.ec-table-wrap, .ec-chart-box').forEach(box => {
      const scrolls = box.scrollWidth > box.clientWidth + 1;
      if (box.classList.contains('ec-scrollable') !== scrolls) {
        box.classList.toggle('ec-scrollable', scrolls);
      }
      if (box.classList.contains('ec-chart-box')) {
        if (scrolls && !box.hasAttribute('tabindex')) {
          box.dataset.scrollHint = hint;
          box.setAttribute('tabindex', '0');
          box.setAttribute('role', 'region');
          box.setAttribute('aria-label', box.querySelector('svg > title')?.textContent || hint);
        } else if (!scrolls && box.hasAttribute('tabindex')) {
          ['tabindex', 'role', 'aria-label'].forEach(a => box.removeAttribute(a));
        }
      }
    });
  };
  let queued = false;
  const soon = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(() => { queued = false; mark(); });
    }
  };
  new MutationObserver(soon).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.addEventListener('resize', soon);
  soon();
})();
