// Small DOM helpers. Every piece of data reaches the page as a text node or an attribute value set through the DOM:
// nothing is ever parsed as HTML, so article text, titles and quotes cannot inject markup or script.

const SVG_NS = "http://www.w3.org/2000/svg";

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.setAttribute("class", value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  return append(el, children);
}

export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  return append(el, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// Only web links leave the dashboard; anything else (javascript:, data:) from a stored URL is shown as text.
export function safeUrl(url) {
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export class ApiError extends Error {}

export async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const resp = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await resp.json();
  } catch {
    throw new ApiError(`${url}: answer is not JSON (HTTP ${resp.status})`);
  }
  if (!resp.ok) throw new ApiError(body && body.error ? body.error : `HTTP ${resp.status}`);
  return body;
}

export function errorBox(err) {
  return h("p", { class: "error", role: "alert" }, String(err && err.message ? err.message : err));
}

// The tooltip: lines of text, positioned near the pointer.
const tip = () => document.getElementById("tip");

export function showTip(event, lines) {
  const el = tip();
  clear(el);
  for (const line of lines) {
    if (Array.isArray(line)) el.append(h("div", null, h("b", null, line[0]), " ", line[1] ?? ""));
    else el.append(h("div", null, line));
  }
  el.hidden = false;
  const pad = 14;
  const x = Math.min(event.clientX + pad, window.innerWidth - el.offsetWidth - 8);
  const y = Math.min(event.clientY + pad, window.innerHeight - el.offsetHeight - 8);
  el.style.left = `${Math.max(4, x) + window.scrollX}px`;
  el.style.top = `${Math.max(4, y) + window.scrollY}px`;
}

export function hideTip() {
  tip().hidden = true;
}

export const QUADS = {
  1: { name: "verbal cooperation", cls: "q1" },
  2: { name: "material cooperation", cls: "q2" },
  3: { name: "verbal conflict", cls: "q3" },
  4: { name: "material conflict", cls: "q4" },
};

export const EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];

export function who(p) {
  if (!p) return "";
  const tags = [p.country, p.sector].filter(Boolean).join(" ");
  return tags ? `${p.name || p.text} (${tags})` : p.name || p.text || "";
}

export function typeBadge(ev) {
  const quad = QUADS[ev.quad];
  return h("span", { class: `badge ${quad ? quad.cls : "q0"}`, title: quad ? quad.name : "" }, ev.type);
}

export function fmtScore(x) {
  if (x === null || x === undefined) return "";
  return (x > 0 ? "+" : "") + Number(x).toFixed(1);
}

// Hash routes: #/view/arg?key=value
export function parseHash() {
  const raw = window.location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || "search", arg: parts[1] || null, params: Object.fromEntries(new URLSearchParams(query || "")) };
}

export function link(view, arg, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const path = arg ? `#/${view}/${encodeURIComponent(arg)}` : `#/${view}`;
  return query.toString() ? `${path}?${query}` : path;
}

export function pager(total, limit, offset, go) {
  const end = Math.min(total, offset + limit);
  return h(
    "div",
    { class: "pager" },
    h("button", { type: "button", disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit)) }, "‹ previous"),
    h("span", null, total ? `${offset + 1}–${end} of ${total}` : "nothing found"),
    h("button", { type: "button", disabled: end >= total, onclick: () => go(offset + limit) }, "next ›"),
  );
}

// Shared lookups loaded once: country names and the ISO numeric codes that key the map shapes.
let countriesPromise = null;
export function countries() {
  if (!countriesPromise) {
    countriesPromise = api("/api/countries").then((data) => {
      const byCode = new Map();
      const byNumeric = new Map();
      for (const c of data.items) {
        byCode.set(c.code, c);
        if (c.numeric) byNumeric.set(c.numeric, c);
      }
      return { items: data.items, byCode, byNumeric };
    });
  }
  return countriesPromise;
}

export function countryList(id, items) {
  return h("datalist", { id }, items.map((c) => h("option", { value: c.code }, c.name)));
}

export function field(label, input) {
  return h("label", { class: "field" }, h("span", null, label), input);
}
