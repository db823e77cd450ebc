// Third-party browser files come from npm packages declared in package.json, copied into /static/vendor/ by
// `npm ci && python -m warta.serve.vendor`. They are optional at run time: without them the dashboard still works
// and the map and network views say which file is missing.
import { h } from "./dom.js";

export const ASSETS = {
  d3: { url: "/static/vendor/d3.min.js", check: () => window.d3, pkg: "d3" },
  topojson: { url: "/static/vendor/topojson-client.min.js", check: () => window.topojson, pkg: "topojson-client" },
  world: { url: "/static/vendor/countries-110m.json", pkg: "world-atlas" },
};

const INSTALL = "npm ci && python -m warta.serve.vendor";
const missing = new Set();
let world = null;

function loadScript(url) {
  return new Promise((resolve) => {
    const el = document.createElement("script");
    el.src = url;
    el.onload = () => resolve(true);
    el.onerror = () => resolve(false);
    document.head.append(el);
  });
}

async function loadWorld() {
  try {
    const resp = await fetch(ASSETS.world.url);
    if (!resp.ok) return null;
    return await resp.json();
  } catch {
    return null;
  }
}

export async function loadVendor() {
  // d3 first: topojson-client does not depend on it, but keeping the order makes failures easy to read.
  const okD3 = (await loadScript(ASSETS.d3.url)) && Boolean(ASSETS.d3.check());
  if (!okD3) missing.add("d3");
  const okTopo = (await loadScript(ASSETS.topojson.url)) && Boolean(ASSETS.topojson.check());
  if (!okTopo) missing.add("topojson");
  world = await loadWorld();
  if (!world) missing.add("world");
  report();
}

export function have(...names) {
  return names.every((n) => !missing.has(n));
}

export function worldTopology() {
  return world;
}

export function missingNotice(...names) {
  const absent = names.filter((n) => missing.has(n));
  return h(
    "p",
    { class: "notice warn", role: "status" },
    "This view cannot draw without ",
    absent.map((n, i) => [i ? ", " : "", h("code", null, ASSETS[n].url)]),
    ` (npm package${absent.length > 1 ? "s" : ""} ${absent.map((n) => ASSETS[n].pkg).join(", ")}); install with `,
    h("code", null, INSTALL),
    " at the repository root. The table below has the same data.",
  );
}

function report() {
  const status = document.getElementById("asset-status");
  const names = Object.keys(ASSETS);
  status.textContent = names.map((n) => `${n} ${missing.has(n) ? "missing" : "ok"}`).join(" · ");
  const box = document.getElementById("assets");
  if (missing.size) {
    box.hidden = false;
    box.textContent = "";
    box.append(
      "Missing dashboard assets: ",
      ...[...missing].flatMap((n, i) => [i ? ", " : "", h("code", null, ASSETS[n].url)]),
      ". The map and network fall back to tables. Install: ",
      h("code", null, INSTALL),
    );
  }
}
