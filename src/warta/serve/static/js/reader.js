// The article reader: the clean text with every layer highlighted (entities, times, places, quotes, event
// triggers), a tooltip per mention, and the events beside it; choosing an event scrolls to its evidence sentence and
// highlights the sentence and its trigger.
import { api, fmtScore, h, hideTip, link, safeUrl, showTip, typeBadge, who } from "./dom.js";

const LAYERS = [
  { key: "ent", label: "entities" },
  { key: "time", label: "times" },
  { key: "place", label: "places" },
  { key: "quote", label: "quotes" },
  { key: "trigger", label: "event triggers" },
];

function valid(m, length) {
  return m && Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= length;
}

function eventLines(ev) {
  const lines = [
    ["event", [ev.type, ev.mode].filter(Boolean).join(" / ")],
    ["actor", (ev.actors || []).map(who).join(", ") || "—"],
    ["recipient", (ev.recipients || []).map(who).join(", ") || "—"],
  ];
  if (ev.date) lines.push(["date", ev.date]);
  if (ev.place) lines.push(["place", [ev.place.name, ev.place.country].filter(Boolean).join(", ")]);
  if (ev.negated) lines.push(["negated", "the text says this did not happen"]);
  if (ev.modality && ev.modality !== "asserted") lines.push(["modality", ev.modality]);
  if (ev.score !== null && ev.score !== undefined) lines.push(["score", fmtScore(ev.score)]);
  return lines;
}

// Every annotation as {layer, start, end, lines, event}; `sent` marks an event's evidence sentence(s) (only drawn
// when the event is chosen).
function annotations(art) {
  const n = art.text.length;
  const out = [];
  for (const e of art.entities || []) {
    if (!valid(e, n)) continue;
    out.push({ layer: "ent", sub: e.type, start: e.start, end: e.end, lines: [
      ["entity", e.type], ["name", e.name], ["kb id", e.kb_id || "—"], ["country", e.country || "—"], ["sector", e.sector || "—"],
    ] });
  }
  for (const t of art.times || []) {
    if (!valid(t, n)) continue;
    out.push({ layer: "time", start: t.start, end: t.end, lines: [["time", t.type], ["value", t.value || "unresolved"]] });
  }
  for (const p of art.places || []) {
    if (!valid(p, n)) continue;
    const coords = p.lat !== null && p.lat !== undefined ? `${Number(p.lat).toFixed(2)}, ${Number(p.lon).toFixed(2)}` : "—";
    out.push({ layer: "place", start: p.start, end: p.end, lines: [
      ["place", p.name], ["country", p.country || "—"], ["lat, lon", coords], ["geonames", p.geonameid ?? "—"],
    ] });
  }
  (art.quotes || []).forEach((q, i) => {
    if (!valid(q, n)) return;
    const sp = q.speaker;
    out.push({ layer: "quote", quote: i, start: q.start, end: q.end, lines: [
      ["quote", q.verb ? `“${q.verb}”` : ""], ["speaker", sp ? who(sp) : "unattributed"], ["kb id", sp && sp.kb_id ? sp.kb_id : "—"],
    ] });
  });
  (art.events || []).forEach((ev, i) => {
    if (valid(ev.trigger, n)) out.push({ layer: "trigger", event: i, start: ev.trigger.start, end: ev.trigger.end, lines: eventLines(ev) });
    const sentences = [ev.sentence, ...(ev.evidence || [])].filter((sp) => valid(sp, n));
    for (const sp of sentences) out.push({ layer: "sent", event: i, start: sp.start, end: sp.end, lines: [] });
    for (const [role, list] of [["actor", ev.actors], ["recipient", ev.recipients]]) {
      for (const p of list || []) if (valid(p, n)) out.push({ layer: role, event: i, start: p.start, end: p.end, lines: [] });
    }
  });
  return out;
}

// Cuts the text at every annotation boundary; each piece carries the annotations that cover it, so overlapping
// layers (an entity inside a quote inside an event sentence) all show.
function segments(text, anns) {
  const cuts = new Set([0, text.length]);
  for (const a of anns) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const byStart = [...anns].sort((x, y) => x.start - y.start);
  const out = [];
  let open = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    while (next < byStart.length && byStart[next].start <= from) open.push(byStart[next++]);
    open = open.filter((a) => a.end > from);
    out.push({ from, to, covering: open.filter((a) => a.start <= from && a.end >= to) });
  }
  return out;
}

function renderText(art, onPick) {
  const anns = annotations(art);
  const body = h("div", { class: "article-text", lang: art.language || null });
  const bySentence = new Map(); // event index -> spans of its sentence(s)
  const byTrigger = new Map(); // event index -> spans of its trigger
  const byQuote = new Map();
  const byActor = new Map(); // event index -> spans of its actors' and recipients' mentions
  const byRecipient = new Map();
  for (const seg of segments(art.text, anns)) {
    const piece = art.text.slice(seg.from, seg.to);
    if (!seg.covering.length) {
      body.append(piece);
      continue;
    }
    const classes = new Set(["seg"]);
    for (const a of seg.covering) {
      classes.add(`l-${a.layer}`);
      if (a.sub) classes.add(`l-${a.layer}-${a.sub}`);
    }
    const el = h("span", { class: [...classes].join(" ") }, piece);
    el._anns = seg.covering.filter((a) => a.lines.length);
    for (const a of seg.covering) {
      const map = { sent: bySentence, trigger: byTrigger, quote: byQuote, actor: byActor, recipient: byRecipient }[a.layer];
      if (!map) continue;
      const key = a.layer === "quote" ? a.quote : a.event;
      if (!map.has(key)) map.set(key, []);
      map.get(key).push(el);
    }
    body.append(el);
  }
  body.addEventListener("mousemove", (event) => {
    const seg = event.target.closest ? event.target.closest(".seg") : null;
    if (!seg || !seg._anns || !seg._anns.length) return hideTip();
    const lines = [];
    for (const a of seg._anns) {
      if (lines.length) lines.push("—");
      lines.push(...a.lines);
    }
    showTip(event, lines);
  });
  body.addEventListener("mouseleave", hideTip);
  body.addEventListener("click", (event) => {
    const seg = event.target.closest ? event.target.closest(".l-trigger") : null;
    const trig = seg && seg._anns.find((a) => a.layer === "trigger");
    if (trig) onPick(trig.event, false);
  });
  return { body, bySentence, byTrigger, byQuote, byActor, byRecipient };
}

function eventCard(ev, i, articleId, onPick) {
  return h(
    "li",
    { class: `ev-card${ev.negated ? " negated" : ""}`, id: `ev-${i}`, tabindex: "0", dataset: { event: ev.id },
      onclick: () => onPick(i, false), onkeydown: (e) => { if (e.key === "Enter") onPick(i, false); } },
    h("div", { class: "ev-head" }, typeBadge(ev), ev.mode ? h("span", { class: "mode" }, ev.mode) : null,
      ev.negated ? h("span", { class: "flag" }, "negated") : null,
      ev.modality && ev.modality !== "asserted" ? h("span", { class: "flag" }, ev.modality) : null,
      h("span", { class: "score" }, fmtScore(ev.score))),
    h("div", { class: "ev-who" }, (ev.actors || []).map(who).join(", ") || "—", " → ",
      (ev.recipients || []).map(who).join(", ") || "—"),
    h("div", { class: "ev-when" }, [ev.date, ev.place && ev.place.name].filter(Boolean).join(" · "),
      ev.trigger ? [" · ", h("q", null, ev.trigger.text)] : null),
    h("a", { class: "permalink", href: link("article", articleId, { event: ev.id }), onclick: (e) => e.stopPropagation() }, "link"),
  );
}

function legend(container) {
  return h(
    "div",
    { class: "legend", role: "group", "aria-label": "Layers" },
    LAYERS.map((l) =>
      h("label", { class: `key key-${l.key}` },
        h("input", { type: "checkbox", checked: true, onchange: (e) => container.classList.toggle(`hide-${l.key}`, !e.target.checked) }),
        h("span", { class: `swatch l-${l.key}` }, l.label)),
    ),
  );
}

export async function renderArticle(page, id, params) {
  const art = await api(`/api/articles/${encodeURIComponent(id || "")}`);
  const events = art.events || [];
  const url = art.url ? safeUrl(art.url) : null;
  const header = h(
    "header",
    { class: "article-head" },
    h("h1", null, art.title || "(untitled)"),
    h("p", { class: "meta" },
      [art.source, art.language, art.published, (art.authors || []).join(", "),
        art.dateline ? `dateline: ${art.dateline.text}` : null].filter(Boolean).join(" · "),
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "original")] : null),
  );
  let picked = null;
  let text = null;
  const cards = h("ol", { class: "ev-list" });
  const pick = (i, quiet) => {
    for (const el of page.querySelectorAll(".sel-sent, .sel-trig, .sel-actor, .sel-recipient")) {
      el.classList.remove("sel-sent", "sel-trig", "sel-actor", "sel-recipient");
    }
    for (const el of page.querySelectorAll(".ev-card.selected")) el.classList.remove("selected");
    picked = i;
    const sentence = text.bySentence.get(i) || [];
    for (const el of sentence) el.classList.add("sel-sent");
    for (const el of text.byTrigger.get(i) || []) el.classList.add("sel-trig");
    for (const el of text.byActor.get(i) || []) el.classList.add("sel-actor");
    for (const el of text.byRecipient.get(i) || []) el.classList.add("sel-recipient");
    const card = page.querySelector(`#ev-${i}`);
    if (card) card.classList.add("selected");
    const target = (text.byTrigger.get(i) || sentence)[0];
    if (target) target.scrollIntoView({ block: "center", behavior: quiet ? "auto" : "smooth" });
    if (card && !quiet) card.scrollIntoView({ block: "nearest" });
  };
  text = renderText(art, pick);
  events.forEach((ev, i) => cards.append(eventCard(ev, i, art.id, pick)));
  const quotes = (art.quotes || []).map((q, i) =>
    h("li", { class: "quote-item", onclick: () => {
      const el = (text.byQuote.get(i) || [])[0];
      if (el) el.scrollIntoView({ block: "center", behavior: "smooth" });
    } }, h("q", null, q.text), " — ", q.speaker ? who(q.speaker) : "unattributed"));
  const captions = (art.captions || []).map((c) => h("li", null, c.text, c.credit ? h("span", { class: "meta" }, ` (${c.credit})`) : null));
  const reading = h("div", { class: "reading" }, text.body);
  page.append(
    header,
    h("div", { class: "reader" },
      h("article", { class: "reader-main" }, legend(reading), reading,
        captions.length ? h("details", { class: "captions" }, h("summary", null, `Captions (${captions.length})`), h("ul", null, captions)) : null),
      h("aside", { class: "reader-side" },
        h("h2", null, `Events (${events.length})`),
        events.length ? h("p", { class: "meta hint" }, "Choose an event to see its evidence: ",
          h("span", { class: "hint-sent" }, "sentence"), ", ", h("span", { class: "hint-trig" }, "trigger"), ", ",
          h("span", { class: "hint-actor" }, "actor"), ", ", h("span", { class: "hint-recipient" }, "recipient"), ".") : null,
        events.length ? cards : h("p", { class: "empty" }, "No events were found in this article."),
        h("h2", null, `Quotes (${quotes.length})`),
        quotes.length ? h("ul", { class: "quote-list" }, quotes) : h("p", { class: "empty" }, "No quotes."))),
  );
  if (params.event) {
    const i = events.findIndex((ev) => ev.id === params.event);
    if (i >= 0) pick(i, true);
  } else if (params.quote !== undefined) {
    const el = (text.byQuote.get(Number(params.quote)) || [])[0];
    if (el) {
      el.classList.add("sel-quote");
      el.scrollIntoView({ block: "center" });
    }
  }
  return picked;
}
