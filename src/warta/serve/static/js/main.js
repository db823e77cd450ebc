// The dashboard: a hash router over six views, each a function that renders into <main id="view">.
import { api, clear, errorBox, h, hideTip, link, parseHash } from "./dom.js";
import { loadVendor } from "./vendor.js";
import { renderSearch } from "./search.js";
import { renderArticle } from "./reader.js";
import { renderEvents } from "./events.js";
import { renderRelations } from "./relations.js";
import { renderMap } from "./map.js";
import { renderNetwork } from "./network.js";

const VIEWS = {
  search: renderSearch,
  article: renderArticle,
  events: renderEvents,
  relations: renderRelations,
  map: renderMap,
  network: renderNetwork,
};

let rendering = 0;

async function route() {
  const ticket = ++rendering;
  const { view, arg, params } = parseHash();
  const render = VIEWS[view] || renderSearch;
  const main = document.getElementById("view");
  hideTip();
  for (const a of document.querySelectorAll(".tabs a")) {
    a.classList.toggle("active", a.dataset.view === (view === "article" ? "search" : view));
  }
  document.getElementById("search-q").value = view === "search" ? params.q || "" : "";
  const page = h("section", { class: `view view-${view}` });
  clear(main).append(page);
  main.setAttribute("aria-busy", "true");
  try {
    await render(page, arg, params, () => ticket === rendering);
  } catch (err) {
    page.append(errorBox(err));
  } finally {
    if (ticket === rendering) main.setAttribute("aria-busy", "false");
  }
}

async function showStats() {
  const el = document.getElementById("stats");
  try {
    const stats = await api("/api/stats");
    const counts = stats.counts || stats;
    const parts = [];
    for (const key of ["articles", "events", "quotes"]) {
      if (typeof counts[key] === "number") parts.push(`${counts[key].toLocaleString("en")} ${key}`);
    }
    if (stats.dates && stats.dates.first) parts.push(`${stats.dates.first} – ${stats.dates.last}`);
    el.textContent = parts.join(" · ");
  } catch (err) {
    el.textContent = `stats unavailable: ${err.message}`;
  }
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("search-q").value.trim();
  window.location.hash = link("search", null, { q });
});
window.addEventListener("hashchange", route);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") hideTip();
});

showStats();
// The vendor scripts load first so the map and network views can tell whether they have them; the other views do
// not need them and a missing file only costs a failed request.
loadVendor().finally(route);
