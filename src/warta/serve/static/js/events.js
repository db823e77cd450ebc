// The event table, with the filters of GET /api/events.
import { EVENT_TYPES, api, countries, countryList, field, fmtScore, h, link, pager, typeBadge, who } from "./dom.js";

const PAGE = 50;
const FILTERS = ["actor", "recipient", "type", "since", "until", "q"];

export function filterForm(view, params, { extra = [], keys = FILTERS } = {}) {
  const input = (name, attrs) => h("input", { name, value: params[name] || "", ...attrs });
  const controls = {
    actor: field("Actor", input("actor", { list: "country-codes", placeholder: "RUS or kb id", size: 10 })),
    recipient: field("Recipient", input("recipient", { list: "country-codes", placeholder: "IND or kb id", size: 10 })),
    type: field("Type", h("select", { name: "type" }, h("option", { value: "" }, "any"),
      EVENT_TYPES.map((t) => h("option", { value: t, selected: params.type === t }, t)))),
    since: field("Since", input("since", { placeholder: "2023-06", size: 10 })),
    until: field("Until", input("until", { placeholder: "2023-06-30", size: 10 })),
    q: field("Text", input("q", { type: "search", placeholder: "words in the article", size: 16 })),
  };
  const form = h("form", { class: "filters" }, keys.map((k) => controls[k]), extra,
    h("button", { type: "submit" }, "Apply"),
    h("a", { class: "reset", href: link(view, null, {}) }, "reset"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()]));
    window.location.hash = link(view, null, values);
  });
  countries().then((c) => form.append(countryList("country-codes", c.items))).catch(() => {});
  return form;
}

function participants(list) {
  return (list || []).map((p, i) => [i ? ", " : "", h("span", { title: [p.kb_id, p.sector].filter(Boolean).join(" ") }, who(p))]);
}

// Articles fetched to show evidence sentences, kept while the dashboard is open (an article does not change).
const articles = new Map();

function article(id) {
  if (!articles.has(id)) articles.set(id, api(`/api/articles/${encodeURIComponent(id)}`));
  return articles.get(id);
}

// The evidence sentence with the trigger, actors and recipients marked; offsets are the event's own.
export function evidence(text, ev) {
  const { start, end } = ev.sentence;
  const marks = [
    ...(ev.actors || []).map((p) => [p.start, p.end, "ev-actor"]),
    ...(ev.recipients || []).map((p) => [p.start, p.end, "ev-recipient"]),
    [ev.trigger.start, ev.trigger.end, "ev-trigger"],
  ].filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && a >= start && b <= end && a < b)
    .sort((x, y) => x[0] - y[0]);
  const out = [];
  let at = start;
  for (const [a, b, cls] of marks) {
    if (a < at) continue; // overlapping marks: keep the first
    out.push(text.slice(at, a), h("mark", { class: cls }, text.slice(a, b)));
    at = b;
  }
  out.push(text.slice(at, end));
  return out;
}

function toggleDetail(row, ev) {
  const next = row.nextElementSibling;
  if (next && next.classList.contains("detail")) {
    next.remove();
    row.classList.remove("open");
    return;
  }
  row.classList.add("open");
  const cell = h("td", { colspan: 8 }, h("span", { class: "meta" }, "loading…"));
  row.after(h("tr", { class: "detail" }, cell));
  article(ev.article_id).then((art) => {
    cell.textContent = "";
    cell.append(h("p", { class: "evidence" }, evidence(art.text, ev)),
      h("p", { class: "meta" }, art.title || "(untitled)", " · ", [art.source, art.published].filter(Boolean).join(" · "), " · ",
        h("a", { href: link("article", ev.article_id, { event: ev.id }) }, "open in the reader")));
  }).catch((err) => {
    cell.textContent = `could not load the article: ${err.message}`;
  });
}

export async function renderEvents(page, _arg, params, current) {
  const offset = Number(params.offset) || 0;
  const query = Object.fromEntries(FILTERS.map((k) => [k, params[k]]));
  page.append(h("h1", null, "Events"), filterForm("events", params));
  const data = await api("/api/events", { ...query, limit: PAGE, offset });
  if (!current()) return;
  const rows = data.items.map((ev) => {
    const row = h("tr", { class: `event-row${ev.negated ? " negated" : ""}`, tabindex: "0", title: "show the evidence sentence" },
      h("td", { class: "date" }, h("span", { class: "caret" }, "▸ "), ev.date || "—"),
      h("td", null, typeBadge(ev), ev.mode ? h("span", { class: "mode" }, ev.mode) : null),
      h("td", null, participants(ev.actors)),
      h("td", null, participants(ev.recipients)),
      h("td", null, ev.trigger ? h("q", null, ev.trigger.text) : ""),
      h("td", null, ev.place ? [ev.place.name, ev.place.country].filter(Boolean).join(", ") : ""),
      h("td", { class: "num" }, fmtScore(ev.score)),
      h("td", null, h("a", { href: link("article", ev.article_id, { event: ev.id }) }, "evidence")));
    row.addEventListener("click", (event) => {
      if (!event.target.closest("a")) toggleDetail(row, ev);
    });
    row.addEventListener("keydown", (event) => {
      if (event.key === "Enter") toggleDetail(row, ev);
    });
    return row;
  });
  const go = (o) => {
    window.location.hash = link("events", null, { ...query, offset: o });
  };
  page.append(
    pager(data.total, PAGE, offset, go),
    h("table", { class: "grid events-table" },
      h("thead", null, h("tr", null, ["Date", "Type", "Actor", "Recipient", "Trigger", "Place", "Score", "Article"].map((t) => h("th", null, t)))),
      h("tbody", null, rows.length ? rows : h("tr", null, h("td", { colspan: 8, class: "empty" }, "No events match these filters.")))),
  );
}
