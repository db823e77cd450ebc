// Search (articles and quotes, ranked) and, without a query, the newest articles.
import { api, field, h, link, pager } from "./dom.js";

const PAGE = 20;

function highlighted(snippet, spans) {
  const out = [];
  let at = 0;
  for (const [start, end] of spans || []) {
    if (start < at || end > snippet.length) continue;
    out.push(snippet.slice(at, start), h("mark", null, snippet.slice(start, end)));
    at = end;
  }
  out.push(snippet.slice(at));
  return out;
}

// The opening of an article, cut at a word near 220 characters.
function lead(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= 240) return flat;
  const cut = flat.lastIndexOf(" ", 220);
  return `${flat.slice(0, cut > 120 ? cut : 220)} …`;
}

function meta(item) {
  return h(
    "span",
    { class: "meta" },
    [item.source, item.language, item.published ? item.published.slice(0, 16).replace("T", " ") : null]
      .filter(Boolean)
      .join(" · "),
  );
}

async function searchResults(page, q) {
  const data = await api("/api/search", { q, limit: 50 });
  page.append(h("h1", null, "Search: ", h("q", null, q)));
  if (!data.items.length) {
    page.append(h("p", { class: "empty" }, "Nothing matches. Search looks for whole words in titles, bodies and quotes."));
    return;
  }
  page.append(
    h(
      "ol",
      { class: "hits" },
      data.items.map((hit) =>
        h(
          "li",
          { class: `hit hit-${hit.kind}` },
          h("span", { class: `kind kind-${hit.kind}` }, hit.kind),
          " ",
          h("a", { href: link("article", hit.article_id, hit.kind === "quote" ? { quote: hit.quote_index } : null) },
            hit.title || "(untitled)"),
          " ",
          meta(hit),
          h(
            "p",
            { class: "snippet" },
            hit.kind === "quote" && hit.speaker ? [h("b", null, hit.speaker.name || ""), ": "] : null,
            highlighted(hit.snippet || "", hit.highlights),
          ),
        ),
      ),
    ),
  );
}

function articleFilters(params, stats) {
  const choice = (name, label, counts) => field(label, h("select", { name },
    h("option", { value: "" }, "all"),
    Object.entries(counts || {}).filter(([k]) => k && k !== "null")
      .map(([k, n]) => h("option", { value: k, selected: params[name] === k }, `${k} (${n})`))));
  const form = h("form", { class: "filters" }, choice("source", "Source", stats.sources), choice("lang", "Language", stats.languages),
    field("Since", h("input", { name: "since", value: params.since || "", placeholder: "2023-06", size: 10 })),
    field("Until", h("input", { name: "until", value: params.until || "", placeholder: "2023-06-30", size: 10 })),
    h("button", { type: "submit" }, "Apply"), h("a", { class: "reset", href: link("search", null, {}) }, "reset"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.location.hash = link("search", null, Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()])));
  });
  return form;
}

async function latest(page, params, current) {
  const offset = Number(params.offset) || 0;
  const filters = { source: params.source, lang: params.lang, since: params.since, until: params.until };
  const [data, stats] = await Promise.all([api("/api/articles", { ...filters, limit: PAGE, offset }), api("/api/stats")]);
  if (!current()) return;
  page.append(h("h1", null, "Articles"), articleFilters(params, stats));
  if (!data.total) {
    const filtered = Object.values(filters).some(Boolean);
    page.append(h("p", { class: "empty" }, filtered ? "No article matches these filters."
      : "The database holds no articles yet: run `warta process INPUT --db …`."));
    return;
  }
  page.append(
    h(
      "ul",
      { class: "articles" },
      data.items.map((a) =>
        h("li", null, h("a", { href: link("article", a.id) }, a.title || "(untitled)"), " ", meta(a),
          a.text ? h("p", { class: "snippet" }, lead(a.text)) : null),
      ),
    ),
    pager(data.total, PAGE, offset, (o) => {
      window.location.hash = link("search", null, { ...filters, offset: o });
    }),
  );
}

export async function renderSearch(page, _arg, params, current) {
  if (params.q && params.q.trim()) await searchResults(page, params.q.trim());
  else await latest(page, params, current);
}
