// Relations between two countries over time: per period, cooperation stacked above the axis (verbal, material),
// conflict below it (verbal, material), and the period's score as a line on its own axis. Plain SVG, no library.
import { QUADS, api, countries, countryList, field, fmtScore, h, hideTip, link, s, showTip, typeBadge, who } from "./dom.js";

const W = 960;
const H = 380;
const M = { top: 24, right: 64, bottom: 56, left: 52 };

function niceMax(x) {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 2.5, 5, 10].map((k) => k * p).find((v) => v >= x);
}

function ticks(max, count = 4) {
  const step = niceMax(max / count) >= 1 ? niceMax(max / count) : 1; // counts: whole steps
  const out = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(v);
  return out;
}

// The dates a period covers: "2023-06" -> 2023-06-01..2023-06-30 (as "2023-06" both ends), "2023-W26" -> its
// Monday..Sunday (ISO weeks, as the store counts them).
export function periodRange(period) {
  const m = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!m) return [period, period];
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (Number(m[2]) - 1) * 7 * 864e5);
  const sunday = new Date(monday.getTime() + 6 * 864e5);
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
}

async function periodEvents(box, a, b, period) {
  const [since, until] = periodRange(period);
  box.textContent = "";
  box.append(h("h2", null, `Events in ${period}`), h("p", { class: "meta" }, "loading…"));
  const both = await Promise.all([
    api("/api/events", { actor: a, recipient: b, since, until, limit: 500 }),
    api("/api/events", { actor: b, recipient: a, since, until, limit: 500 }),
  ]);
  const seen = new Set();
  const items = both.flatMap((r) => r.items).filter((ev) => !seen.has(ev.id) && seen.add(ev.id));
  items.sort((x, y) => String(x.date).localeCompare(String(y.date)));
  box.lastChild.remove();
  box.append(h("table", { class: "grid period-events" },
    h("thead", null, h("tr", null, ["Date", "Type", "Actor", "Recipient", "Trigger", ""].map((t) => h("th", null, t)))),
    h("tbody", null, items.map((ev) => h("tr", null, h("td", { class: "date" }, ev.date || ""), h("td", null, typeBadge(ev)),
      h("td", null, (ev.actors || []).map(who).join(", ")), h("td", null, (ev.recipients || []).map(who).join(", ")),
      h("td", null, h("q", null, ev.trigger ? ev.trigger.text : "")),
      h("td", null, h("a", { href: link("article", ev.article_id, { event: ev.id }) }, "evidence")))))));
  box.scrollIntoView({ block: "nearest" });
}

export function chart(items, names, onPick) {
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const coop = items.map((p) => (p.by_quad["1"] || 0) + (p.by_quad["2"] || 0));
  const conf = items.map((p) => (p.by_quad["3"] || 0) + (p.by_quad["4"] || 0));
  const most = Math.max(1, ...coop, ...conf);
  const ymax = Math.ceil(most / niceMax(most / 4)) * niceMax(most / 4); // a whole number of tick steps
  const smax = niceMax(Math.max(1, ...items.map((p) => Math.abs(p.score || 0))));
  const y = (v) => M.top + ih / 2 - (v / ymax) * (ih / 2); // counts: up = cooperation, down = conflict
  const ys = (v) => M.top + ih / 2 - (v / smax) * (ih / 2);
  const band = iw / Math.max(1, items.length);
  const bw = Math.max(2, Math.min(48, band * 0.7));
  const x = (i) => M.left + band * i + band / 2;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img",
    "aria-label": `Cooperation and conflict between ${names}` });
  for (const v of ticks(ymax)) {
    for (const sign of v ? [1, -1] : [1]) {
      svg.append(s("line", { x1: M.left, x2: W - M.right, y1: y(sign * v), y2: y(sign * v), class: v ? "grid" : "axis" }),
        s("text", { x: M.left - 6, y: y(sign * v) + 4, class: "tick", "text-anchor": "end" }, String(v)));
    }
  }
  for (const v of [-smax, 0, smax]) {
    svg.append(s("text", { x: W - M.right + 6, y: ys(v) + 4, class: "tick score-tick" }, fmtScore(v) || "0"));
  }
  svg.append(
    s("text", { x: 14, y: M.top + ih / 4, class: "axis-label", transform: `rotate(-90 14 ${M.top + ih / 4})`, "text-anchor": "middle" }, "cooperation"),
    s("text", { x: 14, y: M.top + (3 * ih) / 4, class: "axis-label", transform: `rotate(-90 14 ${M.top + (3 * ih) / 4})`, "text-anchor": "middle" }, "conflict"),
    s("text", { x: W - 8, y: M.top + ih / 2, class: "axis-label", transform: `rotate(90 ${W - 8} ${M.top + ih / 2})`, "text-anchor": "middle" }, "score"),
  );
  const every = Math.ceil(items.length / 16); // keep period labels readable
  items.forEach((p, i) => {
    const stacks = [["1", -1], ["2", -1], ["3", 1], ["4", 1]]; // -1 stacks upward from the axis, 1 downward
    let up = 0;
    let down = 0;
    for (const [q, dir] of stacks) {
      const n = p.by_quad[q] || 0;
      if (!n) continue;
      const from = dir < 0 ? up : down;
      const to = from + n;
      if (dir < 0) up = to;
      else down = to;
      const y0 = y(-dir * from);
      const y1 = y(-dir * to);
      const rect = s("rect", { x: x(i) - bw / 2, y: Math.min(y0, y1), width: bw, height: Math.abs(y1 - y0), class: `bar ${QUADS[q].cls}` });
      rect.addEventListener("mousemove", (e) => showTip(e, [["period", p.period], [QUADS[q].name, n], ["all events", p.events], ["score", fmtScore(p.score)]]));
      rect.addEventListener("mouseleave", hideTip);
      rect.addEventListener("click", () => onPick(p.period));
      svg.append(rect);
    }
    if (i % every === 0) {
      svg.append(s("text", { x: x(i), y: H - M.bottom + 18, class: "tick", "text-anchor": "middle" }, p.period));
    }
  });
  const points = items.map((p, i) => `${x(i).toFixed(1)},${ys(p.score || 0).toFixed(1)}`).join(" ");
  if (items.length) svg.append(s("polyline", { points, class: "score-line" }));
  items.forEach((p, i) => {
    const dot = s("circle", { cx: x(i), cy: ys(p.score || 0), r: 3.5, class: "score-dot" });
    dot.addEventListener("mousemove", (e) => showTip(e, [["period", p.period], ["score", fmtScore(p.score)], ["events", p.events]]));
    dot.addEventListener("mouseleave", hideTip);
    dot.addEventListener("click", () => onPick(p.period));
    svg.append(dot);
  });
  const legendItems = [...Object.entries(QUADS).map(([, q]) => [q.cls, q.name]), ["score-key", "score (sum of PLOVER scores)"]];
  const legend = h("div", { class: "chart-legend" },
    legendItems.map(([cls, name]) => h("span", { class: "key" }, h("span", { class: `swatch ${cls}` }), name)));
  return h("figure", { class: "relations-chart" }, svg, legend);
}

function table(items, onPick) {
  return h("table", { class: "grid relations-table" },
    h("thead", null, h("tr", null, ["Period", "Events", ...Object.values(QUADS).map((q) => q.name), "Score"].map((t) => h("th", null, t)))),
    h("tbody", null, items.map((p) => h("tr", null,
      h("td", null, p.events ? h("a", { href: "#", onclick: (e) => { e.preventDefault(); onPick(p.period); } }, p.period) : p.period),
      h("td", { class: "num" }, p.events),
      ["1", "2", "3", "4"].map((q) => h("td", { class: "num" }, p.by_quad[q] || 0)), h("td", { class: "num" }, fmtScore(p.score))))));
}

async function defaultPair() {
  // The busiest country pair in the data, so the view opens on something.
  const net = await api("/api/network", { level: "country" });
  const edge = net.edges.find((e) => e.source !== "IGO" && e.target !== "IGO") || net.edges[0];
  return edge ? [edge.source, edge.target] : ["RUS", "IND"];
}

export async function renderRelations(page, _arg, params, current) {
  let { a, b } = params;
  if (!a || !b) [a, b] = await defaultPair();
  const by = params.by === "week" ? "week" : "month";
  const form = h("form", { class: "filters" },
    field("Country A", h("input", { name: "a", value: a, list: "country-codes", size: 8, required: true })),
    field("Country B", h("input", { name: "b", value: b, list: "country-codes", size: 8, required: true })),
    field("Per", h("select", { name: "by" }, ["month", "week"].map((v) => h("option", { value: v, selected: by === v }, v)))),
    field("Since", h("input", { name: "since", value: params.since || "", placeholder: "2023-01", size: 10 })),
    field("Until", h("input", { name: "until", value: params.until || "", placeholder: "2023-12", size: 10 })),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()]));
    window.location.hash = link("relations", null, values);
  });
  const known = await countries();
  form.append(countryList("country-codes", known.items));
  const name = (c) => (known.byCode.get(c) ? `${known.byCode.get(c).name} (${c})` : c);
  page.append(h("h1", null, "Relations: ", name(a), " ↔ ", name(b)), form);
  const data = await api("/api/relations", { a, b, by, since: params.since, until: params.until });
  if (!current()) return;
  if (!data.items.length) {
    page.append(h("p", { class: "empty" }, `No events between ${name(data.a)} and ${name(data.b)} in this period.`));
    return;
  }
  const total = data.items.reduce((n, p) => n + p.events, 0);
  const detail = h("section", { class: "period-detail" });
  const pick = (period) => {
    hideTip();
    periodEvents(detail, data.a, data.b, period).catch((err) => {
      detail.textContent = `could not load the events: ${err.message}`;
    });
  };
  page.append(
    h("p", { class: "meta" }, `${total} events in ${data.items.length} ${by}s, either direction; negated events are not counted. `,
      h("a", { href: link("events", null, { actor: data.a, recipient: data.b }) }, `${data.a} → ${data.b} events`), " · ",
      h("a", { href: link("events", null, { actor: data.b, recipient: data.a }) }, `${data.b} → ${data.a} events`)),
    chart(data.items, `${name(data.a)} and ${name(data.b)}`, pick),
    h("p", { class: "meta" }, "Click a bar, a point or a period for its events."),
    detail,
    h("h2", null, `Per ${by}`),
    table(data.items, pick),
  );
}
