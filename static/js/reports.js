// Live progress of report exports: poll each unfinished report's status until it is ready or failed.
(() => {
  const POLL_MS = 1500;

  function render(row, report) {
    const cell = row.querySelector(".report-status");
    if (report.status === "ready") {
      cell.replaceChildren();
      const link = document.createElement("a");
      link.className = "button secondary";
      link.href = report.download_url;
      link.textContent = "Download PDF";
      const note = document.createElement("span");
      note.className = "muted small";
      note.textContent = ` ${report.page_count} page${report.page_count === 1 ? "" : "s"}`;
      cell.append(link, note);
      return true;
    }
    if (report.status === "failed") {
      window.location.reload(); // the page shows the message and a Retry button
      return true;
    }
    const bar = cell.querySelector("progress");
    if (bar) bar.value = report.progress;
    const text = cell.querySelector(".status-text");
    if (text) text.textContent = `${report.status_display}… ${report.progress}%`;
    return false;
  }

  async function poll(row) {
    try {
      const response = await fetch(row.dataset.statusUrl, { headers: { Accept: "application/json" } });
      if (response.ok && render(row, await response.json())) return;
    } catch (error) {
      // A dropped connection is not the end of the report: keep asking.
    }
    window.setTimeout(() => poll(row), POLL_MS);
  }

  document.querySelectorAll("tr[data-status-url]").forEach((row) => poll(row));
})();
