// Commitments with their status history, one row per pledge.
"use strict";

document.addEventListener("DOMContentLoaded", async () => {
  const { el, clear, getJSON, showError, actorLabel } = NL;
  const body = clear(document.querySelector("#commitments tbody"));
  try {
    const page = await getJSON("/commitments");
    for (const c of page.items) {
      const history = el("ol", { class: "history" });
      for (const step of c.history || []) {
        const view = `/articles/${encodeURIComponent(step.article)}/view#event-${step.event}`;
        history.append(el("li", {},
          el("span", { class: `tag status-${step.status}` }, step.status), " ",
          step.reported || "undated", " ",
          el("span", { class: `tag cert-${step.certainty}` }, step.certainty), " ",
          el("a", { href: view, title: step.text }, "“", (step.text || "").slice(0, 90), "”"),
          (step.lead_times || []).length
            ? el("span", { class: "muted" }, ` next: ${step.lead_times.join(", ")}`) : null));
      }
      body.append(el("tr", { "data-commitment": c.id },
        el("td", {}, `${actorLabel(c.donors)} → ${actorLabel(c.recipients)}`),
        el("td", {}, c.item || ""),
        el("td", {}, c.quantity ?? "", c.value ? el("div", { class: "muted" }, c.value) : null),
        el("td", {}, el("span", { class: `tag status-${c.status}` }, c.status)),
        el("td", {}, (c.conditions || []).join("; ")),
        el("td", {}, history)));
    }
    if (!page.items.length) {
      body.append(el("tr", {}, el("td", { colspan: 6 }, "No commitments in the stored articles.")));
    }
  } catch (err) {
    showError("cannot load commitments", err);
  }
  document.body.dataset.ready = "1";
});
