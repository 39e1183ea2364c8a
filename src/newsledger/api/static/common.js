// Shared helpers for the newsledger pages. Data from the API is only ever placed with
// textContent or setAttribute on whitelisted attributes: never innerHTML.
"use strict";

const NL = (() => {
  // el("a", {href: "/x", class: "y"}, "text", childNode, ...)
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  const SVG_NS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on")) {
        node.addEventListener(key.slice(2), value);
      } else if (key === "href") {
        node.setAttribute("href", safeHref(String(value)));
      } else {
        node.setAttribute(key, String(value));
      }
    }
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  // Links built from data may only point at this site or at http(s) pages.
  function safeHref(value) {
    if (value.startsWith("/") && !value.startsWith("//")) return value;
    try {
      const url = new URL(value);
      if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    } catch (err) {
      return "#";
    }
    return "#";
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  async function request(url, options) {
    const response = await fetch(url, options);
    let body = null;
    try {
      body = await response.json();
    } catch (err) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.error ? body.error.message : response.statusText;
      throw new Error(`${response.status}: ${message}`);
    }
    return body;
  }

  const getJSON = (url) => request(url, { headers: { accept: "application/json" } });

  function showError(where, err) {
    const box = document.getElementById("error");
    if (!box) return;
    box.hidden = false;
    box.textContent = `${where}: ${err.message || err}`;
  }

  function query(params) {
    const usp = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== "") usp.set(key, value);
    }
    return usp.toString();
  }

  function actorLabel(codes) {
    return codes && codes.length ? codes.join(", ") : "?";
  }

  // A record as a definition list: scalars as text, lists and objects as compact JSON.
  function recordTable(record, skip) {
    const dl = el("dl", { class: "record" });
    for (const [key, value] of Object.entries(record)) {
      if ((skip || []).includes(key)) continue;
      if (value === null || value === undefined) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      let shown = value;
      if (typeof value === "object") shown = JSON.stringify(value);
      dl.append(el("dt", {}, key), el("dd", { "data-field": key }, String(shown)));
    }
    return dl;
  }

  return { el, svg, clear, request, getJSON, showError, query, actorLabel, recordTable, safeHref };
})();
