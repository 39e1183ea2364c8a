// Events per actor in date order, with filters kept in the URL so a view can be shared.
"use strict";

(() => {
  const { el, clear, getJSON, showError, query, actorLabel } = NL;

  function item(entry) {
    const e = entry.event;
    const view = `/articles/${encodeURIComponent(e.article)}/view#event-${e.id}`;
    return el("li", { "data-event": `${e.article}:${e.id}` },
      el("span", { class: "day" }, entry.day || "undated"),
      el("strong", {}, e.plover),
      " ", `${actorLabel(e.sources)} → ${actorLabel(e.targets)}`,
      e.equipment ? el("span", { class: "tag" }, `${e.quantity ?? ""} ${e.equipment}`.trim()) : null,
      e.status ? el("span", { class: `tag status-${e.status}` }, e.status) : null,
      el("span", { class: `tag cert-${e.certainty}` }, e.certainty),
      el("span", { class: "quote" }, "“", e.text, "” ",
        el("a", { href: view }, entry.article_title || "article")));
  }

  async function load(params) {
    const list = clear(document.getElementById("timeline"));
    try {
      const page = await getJSON(`/timeline?${query({ ...params, limit: 1000 })}`);
      page.items.forEach((entry) => list.append(item(entry)));
      document.getElementById("summary").textContent =
        `${page.total} event${page.total === 1 ? "" : "s"}` +
        (page.actor ? ` involving ${page.actor}` : "") +
        (page.total > page.items.length ? ` (first ${page.items.length} shown)` : "");
    } catch (err) {
      showError("cannot load the timeline", err);
    }
    document.body.dataset.ready = "1";
  }

  async function actorChoices() {
    try {
      const graph = await getJSON("/graph?limit=1000");
      const list = clear(document.getElementById("actor-codes"));
      for (const node of graph.nodes) {
        list.append(el("option", { value: node.code }, node.name || node.code));
      }
    } catch (err) {
      showError("cannot list actors", err);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("filters");
    const params = Object.fromEntries(new URLSearchParams(location.search));
    for (const [key, value] of Object.entries(params)) {
      if (form.elements[key]) form.elements[key].value = value;
    }
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const chosen = Object.fromEntries(new FormData(form));
      history.replaceState(null, "", `?${query(chosen)}`);
      load(chosen);
    });
    actorChoices();
    load(params);
  });
})();
