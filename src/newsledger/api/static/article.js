// The article view: the text with every record laid on the characters it came from.
// Claims are shaded by certainty; events, chain sources, dates, flags and mentions are marked;
// clicking any marked text lists the records under it in the side panel.
"use strict";

(() => {
  const { el, clear, getJSON, request, showError, recordTable, actorLabel } = NL;
  const CERTAINTY = ["asserted", "reported", "hedged", "speculative"];
  // Flags longer than this many characters get a margin rule rather than an underline.
  const WIDE_FLAG = 400;
  // In the side panel, the records a reader clicks for come first; mentions last.
  const PANEL_ORDER = ["event", "source", "time", "flag", "evidence", "claim", "mention"];

  // Every annotation: {kind, start, end, record, label, classes}.
  function annotations(analysis) {
    const out = [];
    const add = (kind, record, start, end, label, classes) => {
      if (typeof start !== "number" || typeof end !== "number" || end <= start) return;
      out.push({ kind, record, start, end, label, classes, index: out.length });
    };
    for (const claim of analysis.claims || []) {
      const certainty = CERTAINTY.includes(claim.certainty) ? claim.certainty : "asserted";
      const cls = ["claim", `cert-${certainty}`];
      if (claim.checkable === false) cls.push("commentary");
      add("claim", claim, claim.start, claim.end, `claim ${claim.id} (${certainty})`, cls);
      for (const source of claim.source_chain || []) {
        add("source", { ...source, claim: claim.id }, source.start, source.end,
          `source: ${source.name}`, ["source"]);
      }
    }
    for (const event of analysis.events || []) {
      const label = `event ${event.id}: ${event.plover} ${actorLabel(event.sources)} → ` +
        actorLabel(event.targets);
      add("event", event, event.start, event.end, label, ["event"]);
    }
    for (const time of analysis.times || []) {
      add("time", time, time.start, time.end, `date: ${time.text} = ${time.value}`, ["time"]);
    }
    (analysis.flags || []).forEach((flag, i) => {
      const wide = flag.end - flag.start > WIDE_FLAG ? ["flag-wide"] : ["flag"];
      add("flag", { id: i, ...flag }, flag.start, flag.end, `flag: ${flag.kind}`, wide);
      for (const ev of flag.evidence || []) {
        // The analysis JSON gives {start, end}; a stored analysis may give [start, end].
        const [start, end] = Array.isArray(ev) ? ev : [ev.start, ev.end];
        add("evidence", { flag: i, kind: flag.kind, start, end }, start, end,
          `evidence for flag ${flag.kind}`, wide[0] === "flag" ? ["evidence"] : []);
      }
    });
    for (const mention of analysis.mentions || []) {
      add("mention", mention, mention.start, mention.end,
        `${mention.kind}: ${mention.name || mention.text}`, ["mention"]);
    }
    return out;
  }

  // Cut the text at every annotation boundary; each piece knows the annotations covering it.
  function segments(text, notes) {
    const cuts = new Set([0, text.length]);
    for (const note of notes) {
      cuts.add(Math.max(0, Math.min(text.length, note.start)));
      cuts.add(Math.max(0, Math.min(text.length, note.end)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i], points[i + 1]];
      const covering = notes.filter((n) => n.start <= start && n.end >= end);
      // By kind, then innermost first: the shortest annotation is the most specific record.
      covering.sort((a, b) => PANEL_ORDER.indexOf(a.kind) - PANEL_ORDER.indexOf(b.kind) ||
        (a.end - a.start) - (b.end - b.start));
      out.push({ start, end, covering });
    }
    return out;
  }

  function renderText(container, text, notes) {
    clear(container);
    const byNote = new Map(notes.map((n) => [n.index, []]));
    for (const seg of segments(text, notes)) {
      const piece = text.slice(seg.start, seg.end);
      if (!seg.covering.length) {
        container.append(document.createTextNode(piece));
        continue;
      }
      const classes = new Set(["seg"]);
      const claim = seg.covering.find((n) => n.kind === "claim");
      for (const note of seg.covering) {
        // Only the innermost claim decides the shade; the other kinds all show.
        if (note.kind === "claim" && note !== claim) continue;
        note.classes.forEach((c) => classes.add(c));
      }
      const span = el("span", {
        class: [...classes].join(" "),
        "data-start": seg.start,
        "data-end": seg.end,
        title: seg.covering.map((n) => n.label).join("\n"),
      }, piece);
      span.addEventListener("click", (ev) => {
        ev.stopPropagation();
        const shown = seg.covering.filter((n) => !hiddenKinds().has(n.kind));
        if (shown.length) select(shown, shown[0]);
      });
      for (const note of seg.covering) byNote.get(note.index).push(span);
      container.append(span);
    }
    return byNote;
  }

  let spansOf = new Map();

  function hiddenKinds() {
    const hidden = new Set();
    for (const box of document.querySelectorAll("#layers input[type=checkbox]")) {
      if (!box.checked) hidden.add(box.value);
    }
    if (hidden.has("flag")) hidden.add("evidence");
    return hidden;
  }

  function highlight(note) {
    document.querySelectorAll(".seg.selected").forEach((s) => s.classList.remove("selected"));
    document.querySelectorAll(".seg.chain-active").forEach((s) => s.classList.remove("chain-active"));
    if (!note) return;
    for (const span of spansOf.get(note.index) || []) span.classList.add("selected");
    if (note.kind === "claim") {
      for (const other of allNotes) {
        if (other.kind === "source" && other.record.claim === note.record.id) {
          for (const span of spansOf.get(other.index) || []) span.classList.add("chain-active");
        }
      }
    }
    const first = (spansOf.get(note.index) || [])[0];
    if (first) first.scrollIntoView({ block: "nearest" });
  }

  function card(note) {
    const box = el("section", { class: `card card-${note.kind}`, "data-kind": note.kind });
    box.append(el("h3", {}, note.label));
    const record = note.record;
    if (note.kind === "claim" && record.source_chain && record.source_chain.length) {
      box.append(chainLine(record.source_chain));
    }
    if (note.kind === "event" || note.kind === "claim") {
      box.append(el("blockquote", {}, record.text || ""));
    }
    box.append(recordTable(record, ["text"]));
    return box;
  }

  // The chain as the article words it ("Japanese Defense Ministry"), the resolved name
  // (and code) in the tooltip.
  function chainLine(chain) {
    const line = el("p", { class: "chain" });
    chain.forEach((source, i) => {
      if (i) line.append(el("span", { class: "arrow" }, " → "));
      const spanned = typeof source.start === "number" && typeof source.end === "number";
      const words = spanned ? articleText.slice(source.start, source.end) : source.name;
      const about = [source.name, source.code, source.kind].filter(Boolean).join(" · ");
      line.append(el("span", { class: "chain-link", title: about }, words || source.name));
      // A pronoun or common noun ("he", "officials") says little alone: name who it is.
      if (words && source.name && words === words.toLowerCase() && words !== source.name) {
        line.append(el("span", { class: "muted" }, ` (${source.name})`));
      }
    });
    return line;
  }

  function select(covering, focus) {
    const panel = clear(document.getElementById("record"));
    panel.append(el("h2", {}, "Records here"));
    for (const note of covering) panel.append(card(note));
    highlight(focus);
  }

  let allNotes = [];
  let articleText = "";

  function renderLists(analysis, notes) {
    const events = clear(document.getElementById("events"));
    for (const note of notes.filter((n) => n.kind === "event")) {
      const e = note.record;
      const item = el("li", { "data-event": e.id, id: `event-${e.id}` },
        el("button", { type: "button", class: "linkish", onclick: () => select([note], note) },
          `${e.plover}`, " ", el("span", { class: "muted" },
            `${actorLabel(e.sources)} → ${actorLabel(e.targets)}`)),
        e.equipment ? el("span", { class: "tag" }, `${e.quantity ?? ""} ${e.equipment}`.trim()) : null,
        e.status ? el("span", { class: `tag status-${e.status}` }, e.status) : null,
        el("span", { class: `tag cert-${e.certainty}` }, e.certainty));
      events.append(item);
    }
    // One line per distinct chain; several claims often rest on the same one.
    const chains = clear(document.getElementById("chains"));
    const byChain = new Map();
    for (const note of notes.filter((n) => n.kind === "claim" && n.record.source_chain.length)) {
      const key = note.record.source_chain.map((s) => `${s.start}:${s.end}:${s.name}`).join("|");
      if (!byChain.has(key)) byChain.set(key, []);
      byChain.get(key).push(note);
    }
    for (const group of byChain.values()) {
      const ids = group.map((n) => n.record.id);
      chains.append(el("li", { "data-claims": ids.join(" ") },
        el("button", { type: "button", class: "linkish", onclick: () => select(group, group[0]) },
          chainLine(group[0].record.source_chain)),
        el("span", { class: "muted" }, ` claim${ids.length > 1 ? "s" : ""} ${ids.join(", ")}`)));
    }
    const flags = clear(document.getElementById("flags"));
    for (const note of notes.filter((n) => n.kind === "flag")) {
      flags.append(el("li", {},
        el("button", { type: "button", class: "linkish", onclick: () => select([note], note) },
          el("strong", {}, note.record.kind), ": ", note.record.message)));
    }
    const times = clear(document.getElementById("times"));
    for (const note of notes.filter((n) => n.kind === "time")) {
      times.append(el("li", {},
        el("button", { type: "button", class: "linkish", onclick: () => select([note], note) },
          note.record.text), " ", el("span", { class: "muted" },
          `${note.record.type} ${note.record.value ?? ""}`)));
    }
  }

  function renderHeader(analysis) {
    const article = analysis.article;
    const published = article.published || {};
    document.getElementById("title").textContent = article.title || "(untitled article)";
    const meta = clear(document.getElementById("meta"));
    const when = published.date
      ? `published ${published.date}`
      : published.earliest || published.latest
        ? published.latest
          ? `published between ${published.earliest || "?"} and ${published.latest} (inferred)`
          : `published on or after ${published.earliest} (inferred)`
        : "publication date unknown";
    meta.append(el("span", {}, when));
    if (article.outlet) meta.append(" · ", el("span", {}, article.outlet));
    if (article.url) meta.append(" · ", el("a", { href: article.url, rel: "noopener noreferrer" }, article.url));
    meta.append(" · ", el("span", { class: "muted mono" }, `id ${article.id.slice(0, 12)}…`));
  }

  function render(analysis) {
    renderHeader(analysis);
    articleText = analysis.article.text;
    allNotes = annotations(analysis);
    spansOf = renderText(document.getElementById("text"), analysis.article.text, allNotes);
    renderLists(analysis, allNotes);
    document.getElementById("workspace").hidden = false;
    const wanted = /^#event-(\d+)$/.exec(location.hash);
    if (wanted) {
      const note = allNotes.find((n) => n.kind === "event" && String(n.record.id) === wanted[1]);
      if (note) select([note], note);
    }
    document.body.dataset.ready = "1";
  }

  function setupLayers() {
    for (const box of document.querySelectorAll("#layers input[type=checkbox]")) {
      const apply = () => document.getElementById("text").classList.toggle(`hide-${box.value}`, !box.checked);
      box.addEventListener("change", apply);
      apply();
    }
  }

  async function loadStored(id) {
    try {
      render(await getJSON(`/articles/${encodeURIComponent(id)}`));
    } catch (err) {
      showError("cannot load the article", err);
      document.body.dataset.ready = "error";
    }
  }

  function setupPaste() {
    const form = document.getElementById("paste");
    form.hidden = false;
    document.getElementById("title").textContent = "Analyse a text";
    document.body.dataset.ready = "1";
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const text = document.getElementById("paste-text").value;
      const published = document.getElementById("paste-published").value || null;
      const button = form.querySelector("button");
      button.disabled = true;
      button.textContent = "Analysing…";
      try {
        const analysis = await request("/analyze", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text, published }),
        });
        document.getElementById("error").hidden = true;
        render(analysis);
      } catch (err) {
        showError("analysis failed", err);
      } finally {
        button.disabled = false;
        button.textContent = "Analyse";
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    setupLayers();
    const match = /^\/articles\/(.+)\/view$/.exec(location.pathname);
    if (match) {
      loadStored(decodeURIComponent(match[1]));
    } else {
      setupPaste();
    }
  });
})();
