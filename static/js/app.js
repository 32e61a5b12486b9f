// Small progressive enhancements; every page works without them.
document.addEventListener("change", (event) => {
  const select = event.target.closest("select[data-autosubmit]");
  if (select) select.form.submit();
});

// On a phone the filters start folded away unless some are in use.
document.addEventListener("DOMContentLoaded", () => {
  const filters = document.querySelector("details[data-fold-on-phone]");
  if (!filters || !window.matchMedia("(max-width: 900px)").matches) return;
  const inUse = [...filters.querySelectorAll("input:not([type=hidden]), select")].some((field) => field.value);
  filters.open = inUse || filters.hasAttribute("data-has-errors");
});

// A long select (the court filter's 250 courts) gets a box above it that narrows its options as one types.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("select[data-searchable]").forEach((select) => {
    const box = document.createElement("input");
    box.type = "search";
    box.className = "select-search";
    box.placeholder = select.dataset.searchable;
    box.setAttribute("aria-label", `${select.dataset.searchable} (narrows the list below)`);
    box.setAttribute("aria-controls", select.id);
    select.before(box);
    box.addEventListener("input", () => {
      const words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      let first = null;
      select.querySelectorAll("option").forEach((option) => {
        const text = option.textContent.toLowerCase();
        const shown = !option.value || words.every((word) => text.includes(word));
        option.hidden = !shown;
        if (shown && option.value && !first) first = option;
      });
      if (first && words.length) select.value = first.value;
    });
  });
});
