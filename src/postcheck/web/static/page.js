// postcheck's page: check the draft as the writer types, mark findings, show scores and previews.
// Plain JavaScript with no dependencies; it talks only to the server that served it.
"use strict";

const setup = JSON.parse(document.getElementById("setup").textContent);
const $ = (id) => document.getElementById(id);
const draft = $("draft");
const highlights = $("highlights");
const card = $("card");

let lang = setup.lang;
let findings = [];
let reports = [];
let shown = "";               // the text the findings belong to
let file = { path: null, stamp: null, saved: "" };
let scoredChannel = null;     // whose scores the panel shows when there are several channels
let timer = null;
let inFlight = null;
let sequence = 0;

// ---- interface text ------------------------------------------------------------------------

function t(key, values = {}) {
  let text = setup.strings[lang][key] ?? key;
  for (const [name, value] of Object.entries(values)) text = text.replace(`{${name}}`, value);
  return text;
}

function relabel() {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  draft.placeholder = t("placeholder");
  draft.setAttribute("aria-label", t("draft"));
  if (!file.path) $("file-name").textContent = t("new_text");
}

function say(message, problem = false) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("problem", problem);
}

function element(tag, attributes = {}, ...children) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "className") made.className = value;
    else if (name.startsWith("on")) made.addEventListener(name.slice(2), value);
    else made.setAttribute(name, value);
  }
  made.append(...children.filter((child) => child !== null && child !== undefined));
  return made;
}

// ---- talking to the server -----------------------------------------------------------------

async function call(url, body, signal) {
  const options = body === undefined ? { signal } : {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    signal,
  };
  const response = await fetch(url, options);
  const data = await response.json();
  if (!response.ok) {
    const error = new Error(data.error || response.statusText);
    error.status = response.status;
    throw error;
  }
  return data;
}

function request() {
  const channels = [...document.querySelectorAll("input[name=channel]:checked")].map((box) => box.value);
  return {
    text: draft.value,
    path: file.path,
    channels,
    audience: $("audience").value,
    type: $("type").value,
    lang: $("lang").value,
  };
}

function schedule(delay = 300) {
  clearTimeout(timer);
  timer = setTimeout(check, delay);
}

async function check() {
  if (inFlight) inFlight.abort();        // the latest request wins
  const controller = new AbortController();
  inFlight = controller;
  const mine = ++sequence;
  const sent = request();
  say(t("checking"));
  try {
    const data = await call("api/check", sent, controller.signal);
    if (mine !== sequence || draft.value !== sent.text) return;
    show(data, sent.text);
  } catch (error) {
    if (error.name === "AbortError") return;
    if (mine === sequence) say(`${t("error")}: ${error.message}`, true);
  }
}

// ---- marks in the text ---------------------------------------------------------------------

function show(data, text) {
  findings = data.findings;
  reports = data.reports;
  shown = text;
  if (!setup.fixedLang && setup.strings[data.lang] && data.lang !== lang) {
    lang = data.lang;
    relabel();
  }
  say(t("checked", { n: findings.length }));
  drawMarks();
  drawFindings();
  drawScores();
  drawMetrics();
  drawPreviews();
  if (card.dataset.index) card.hidden = true;  // the finding it showed may have moved
}

// While a check is on its way, the marks follow the text: those after an edit move with it,
// those the edit touches are dropped until the check returns.
function follow() {
  const text = draft.value;
  let head = 0;
  while (head < text.length && head < shown.length && text[head] === shown[head]) head += 1;
  let tail = 0;
  while (tail < text.length - head && tail < shown.length - head &&
         text[text.length - 1 - tail] === shown[shown.length - 1 - tail]) tail += 1;
  const oldEnd = shown.length - tail;
  const delta = text.length - shown.length;
  const moved = (at) => (at >= oldEnd ? at + delta : at);
  findings = findings.filter((f) => f.end <= head || f.start >= oldEnd).map((f) => ({
    ...f,
    start: moved(f.start),
    end: moved(f.end),
    // a suppression comment goes at a line start: one inside the edit waits for the check
    ignore: f.ignore.every((edit) => edit.at <= head || edit.at >= oldEnd)
      ? f.ignore.map((edit) => ({ ...edit, at: moved(edit.at) })) : [],
  }));
  shown = text;
  drawMarks();
}

function drawMarks() {
  const text = draft.value;
  const marked = findings.filter((f) => f.end > f.start && f.end <= text.length);
  const bounds = new Set([0, text.length]);
  for (const f of marked) { bounds.add(f.start); bounds.add(f.end); }
  const points = [...bounds].sort((a, b) => a - b);
  const pieces = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    // Where findings overlap, the narrowest shows: a misspelt word inside a long sentence.
    const over = marked.filter((f) => f.start <= from && f.end >= to)
      .reduce((best, f) => (!best || f.end - f.start < best.end - best.start ? f : best), null);
    if (!over) { pieces.append(piece); continue; }
    pieces.append(element("mark", { className: `c-${over.criterion} s-${over.severity}` }, piece));
  }
  pieces.append("\n");  // the last line keeps its height
  highlights.replaceChildren(pieces);
  syncScroll();
}

function syncScroll() {
  highlights.parentElement.scrollTop = draft.scrollTop;
  highlights.parentElement.scrollLeft = draft.scrollLeft;
}

function lineOf(f) { return `${t("line")} ${f.line}`; }

function drawFindings() {
  const list = $("findings");
  if (!findings.length) { list.replaceChildren(element("li", {}, t("no_findings"))); return; }
  list.replaceChildren(...findings.map((f, index) => element("li", { className: `c-${f.criterion}` },
    element("button", {
      type: "button",
      className: `finding s-${f.severity}`,
      onclick: () => { select(f); openCard(index, true); },
    },
    element("span", { className: "where" }, lineOf(f)),
    element("span", { className: `severity s-${f.severity}` }, t("severities")[f.severity]),
    element("span", { className: "criterion" }, t("criteria")[f.criterion]),
    element("span", { className: "message" }, f.message)))));
}

function select(f) {
  draft.focus();
  draft.setSelectionRange(f.start, f.end);
}

// ---- the card of a finding -----------------------------------------------------------------

function openCard(index, focus = false) {
  const f = findings[index];
  const parts = [
    element("h3", { id: "card-title" },
      element("span", { className: `badge s-${f.severity}` }, t("severities")[f.severity]), " ",
      `${t("criteria")[f.criterion]} · ${f.rule} ${f.name} · ${lineOf(f)}`),
    element("p", { className: "message" }, f.message),
  ];
  if (f.manual) {
    parts.push(element("p", {}, element("strong", {}, `${t("why")}: `), `${f.manual.summary} ${f.manual.why}`));
    if (f.manual.fix) parts.push(element("p", {}, element("strong", {}, `${t("what_to_do")}: `), f.manual.fix));
  }
  const replacements = f.fix !== null && f.fix !== undefined && !f.suggestions.includes(f.fix)
    ? [f.fix, ...f.suggestions] : f.suggestions;
  if (replacements.length) {
    parts.push(element("div", { className: "suggestions", role: "group", "aria-label": t("suggestions") },
      ...replacements.map((word, position) => element("button", {
        type: "button",
        className: position === 0 ? "suggestion preferred" : "suggestion",
        onclick: () => { replace(f.start, f.end, word); closeCard(); },
      }, word === "" ? "∅" : word))));
  }
  const actions = [element("button", { type: "button", onclick: () => ignore(f) }, t("ignore_here"))];
  if (f.vocabulary) {
    if (setup.vocabularyFile) {
      actions.push(element("button", { type: "button", onclick: () => addToTeam(f.vocabulary) }, t("add_team")));
    }
    actions.push(element("button", { type: "button", onclick: () => addToDraft(f.vocabulary) }, t("add_draft")));
  }
  actions.push(element("button", { type: "button", className: "close", onclick: closeCard }, t("close")));
  parts.push(element("div", { className: "actions" }, ...actions));
  card.replaceChildren(...parts);
  card.className = `card c-${f.criterion}`;
  card.dataset.index = String(index);
  card.hidden = false;
  if (focus) card.focus();
}

function closeCard() {
  card.hidden = true;
  draft.focus();
}

function cardAtCaret() {
  const at = draft.selectionStart;
  if (draft.selectionEnd !== at && !card.hidden) return;
  const index = findings.findIndex((f) => f.end > f.start && f.start <= at && at <= f.end);
  if (index === -1) card.hidden = true;
  else openCard(index);
}

// ---- changing the text (each change can be undone with Ctrl-Z) -----------------------------

function replace(start, end, text) {
  draft.focus();
  draft.setSelectionRange(start, end);
  const done = text === "" ? document.execCommand("delete") : document.execCommand("insertText", false, text);
  if (!done) {
    draft.setRangeText(text, start, end, "end");
    changed();
  }
}

function replaceAll(text) {
  if (text === draft.value) return;
  replace(0, draft.value.length, text);
}

function ignore(f) {
  if (!f.ignore.length) { schedule(0); return; }  // the text moved under it: check again first
  for (const edit of f.ignore) replace(edit.at, edit.at, edit.insert);
  closeCard();
  schedule(0);
}

// An answer about a text the writer has changed since is not applied: nothing typed is lost.
function stillCurrent(sent) {
  if (draft.value === sent) return true;
  say(t("changed_meanwhile"), true);
  return false;
}

async function fixAll() {
  try {
    const sent = request();
    const data = await call("api/fix", sent);
    if (!stillCurrent(sent.text)) return;
    replaceAll(data.text);
    say(data.applied ? t("fixed", { n: data.applied }) : t("nothing_to_fix"));
  } catch (error) { say(`${t("error")}: ${error.message}`, true); }
}

async function addToTeam(word) {
  try {
    await call("api/vocab", { word, path: file.path });
    closeCard();
    say(t("added", { word }));
    schedule(0);
  } catch (error) { say(`${t("error")}: ${error.message}`, true); }
}

async function addToDraft(word) {
  try {
    const sent = draft.value;
    const data = await call("api/draft-vocab", { text: sent, word });
    if (!stillCurrent(sent)) return;
    replaceAll(data.text);
    closeCard();
    say(t("added", { word }));
  } catch (error) { say(`${t("error")}: ${error.message}`, true); }
}

// ---- scores, metrics, previews -------------------------------------------------------------

function band(name) {
  if (!name) return element("span", { className: "band" }, "–");
  const sign = { green: "✓", yellow: "!", red: "✗" }[name];
  return element("span", { className: `band b-${name}` }, `${sign} ${t("bands")[name]}`);
}

function points(item) {
  const value = Math.round(item.points * 10) / 10;
  const shownValue = item.of === null ? `${value}` : `+${value}/${item.of}`;
  const rule = item.rule ? ` (${item.rule}${item.line ? `, ${t("line")} ${item.line}` : ""})` : "";
  return element("li", { className: item.points < 0 || (item.of !== null && item.points < item.of) ? "cost" : "earned" },
    element("span", { className: "points" }, shownValue), ` ${item.reason}${rule}`);
}

function scored() {
  return reports.find((report) => report.channel === scoredChannel) ?? reports[0];
}

function drawScores() {
  const report = scored();
  const box = $("scores");
  if (!report || report.score === null) { box.replaceChildren(element("p", {}, "–")); return; }
  const parts = [];
  if (reports.length > 1) {
    parts.push(element("div", { className: "switch", role: "group", "aria-label": t("channels") },
      ...reports.map((other) => element("button", {
        type: "button",
        "aria-pressed": String(other === report),
        onclick: () => { scoredChannel = other.channel; drawScores(); drawMetrics(); },
      }, other.preview.title ?? other.channel))));
  }
  parts.push(element("p", { className: "overall" },
    element("span", { className: "label" }, t("overall")), " ",
    element("span", { className: "score", id: "overall-score" }, String(report.score)), " ", band(report.band)));
  if (report.blockers.length) parts.push(element("p", { className: "blockers" }, `${t("capped_by")}: ${report.blockers.join(", ")}`));
  for (const criterion of setup.criteria) {
    const name = t("criteria")[criterion];
    const score = report.scores[criterion];
    const items = report.assessments.filter((item) => item.criterion === criterion);
    const counted = report.counted.includes(criterion);
    parts.push(element("details", { className: `criterion c-${criterion}`, "data-criterion": criterion },
      element("summary", {}, element("span", { className: "name" }, name), " ",
        element("span", { className: "score" }, String(score)), " ", band(report.bands[criterion]),
        counted ? null : element("span", { className: "note" }, ` (${t("not_counted")})`)),
      element("ul", {}, ...items.map(points))));
  }
  box.replaceChildren(...parts);
}

function drawMetrics() {
  const report = scored();
  const box = $("metrics");
  if (!report) { box.replaceChildren(); return; }
  const m = report.metrics;
  const rows = [[t("words"), m.words], [t("reading_time"), `${Math.round(m.reading_time_s ?? 0)} ${t("seconds")}`]];
  if (m.lix !== undefined) rows.push(["LIX", `${Math.round(m.lix)} (${t("target")} ${report.targets.lix_max})`]);
  if (m.wiio !== undefined) rows.push(["Wiio", `${m.wiio.toFixed(1)} (${t("target")} ${report.targets.wiio_max})`]);
  box.replaceChildren(...rows.flatMap(([name, value]) => [element("dt", {}, name), element("dd", {}, String(value))]));
}

function drawPreviews() {
  const box = $("previews");
  const cards = reports.filter((report) => report.preview.channel).map((report) => {
    const p = report.preview;
    const over = p.limit !== null && p.length > p.limit;
    const counter = element("span", { className: over ? "counter over" : "counter" },
      p.limit === null ? String(p.length) : `${p.length} / ${p.limit}`, over ? ` – ${t("over_limit")}` : null);
    let body;
    if (p.markdown) {
      body = element("div", { className: "post markdown" });
      body.innerHTML = p.html;  // rendered by the server with raw HTML escaped
    } else if (p.fold !== null && p.fold < p.text.length) {
      body = element("div", { className: "post plain" }, p.text.slice(0, p.fold),
        element("span", { className: "fold" }, t("see_more")),
        element("span", { className: "after-fold" }, p.text.slice(p.fold)));
    } else {
      body = element("div", { className: "post plain" }, p.text);
    }
    return element("article", { className: "preview", "data-channel": p.channel },
      element("header", {}, element("strong", {}, p.title), " ", counter, " ",
        element("span", { className: "channel-score" }, `${t("overall")} ${report.score ?? "–"} `, band(report.band))),
      body);
  });
  box.replaceChildren(...(cards.length ? cards : [element("p", {}, t("no_channel"))]));
}

// ---- files ---------------------------------------------------------------------------------

function dirty() { return file.path !== null && draft.value !== file.saved; }

function markDirty() {
  const save = $("save");
  if (save) save.disabled = !dirty();
  $("file-name").textContent = file.path ? `${file.path}${dirty() ? " •" : ""}` : t("new_text");
  $("file-name").title = dirty() ? t("unsaved") : "";
}

async function loadFiles() {
  const list = $("file-list");
  if (!list) return;
  try {
    const data = await call("api/files");
    list.replaceChildren(...(data.drafts.length ? data.drafts.map((item) => element("li", {},
      element("button", { type: "button", className: "file", "data-path": item.path, onclick: () => openFile(item.path) },
        element("span", { className: "path" }, item.path), " ",
        element("span", { className: "file-score" }, item.score === null ? "–" : String(item.score)), " ",
        band(item.band)))) : [element("li", {}, t("no_files"))]));
  } catch (error) { say(`${t("error")}: ${error.message}`, true); }
}

async function openFile(path) {
  if (dirty() && !window.confirm(t("discard"))) return;
  try {
    const data = await call(`api/file?path=${encodeURIComponent(path)}`);
    file = { path: data.path, stamp: data.stamp, saved: data.text };
    draft.value = data.text;
    shown = data.text;
    findings = [];
    drawMarks();
    markDirty();
    check();
  } catch (error) { say(`${t("error")}: ${error.message}`, true); }
}

async function save() {
  if (!file.path) return;
  const text = draft.value;
  try {
    const data = await call("api/file", { path: file.path, text, stamp: file.stamp });
    file = { path: data.path, stamp: data.stamp, saved: text };
    markDirty();
    say(t("saved"));
    loadFiles();
  } catch (error) {
    say(`${t("error")}: ${error.message}`, true);
    if (error.status === 409) {
      card.replaceChildren(element("p", { className: "message" }, error.message),
        element("div", { className: "actions" },
          element("button", { type: "button", onclick: () => openFile(file.path) }, t("conflict_reload")),
          element("button", { type: "button", className: "close", onclick: closeCard }, t("close"))));
      card.className = "card conflict";
      card.dataset.index = "";
      card.hidden = false;
      card.focus();
    }
  }
}

// ---- wiring --------------------------------------------------------------------------------

function changed() {
  follow();
  markDirty();
  schedule();
}

draft.addEventListener("input", changed);
draft.addEventListener("scroll", syncScroll);
draft.addEventListener("click", cardAtCaret);
draft.addEventListener("keyup", (event) => {
  if (event.key.startsWith("Arrow") || event.key === "Home" || event.key === "End") cardAtCaret();
});
card.addEventListener("keydown", (event) => { if (event.key === "Escape") closeCard(); });
draft.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !card.hidden) card.hidden = true;
  if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(); }
});
for (const control of document.querySelectorAll("input[name=channel], select")) {
  control.addEventListener("change", () => schedule(0));
}
$("fix-all").addEventListener("click", fixAll);
if ($("save")) $("save").addEventListener("click", save);
window.addEventListener("beforeunload", (event) => { if (dirty()) event.preventDefault(); });

relabel();
drawMarks();
loadFiles();
