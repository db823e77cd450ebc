// Who acts on whom: actors (or countries) as nodes, one arrow per ordered pair, its width the number of events and
// its colour their mean score (green cooperation, red conflict). Layout by d3-force, computed before drawing so the
// picture is still.
import { api, countries, field, fmtScore, h, hideTip, link, showTip } from "./dom.js";
import { filterForm } from "./events.js";
import { have, missingNotice } from "./vendor.js";

const W = 960;
const H = 560;

function edgeColour(score) {
  if (score === null || score === undefined) return "#9ca3af";
  if (score > 0.5) return "#16a34a";
  if (score < -0.5) return "#dc2626";
  return "#9ca3af";
}

// Only the heaviest edges are drawn (a graph of hundreds of actors is unreadable); the table lists them all.
function heaviest(net, top) {
  const edges = top ? net.edges.slice(0, top) : net.edges; // the API sorts edges by weight
  const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { ...net, edges, nodes: net.nodes.filter((n) => ids.has(n.id)) };
}

function draw(net, label, short) {
  const d3 = window.d3;
  const nodes = net.nodes.map((n) => ({ ...n }));
  const links = net.edges.map((e) => ({ ...e }));
  const colour = d3.scaleOrdinal(d3.schemeTableau10);
  const wmax = Math.max(1, ...links.map((l) => l.weight));
  const nmax = Math.max(1, ...nodes.map((n) => n.events));
  const width = d3.scaleSqrt([1, wmax], [1.2, 7]);
  const size = d3.scaleSqrt([1, nmax], [5, 16]);
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(110).strength(0.6))
    .force("charge", d3.forceManyBody().strength(-420))
    .force("collide", d3.forceCollide((d) => size(d.events) + 26))
    .force("x", d3.forceX(W / 2).strength(0.06))
    .force("y", d3.forceY(H / 2).strength(0.09))
    .stop();
  for (let i = 0; i < 400; i++) sim.tick();
  // Frame the drawing on the nodes (with room for labels), never smaller than a readable minimum.
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const pad = 70;
  let [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];
  const grow = (lo, hi, min) => (hi - lo >= min ? [lo, hi] : [(lo + hi - min) / 2, (lo + hi + min) / 2]);
  [x0, x1] = grow(x0, x1, 480);
  [y0, y1] = grow(y0, y1, 280);
  const svg = d3.create("svg").attr("viewBox", `${x0} ${y0} ${x1 - x0} ${y1 - y0}`).attr("class", "network").attr("role", "img")
    .attr("aria-label", "Network of actors and the events between them");
  const defs = svg.append("defs");
  for (const [key, c] of [["pos", "#16a34a"], ["neg", "#dc2626"], ["neu", "#9ca3af"]]) {
    // fixed-size heads (userSpaceOnUse): a thick edge must not get a huge arrow
    defs.append("marker").attr("id", `arrow-${key}`).attr("viewBox", "0 -5 10 10").attr("refX", 10).attr("refY", 0)
      .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 11).attr("markerHeight", 11).attr("orient", "auto")
      .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", c);
  }
  const marker = (s) => (s === null || s === undefined || Math.abs(s) <= 0.5 ? "neu" : s > 0 ? "pos" : "neg");
  const pairs = new Set(links.map((l) => `${l.source.id}|${l.target.id}`));
  svg.append("g").selectAll("path").data(links).join("path")
    .attr("class", "edge")
    .attr("stroke", (l) => edgeColour(l.score))
    .attr("stroke-width", (l) => width(l.weight))
    .attr("marker-end", (l) => `url(#arrow-${marker(l.score)})`)
    .attr("d", (l) => {
      // Stop at the target's rim; bend when the reverse edge exists so both directions stay visible.
      const dx = l.target.x - l.source.x;
      const dy = l.target.y - l.source.y;
      const dist = Math.hypot(dx, dy) || 1;
      const r = size(l.target.events) + 3;
      const tx = l.target.x - (dx / dist) * r;
      const ty = l.target.y - (dy / dist) * r;
      if (!pairs.has(`${l.target.id}|${l.source.id}`)) return `M${l.source.x},${l.source.y}L${tx},${ty}`;
      const bend = dist * 0.9;
      return `M${l.source.x},${l.source.y}A${bend},${bend} 0 0,1 ${tx},${ty}`;
    })
    .on("mousemove", (event, l) => showTip(event, [["from", label(l.source)], ["to", label(l.target)], ["events", l.weight],
      ["types", Object.entries(l.types).map(([t, n]) => `${t} ${n}`).join(", ")], ["mean score", fmtScore(l.score)]]))
    .on("mouseleave", hideTip);
  const node = svg.append("g").selectAll("g").data(nodes).join("g")
    .attr("class", "node")
    .attr("transform", (n) => `translate(${n.x},${n.y})`)
    .on("mousemove", (event, n) => showTip(event, [["actor", label(n)], ["kb id", net.level === "actor" ? n.id : "—"],
      ["country", n.country || "—"], ["sector", n.sector || "—"], ["events", n.events]]))
    .on("mouseleave", hideTip)
    .on("click", (_event, n) => {
      hideTip();
      window.location.hash = link("events", null, { actor: n.id });
    });
  node.append("title").text((n) => `${label(n)}: click for the events it acts in`);
  node.append("circle").attr("r", (n) => size(n.events)).attr("fill", (n) => colour(n.country || "?"));
  node.append("text").attr("dy", (n) => size(n.events) + 13).attr("text-anchor", "middle").text(short);
  return svg.node();
}

export async function renderNetwork(page, _arg, params, current) {
  const level = params.level === "country" ? "country" : "actor";
  const keys = ["actor", "recipient", "type", "since", "until"];
  const top = params.top === "all" ? 0 : Number(params.top) || 40;
  const levelSelect = field("Nodes", h("select", { name: "level" },
    [["actor", "actors"], ["country", "countries"]].map(([v, t]) => h("option", { value: v, selected: level === v }, t))));
  const topSelect = field("Draw", h("select", { name: "top" },
    [["20", "20 heaviest edges"], ["40", "40 heaviest edges"], ["100", "100 heaviest edges"], ["all", "every edge"]]
      .map(([v, t]) => h("option", { value: v, selected: String(top || "all") === v }, t))));
  page.append(h("h1", null, "Who acts on whom"), filterForm("network", params, { keys, extra: [levelSelect, topSelect] }));
  const query = Object.fromEntries(keys.map((k) => [k, params[k]]));
  const [net, known] = await Promise.all([api("/api/network", { ...query, level }), countries()]);
  if (!current()) return;
  const byId = new Map(net.nodes.map((n) => [n.id, n]));
  const label = (n) => {
    const node = typeof n === "string" ? byId.get(n) || { name: n } : n;
    const c = node.country && known.byCode.get(node.country);
    return level === "country" && c ? `${c.name} (${node.id})` : [node.name, node.country].filter(Boolean).join(" · ");
  };
  const short = (n) => (level === "country" && known.byCode.get(n.id) ? known.byCode.get(n.id).name : n.name);
  const shown = heaviest(net, top);
  page.append(h("p", { class: "meta" }, `${net.nodes.length} ${level === "actor" ? "actors" : "countries"}, ${net.edges.length} directed edges from ${net.events} events`,
    shown.edges.length < net.edges.length ? `; the ${shown.edges.length} heaviest edges are drawn, the table lists all.` : ".",
    net.truncated ? " Only the first events were read: narrow the filters." : null));
  if (!net.edges.length) {
    page.append(h("p", { class: "empty" }, "No event with both an actor and a recipient matches."));
    return;
  }
  if (have("d3")) {
    page.append(h("div", { class: "network-wrap" }, draw(shown, label, short),
      h("p", { class: "chart-legend" }, h("span", { class: "key" }, h("span", { class: "swatch edge-pos" }), "mostly cooperation"),
        h("span", { class: "key" }, h("span", { class: "swatch edge-neg" }), "mostly conflict"),
        h("span", { class: "key" }, h("span", { class: "swatch edge-neu" }), "mixed or unscored"),
        h("span", { class: "meta" }, "Arrow width: events from actor to recipient; node colour: country; hover for details."))));
  }
  else page.append(missingNotice("d3"));
  page.append(h("table", { class: "grid edges-table" },
    h("thead", null, h("tr", null, ["From", "To", "Events", "Types", "Mean score", ""].map((t) => h("th", null, t)))),
    h("tbody", null, net.edges.map((e) => h("tr", null, h("td", null, label(e.source)), h("td", null, label(e.target)),
      h("td", { class: "num" }, e.weight), h("td", null, Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(", ")),
      h("td", { class: "num" }, fmtScore(e.score)),
      h("td", null, h("a", { href: link("events", null, { ...query, actor: e.source, recipient: e.target }) }, "events")))))));
}
