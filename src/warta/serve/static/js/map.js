// The world map: countries shaded by the events that happened there, and a circle per geocoded place. Shapes are
// Natural Earth 1:110m from the world-atlas npm package, projected with d3-geo; both are served from /static/vendor.
import { api, countries, fmtScore, h, hideTip, link, showTip } from "./dom.js";
import { filterForm } from "./events.js";
import { have, missingNotice, worldTopology } from "./vendor.js";

const W = 960;
const H = 500;

function scoreColour(score) {
  if (score === null || score === undefined) return "#6b7280";
  return score >= 0 ? "#15803d" : "#b91c1c";
}

function draw(data, known) {
  const d3 = window.d3;
  const world = window.topojson.feature(worldTopology(), worldTopology().objects.countries);
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [W - 8, H - 8]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const counts = new Map(data.countries.map((c) => [c.country, c]));
  const max = Math.max(1, ...data.countries.map((c) => c.events));
  // start a quarter up the ramp: the palest blues are too close to the sea
  const shade = d3.scaleSequential([0, Math.log1p(max)], (t) => d3.interpolateBlues(0.25 + 0.75 * t));
  const svg = d3.create("svg").attr("viewBox", `0 0 ${W} ${H}`).attr("class", "map").attr("role", "img")
    .attr("aria-label", "World map of where events happened");
  svg.append("path").datum({ type: "Sphere" }).attr("class", "sphere").attr("d", path);
  svg.append("path").datum(d3.geoGraticule10()).attr("class", "graticule").attr("d", path);
  svg.append("g").selectAll("path").data(world.features).join("path")
    .attr("class", "country")
    .attr("d", path)
    .attr("fill", (f) => {
      const c = known.byNumeric.get(String(f.id));
      const row = c && counts.get(c.code);
      return row ? shade(Math.log1p(row.events)) : null;
    })
    .on("mousemove", (event, f) => {
      const c = known.byNumeric.get(String(f.id));
      const row = c && counts.get(c.code);
      showTip(event, [["country", c ? `${c.name} (${c.code})` : f.properties.name], ["events", row ? row.events : 0],
        ...(row && row.score !== null ? [["mean score", fmtScore(row.score)]] : [])]);
    })
    .on("mouseleave", hideTip);
  const pmax = Math.max(1, ...data.places.map((p) => p.events));
  const radius = d3.scaleSqrt([0, pmax], [0, 18]);
  svg.append("g").selectAll("circle").data(data.places).join("circle")
    .attr("class", "place")
    .attr("transform", (p) => `translate(${projection([p.lon, p.lat])})`)
    .attr("r", (p) => Math.max(3, radius(p.events)))
    .attr("fill", (p) => scoreColour(p.score))
    .on("mousemove", (event, p) => showTip(event, [["place", [p.name, p.country].filter(Boolean).join(", ")], ["events", p.events],
      ["types", Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(", ")], ["mean score", fmtScore(p.score)]]))
    .on("mouseleave", hideTip);
  return svg.node();
}

function placeTable(data, known) {
  const name = (code) => (code && known.byCode.get(code) ? known.byCode.get(code).name : code || "");
  return h("table", { class: "grid places-table" },
    h("thead", null, h("tr", null, ["Place", "Country", "Lat, lon", "Events", "Types", "Mean score"].map((t) => h("th", null, t)))),
    h("tbody", null, data.places.map((p) => h("tr", null, h("td", null, p.name), h("td", null, name(p.country)),
      h("td", { class: "num" }, `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`), h("td", { class: "num" }, p.events),
      h("td", null, Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(", ")), h("td", { class: "num" }, fmtScore(p.score))))));
}

export async function renderMap(page, _arg, params, current) {
  const keys = ["actor", "recipient", "type", "since", "until"];
  page.append(h("h1", null, "Where events happened"), filterForm("map", params, { keys }));
  const query = Object.fromEntries(keys.map((k) => [k, params[k]]));
  const [data, known] = await Promise.all([api("/api/map", query), countries()]);
  if (!current()) return;
  page.append(h("p", { class: "meta" },
    `${data.located} of ${data.events} events have a geocoded place; countries are shaded by events placed in them.`,
    data.truncated ? " Only the first events were read: narrow the filters." : null, " ",
    h("a", { href: link("events", null, query) }, "these events as a table")));
  if (have("d3", "topojson", "world")) {
    page.append(h("div", { class: "map-wrap" }, draw(data, known),
      h("p", { class: "chart-legend" }, h("span", { class: "key" }, h("span", { class: "swatch shade" }), "country: events placed in it (darker = more)"),
        h("span", { class: "key" }, h("span", { class: "swatch dot-pos" }), "place, mean score ≥ 0 (cooperation)"),
        h("span", { class: "key" }, h("span", { class: "swatch dot-neg" }), "place, mean score < 0 (conflict)"),
        h("span", { class: "meta" }, "Shapes: Natural Earth 1:110m (world-atlas)."))));
  }
  else page.append(missingNotice("d3", "topojson", "world"));
  page.append(data.places.length ? placeTable(data, known) : h("p", { class: "empty" }, "No event has a geocoded place."));
}
