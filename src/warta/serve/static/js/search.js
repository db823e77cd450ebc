// Search (articles and quotes, ranked) and, without a query, the newest articles.
import { api, h, link, pager } from "./dom.js";

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

async function latest(page, params, current) {
  const offset = Number(params.offset) || 0;
  const data = await api("/api/articles", { limit: PAGE, offset, source: params.source, lang: params.lang });
  if (!current()) return;
  page.append(h("h1", null, "Articles"));
  if (!data.total) {
    page.append(h("p", { class: "empty" }, "The database holds no articles yet: run `warta process INPUT --db …`."));
    return;
  }
  page.append(
    h(
      "ul",
      { class: "articles" },
      data.items.map((a) =>
        h("li", null, h("a", { href: link("article", a.id) }, a.title || "(untitled)"), " ", meta(a)),
      ),
    ),
    pager(data.total, PAGE, offset, (o) => {
      window.location.hash = link("search", null, { ...params, offset: o });
    }),
  );
}

export async function renderSearch(page, _arg, params, current) {
  if (params.q && params.q.trim()) await searchResults(page, params.q.trim());
  else await latest(page, params, current);
}
