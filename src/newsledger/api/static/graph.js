// Actors linked by events, drawn as SVG with a small force layout (no library).
"use strict";

(() => {
  const { el, svg, clear, getJSON, showError } = NL;
  const W = 900, H = 640;

  // A few hundred steps of spring + repulsion; deterministic start on a circle.
  function layout(nodes, links) {
    const n = nodes.length;
    nodes.forEach((node, i) => {
      const a = (2 * Math.PI * i) / Math.max(n, 1);
      node.x = W / 2 + (W / 3) * Math.cos(a);
      node.y = H / 2 + (H / 3) * Math.sin(a);
    });
    const byCode = new Map(nodes.map((node) => [node.code, node]));
    const edges = links.map((l) => [byCode.get(l.source), byCode.get(l.target)]).filter(([a, b]) => a && b);
    for (let step = 0; step < 300; step++) {
      const cool = 1 - step / 300;
      for (const a of nodes) { a.dx = 0; a.dy = 0; }
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = nodes[i], b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          const d2 = Math.max(dx * dx + dy * dy, 25);
          const push = 9000 / d2;
          const d = Math.sqrt(d2);
          dx /= d; dy /= d;
          a.dx += dx * push; a.dy += dy * push; b.dx -= dx * push; b.dy -= dy * push;
        }
      }
      for (const [a, b] of edges) {
        const dx = b.x - a.x, dy = b.y - a.y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const pull = (d - 160) * 0.02;
        a.dx += (dx / d) * pull; a.dy += (dy / d) * pull; b.dx -= (dx / d) * pull; b.dy -= (dy / d) * pull;
      }
      for (const a of nodes) {
        a.dx += (W / 2 - a.x) * 0.005; a.dy += (H / 2 - a.y) * 0.005;
        a.x = Math.min(W - 40, Math.max(40, a.x + Math.max(-20, Math.min(20, a.dx)) * cool));
        a.y = Math.min(H - 30, Math.max(30, a.y + Math.max(-20, Math.min(20, a.dy)) * cool));
      }
    }
  }

  async function showActor(code, nodeEl) {
    document.querySelectorAll(".node.active").forEach((n) => n.classList.remove("active"));
    nodeEl.classList.add("active");
    const panel = clear(document.getElementById("actor"));
    try {
      const a = await getJSON(`/actors/${encodeURIComponent(code)}`);
      panel.append(el("h2", {}, a.name ? `${a.name} (${a.code})` : a.code),
        el("p", {}, `${a.events} events: ${a.as_source} as source, ${a.as_target} as target`),
        el("h3", {}, "Event types"),
        el("ul", {}, Object.entries(a.event_types).map(([k, v]) => el("li", {}, `${k}: ${v}`))),
        el("h3", {}, "Partners"),
        el("ul", {}, Object.entries(a.partners).map(([k, v]) => el("li", {}, `${k}: ${v}`))),
        el("a", { href: `/ui/timeline?involving=${encodeURIComponent(a.code)}` }, "Timeline of this actor"));
    } catch (err) {
      panel.append(el("p", { class: "error" }, err.message));
    }
  }

  function draw(data) {
    const root = clear(document.getElementById("graph"));
    const nodes = data.nodes.map((n) => ({ ...n }));
    layout(nodes, data.links);
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    root.append(svg("defs", {}, svg("marker", {
      id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7,
      orient: "auto-start-reverse",
    }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#8a8a99" }))));
    const radius = (n) => 14 + Math.min(16, 3 * Math.sqrt(n.events));
    for (const link of data.links) {
      const a = byCode.get(link.source), b = byCode.get(link.target);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
      const x2 = b.x - (dx / d) * (radius(b) + 3), y2 = b.y - (dy / d) * (radius(b) + 3);
      const types = Object.entries(link.types).map(([k, v]) => `${k} ×${v}`).join(", ");
      root.append(svg("line", {
        class: "link", x1: a.x, y1: a.y, x2, y2, "stroke-width": 1 + Math.min(8, link.events),
        "marker-end": "url(#arrow)", "data-link": `${link.source}>${link.target}`,
      }, svg("title", {}, `${link.source} → ${link.target}: ${types}`)));
      root.append(svg("text", { class: "edge-label", x: (a.x + x2) / 2, y: (a.y + y2) / 2 - 4 }, types));
    }
    for (const node of nodes) {
      const g = svg("g", { class: "node", "data-code": node.code, transform: `translate(${node.x},${node.y})` },
        svg("circle", { r: radius(node) }),
        svg("text", { y: 4 }, node.code),
        svg("title", {}, `${node.name || node.code}: ${node.events} events`));
      g.addEventListener("click", () => showActor(node.code, g));
      root.append(g);
    }
    if (!nodes.length) {
      root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "No events with actors yet."));
    }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    try {
      draw(await getJSON("/graph?limit=1000"));
    } catch (err) {
      showError("cannot load the graph", err);
    }
    document.body.dataset.ready = "1";
  });
})();
