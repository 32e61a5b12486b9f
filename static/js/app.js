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
  filters.open = inUse;
});
