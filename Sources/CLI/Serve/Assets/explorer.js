// The Didar explorer page. Everything it shows comes from the JSON endpoints (docs/web-api.md) and
// is put on screen with textContent or DOM nodes — never innerHTML with data — so no name or
// sentence from an article can inject markup. The only markup taken from the server is the network
// SVG drawn by Graphviz, parsed as XML (DOMParser never runs scripts) and adopted node by node.
"use strict";
// Separators are " | ", never a middle dot: "·" looks exactly like the Persian zero "۰".

const LABELS = {
  fa: {
    title: "دیدار", tagline: "چه کسی با چه کسی دیدار کرد — از روی خبرها، با شاهد",
    searchHeading: "جستجوی افراد", searchLabel: "نام شخص", searchPlaceholder: "مثلاً علوی", searchButton: "جستجو",
    overviewHeading: "در این مجموعه", topPeople: "پرتماس‌ترین افراد",
    since: "از تاریخ", until: "تا تاریخ", minMeetings: "حداقل دیدار", depth: "عمق شبکه", apply: "اعمال",
    reset: "حذف فیلترها", network: "شبکهٔ دیدارها", networkHint: "روی هر نام در شبکه کلیک کنید تا کارت او باز شود.",
    download: "دریافت همین نما:", legendPerson: "شخص", legendInstitution: "نهاد", legendGroup: "گروه",
    legendUnnamed: "صاحب‌سمت بی‌نام", roles: "سمت‌ها در طول زمان", role: "سمت", institution: "نهاد", period: "بازه",
    noRoles: "سمتی در نهادی ثبت نشده است.", contacts: "دیدارها", noContacts: "در این بازه دیداری ثبت نشده است.",
    footer: "دیدار: قاعده‌های دست‌نویس و شفاف؛ هر پیوند با جملهٔ شاهدش.",
    meetings: (n) => `${num(n)} دیدار`, contactsCount: (n) => `${num(n)} طرف دیدار`,
    seen: (a, b) => `دیده‌شده ${range(a, b)}`, aliases: "نام‌های دیگر: ", titles: "عنوان‌ها: ",
    noResults: (q) => `کسی با نام «${q}» پیدا نشد.`, searching: "در حال جستجو…", loading: "در حال بارگذاری…",
    drawing: "در حال رسم شبکه…", former: "سابق", articleFallback: "خبر",
    counts: (o) => `${num(o.documents)} خبر، ${num(o.people)} شخص، ${num(o.institutions)} نهاد، ${num(o.meetings)} دیدار` +
      (o.firstDate ? ` (${range(o.firstDate, o.lastDate)})` : ""),
    match: { full: "نام کامل", surname: "نام خانوادگی", role: "سمت", tokens: "بخشی از نام" },
    didYouMean: "شاید منظورتان این بود: ", inPlace: (p) => `در ${p}`, rule: "قاعده",
    error: "خطا: ", langButton: "English",
  },
  en: {
    title: "Didar", tagline: "Who met whom in Persian news — with the evidence",
    searchHeading: "Search people", searchLabel: "Name", searchPlaceholder: "e.g. علوی", searchButton: "Search",
    overviewHeading: "In this corpus", topPeople: "Most connected people",
    since: "From", until: "To", minMeetings: "Min. meetings", depth: "Network depth", apply: "Apply",
    reset: "Clear filters", network: "Meeting network", networkHint: "Click a name in the network to open that person.",
    download: "Download this view:", legendPerson: "person", legendInstitution: "institution", legendGroup: "group",
    legendUnnamed: "unnamed role-holder", roles: "Roles over time", role: "Role", institution: "Institution", period: "Period",
    noRoles: "No role at an institution recorded.", contacts: "Meetings", noContacts: "No meetings recorded in this range.",
    footer: "Didar: hand-written, explainable rules; every link with its evidence sentence.",
    meetings: (n) => `${num(n)} meeting${n === 1 ? "" : "s"}`, contactsCount: (n) => `${num(n)} contact${n === 1 ? "" : "s"}`,
    seen: (a, b) => `seen ${range(a, b)}`, aliases: "Also written: ", titles: "Titles: ",
    noResults: (q) => `Nobody named “${q}” was found.`, searching: "Searching…", loading: "Loading…",
    drawing: "Drawing the network…", former: "former", articleFallback: "article",
    counts: (o) => `${num(o.documents)} articles, ${num(o.people)} people, ${num(o.institutions)} institutions, ` +
      `${num(o.meetings)} meetings` + (o.firstDate ? ` (${range(o.firstDate, o.lastDate)})` : ""),
    match: { full: "full name", surname: "surname", role: "role", tokens: "part of a name" },
    didYouMean: "Did you mean: ", inPlace: (p) => `in ${p}`, rule: "rule",
    error: "Error: ", langButton: "فارسی",
  },
};

let lang = localStorage.getItem("didar.lang") === "en" ? "en" : "fa";
let current = null; // { id, filter } of the card on screen
const $ = (id) => document.getElementById(id);
const t = (key) => LABELS[lang][key];

function num(n) {
  return new Intl.NumberFormat(lang === "fa" ? "fa-IR" : "en-US").format(n);
}

/** An ISO date as written in the store, with the Persian (solar hijri) date beside it in Persian mode. */
function formatDate(iso) {
  if (!iso) return "";
  if (lang !== "fa") return iso;
  const d = new Date(iso + "T12:00:00Z");
  if (isNaN(d)) return iso;
  const persian = new Intl.DateTimeFormat("fa-IR-u-ca-persian", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(d);
  // The ISO date is isolated left-to-right (U+2066 … U+2069), or right-to-left text would show 24-11-2021.
  return `${persian} \u2066(${iso})\u2069`;
}

function range(a, b) {
  if (!a && !b) return "";
  if (!b || a === b) return formatDate(a || b);
  return `${formatDate(a)} – ${formatDate(b)}`;
}

function applyLanguage() {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === "fa" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  $("lang-toggle").textContent = t("langButton");
  document.title = lang === "fa" ? "دیدار — چه کسی با چه کسی دیدار کرد" : "Didar — who met whom";
}

function showMessage(text, isError) {
  const el = $("message");
  el.hidden = !text;
  el.textContent = text || "";
  el.classList.toggle("error", !!isError);
}

/** GET a JSON endpoint; a non-2xx answer throws with the server's `error` sentence. */
async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) throw new Error((body && body.error) || `HTTP ${response.status}`);
  return body;
}

function filterQuery(filter) {
  const params = new URLSearchParams();
  if (filter.since) params.set("since", filter.since);
  if (filter.until) params.set("until", filter.until);
  if (filter.min && filter.min > 1) params.set("min", String(filter.min));
  if (filter.depth && filter.depth > 1) params.set("depth", String(filter.depth));
  return params.toString();
}

function roleText(person) {
  const parts = [];
  if (person.role) parts.push(person.role);
  if (person.institution && !(person.role || "").includes(person.institution)) parts.push(person.institution);
  if (lang === "en" && person.roleGloss) parts.push(`(${person.roleGloss})`);
  return parts.join(" — ");
}

// ---------------------------------------------------------------- search

function renderPeople(list, people, matchOf) {
  list.replaceChildren();
  for (const [index, person] of people.entries()) {
    const item = $("result-template").content.firstElementChild.cloneNode(true);
    const button = item.querySelector("button");
    button.dataset.id = person.id;
    item.querySelector(".name").textContent = person.label;
    item.querySelector(".role").textContent = roleText(person);
    const match = matchOf && matchOf(index) ? ` | ${t("match")[matchOf(index)] || ""}` : "";
    item.querySelector(".count").textContent = t("meetings")(person.meetings) + match;
    button.addEventListener("click", () => openPerson(person.id, {}));
    list.append(item);
  }
}

/** «Did you mean»: each suggested name is a button that searches it. */
function showSuggestions(suggestions) {
  const el = $("message");
  el.hidden = false;
  el.append(document.createElement("br"), document.createTextNode(t("didYouMean")));
  for (const suggestion of suggestions) {
    for (const label of suggestion.labels) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.textContent = label;
      button.addEventListener("click", () => { location.hash = `#/search/${encodeURIComponent(label)}`; });
      el.append(button, document.createTextNode(" "));
    }
  }
}

async function search(query) {
  query = query.trim();
  if (!query) return;
  $("q").value = query;
  showMessage(t("searching"));
  try {
    const answer = await api(`/api/search?q=${encodeURIComponent(query)}`);
    const people = answer.candidates.map((c) => c.person);
    renderPeople($("results"), people, () => answer.match);
    showMessage(people.length ? "" : t("noResults")(query));
    if (!people.length && answer.suggestions.length) showSuggestions(answer.suggestions);
    // One clear answer: open it straight away, as `didar query` would.
    if (answer.candidates.length === 1) openPerson(people[0].id, {});
  } catch (error) {
    showMessage(t("error") + error.message, true);
  }
}

// ---------------------------------------------------------------- person card

function openPerson(id, filter) {
  const hash = `#/person/${id}` + (filterQuery(filter) ? `?${filterQuery(filter)}` : "");
  if (location.hash !== hash) location.hash = hash; else route();
}

async function showPerson(id, filter) {
  current = { id, filter };
  showMessage(t("loading"));
  let card;
  try {
    card = await api(`/api/person/${encodeURIComponent(id)}?${filterQuery(filter)}`);
  } catch (error) {
    showMessage(t("error") + error.message, true);
    return;
  }
  if (!current || current.id !== id) return; // another person was opened meanwhile
  showMessage("");
  $("overview").hidden = true;
  $("card").hidden = false;
  renderCard(card);
  drawNetwork(card, filter);
}

function renderCard(card) {
  const person = card.person;
  $("person-name").textContent = person.label;
  $("person-role").textContent = roleText(person);
  $("person-meta").textContent = [t("meetings")(person.meetings), t("contactsCount")(person.contacts),
    person.firstSeen ? t("seen")(person.firstSeen, person.lastSeen) : ""].filter(Boolean).join(" | ");
  const extra = [];
  if (card.aliases.length) extra.push(t("aliases") + card.aliases.join("، "));
  if (card.titles.length) extra.push(t("titles") + card.titles.join("، "));
  $("person-aliases").textContent = extra.join(" | ");

  $("since").value = card.filter.since || "";
  $("until").value = card.filter.until || "";
  $("min").value = String(card.filter.minMeetings);
  $("depth").value = String(card.filter.depth);

  const body = $("roles").querySelector("tbody");
  body.replaceChildren();
  for (const role of card.roles) {
    const row = document.createElement("tr");
    const cells = [
      role.role + (role.former ? ` (${t("former")})` : "") + (lang === "en" && role.roleGloss ? ` — ${role.roleGloss}` : ""),
      role.institution || "",
      range(role.firstSeen, role.lastSeen),
    ];
    for (const text of cells) {
      const cell = document.createElement("td");
      cell.textContent = text;
      cell.dir = "auto";
      row.append(cell);
    }
    body.append(row);
  }
  $("roles").hidden = card.roles.length === 0;
  $("no-roles").hidden = card.roles.length !== 0;

  const list = $("contacts");
  list.replaceChildren();
  for (const contact of card.contacts) list.append(renderContact(contact));
  $("no-contacts").hidden = card.contacts.length !== 0;
}

function renderContact(contact) {
  const item = $("contact-template").content.firstElementChild.cloneNode(true);
  const name = item.querySelector(".contact-name");
  name.textContent = contact.person.label;
  name.dataset.id = contact.person.id;
  name.addEventListener("click", () => openPerson(contact.person.id, current ? current.filter : {}));
  item.querySelector(".role").textContent = roleText(contact.person);
  item.querySelector(".count").textContent = [t("meetings")(contact.meetings), range(contact.firstDate, contact.lastDate)]
    .filter(Boolean).join(" | ");
  const evidence = item.querySelector(".evidence");
  for (const e of contact.evidence) evidence.append(renderEvidence(e));
  return item;
}

/** The sentence with its highlights as <mark> elements; offsets are Unicode scalars, as Array.from splits. */
function renderEvidence(e) {
  const item = $("evidence-template").content.firstElementChild.cloneNode(true);
  const quote = item.querySelector(".sentence");
  const scalars = Array.from(e.text);
  let at = 0;
  for (const h of e.highlights) {
    if (h.start < at || h.end > scalars.length) continue;
    quote.append(document.createTextNode(scalars.slice(at, h.start).join("")));
    const mark = document.createElement("mark");
    mark.className = h.kind;
    mark.textContent = scalars.slice(h.start, h.end).join("");
    quote.append(mark);
    at = h.end;
  }
  quote.append(document.createTextNode(scalars.slice(at).join("")));
  const time = item.querySelector("time");
  time.textContent = [formatDate(e.date), e.place ? t("inPlace")(e.place) : ""].filter(Boolean).join(" | ");
  if (e.date) time.dateTime = e.date;
  item.querySelector(".sep").hidden = !time.textContent;
  const link = item.querySelector("a.article");
  link.textContent = e.title || t("articleFallback");
  if (e.url) link.href = e.url; else link.removeAttribute("href");
  item.querySelector(".document").textContent = `[${e.document}]`;
  // The rule that found the meeting, so a researcher who doubts the link knows what to check (docs/rules.md).
  if (e.rule) {
    item.querySelector(".rule").hidden = false;
    item.querySelector(".rule-id").textContent = `${t("rule")}: ${e.rule}`;
    item.querySelector(".rule-source").textContent = e.ruleSource ? `(${e.ruleSource})` : "";
  }
  return item;
}

// ---------------------------------------------------------------- network

async function drawNetwork(card, filter) {
  const id = card.person.id;
  const query = filterQuery(filter);
  const base = `/api/person/${encodeURIComponent(id)}/network`;
  for (const format of ["svg", "png", "graphml"]) {
    $(`download-${format}`).href = `${base}.${format}?${query}${query ? "&" : ""}download=1`;
  }
  const box = $("network");
  const advice = $("network-advice");
  box.replaceChildren();
  advice.hidden = true;
  if (!card.network.drawable) {
    advice.textContent = card.network.advice;
    advice.hidden = false;
    return;
  }
  box.textContent = t("drawing");
  try {
    const response = await fetch(`${base}.svg?${query}`);
    if (!response.ok) {
      let message = `HTTP ${response.status}`;
      try { message = (await response.json()).error || message; } catch (_) { /* keep the status */ }
      throw new Error(message);
    }
    const text = await response.text();
    if (!current || current.id !== id) return;
    const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
    const svg = parsed.documentElement;
    if (svg.nodeName !== "svg") throw new Error("the drawing could not be read");
    for (const script of svg.querySelectorAll("script, foreignObject")) script.remove();
    const adopted = document.importNode(svg, true);
    // Graphviz's width/height (in pt) keep a small network small; CSS caps the width and
    // the viewBox keeps the proportions when a large one is scaled down.
    adopted.setAttribute("role", "img");
    adopted.setAttribute("aria-label", card.person.label);
    box.replaceChildren(adopted);
    for (const node of adopted.querySelectorAll("g.node[data-node]")) {
      const nodeID = node.getAttribute("data-node");
      node.classList.add("clickable");
      if (nodeID === id) node.classList.add("ego");
      // Graphviz wraps nodes with a tooltip in <a>; clicking must open the card, not follow a link.
      node.addEventListener("click", (event) => {
        event.preventDefault();
        openPerson(nodeID, current ? current.filter : {});
      });
    }
  } catch (error) {
    box.replaceChildren();
    advice.textContent = t("error") + error.message;
    advice.hidden = false;
  }
}

// ---------------------------------------------------------------- start page and routing

async function showOverview() {
  current = null;
  $("card").hidden = true;
  try {
    const overview = await api("/api/stats");
    $("overview-counts").textContent = t("counts")(overview);
    renderPeople($("top-people"), overview.topPeople, null);
    $("overview").hidden = false;
  } catch (error) {
    showMessage(t("error") + error.message, true);
  }
}

/** Reads the hash: `#/person/ID?since=…`, `#/search/NAME`, or the start page. */
function route() {
  let hash = "";
  try { hash = decodeURIComponent(location.hash.slice(1)); } catch (_) { hash = ""; } // a malformed %-escape: start page
  const person = /^\/person\/([a-z]{1,2}_[0-9a-f]{16})(?:\?(.*))?$/.exec(hash);
  if (person) {
    const params = new URLSearchParams(person[2] || "");
    showPerson(person[1], {
      since: params.get("since") || "", until: params.get("until") || "",
      min: parseInt(params.get("min") || "1", 10) || 1, depth: parseInt(params.get("depth") || "1", 10) || 1,
    });
    return;
  }
  const query = /^\/search\/(.+)$/.exec(hash);
  if (query) { search(query[1]); return; }
  showOverview();
}

document.addEventListener("DOMContentLoaded", () => {
  applyLanguage();
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const query = $("q").value.trim();
    if (!query) return;
    const hash = `#/search/${encodeURIComponent(query)}`;
    if (location.hash !== hash) location.hash = hash; else search(query);
  });
  $("filter-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (!current) return;
    openPerson(current.id, {
      since: $("since").value, until: $("until").value,
      min: parseInt($("min").value, 10) || 1, depth: parseInt($("depth").value, 10) || 1,
    });
  });
  $("filter-reset").addEventListener("click", () => { if (current) openPerson(current.id, {}); });
  $("lang-toggle").addEventListener("click", () => {
    lang = lang === "fa" ? "en" : "fa";
    localStorage.setItem("didar.lang", lang);
    applyLanguage();
    route();
  });
  window.addEventListener("hashchange", route);
  route();
});
