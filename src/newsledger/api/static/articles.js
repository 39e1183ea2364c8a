// The list of stored articles, newest first.
"use strict";

document.addEventListener("DOMContentLoaded", async () => {
  const { el, clear, getJSON, showError } = NL;
  const body = clear(document.querySelector("#articles tbody"));
  try {
    const page = await getJSON("/articles?limit=500");
    for (const a of page.items) {
      const p = a.published || {};
      const when = p.date || (p.earliest ? `≥ ${p.earliest} (inferred)` : "?");
      const view = `/articles/${encodeURIComponent(a.id)}/view`;
      body.append(el("tr", { "data-article": a.id },
        el("td", {}, el("a", { href: view }, a.title || a.id.slice(0, 12))),
        el("td", {}, when),
        el("td", {}, a.outlet || ""),
        el("td", {}, String(a.events)),
        el("td", {}, el("a", { href: view }, "open"))));
    }
    if (!page.items.length) {
      body.append(el("tr", {}, el("td", { colspan: 5 }, "No stored articles yet: POST /articles or `newsledger analyze --db`.")));
    }
  } catch (err) {
    showError("cannot list articles", err);
  }
  document.body.dataset.ready = "1";
});
