// Session editor: the form, the script checked while typing with findings marked in place, submit for
// review, and the review outcome (findings, the officer's note) arriving by polling the API.

import { _, api, apiList, badge, el, errorText, formatDateTime, interpolate, ngettext } from "./api.js";
import { kindName, ruleName, severityName } from "./labels.js";
import { blockers as blockersOf, session as sessionShape } from "./shapes.js";
import { fromZonedInput, toZonedInput, zoneLabel } from "./time.js";

const CHECK_DEBOUNCE_MS = 350;
const POLL_MS = 2000;

const root = document.getElementById("editor");
const form = document.getElementById("session-form");
const fields = {
  studio: document.getElementById("f-studio"),
  title: document.getElementById("f-title"),
  description: document.getElementById("f-description"),
  start: document.getElementById("f-start"),
  end: document.getElementById("f-end"),
  script: document.getElementById("f-script"),
  visibility: document.getElementById("f-visibility"),
  playback: document.getElementById("f-playback"),
};
const mirror = document.getElementById("script-mirror");
const findingsList = document.getElementById("findings");
const noFindings = document.getElementById("no-findings");
const checkStatus = document.getElementById("check-status");
const formError = document.getElementById("form-error");
const saveStatus = document.getElementById("save-status");
const submitButton = document.getElementById("submit-button");
const productsBox = document.getElementById("products");

let sessionId = root.dataset.sessionId ? Number(root.dataset.sessionId) : null;
let current = null; // the session as the API last returned it
let findings = [];
let lastSubmissions = [];

// ---------------------------------------------------------------- datetime-local <-> ISO, in the studio's zone

const toLocalInput = toZonedInput;
const fromLocalInput = fromZonedInput;
document.getElementById("zone-hint").textContent = interpolate(_("Times are in the studio's time zone: %(zone)s."),
  { zone: zoneLabel() });

// ---------------------------------------------------------------- findings marked in place

// Engine offsets count code points; JavaScript strings count UTF-16 units. Map one to the other.
function codePointIndex(text) {
  const units = [0];
  let unit = 0;
  for (const char of text) {
    unit += char.length;
    units.push(unit);
  }
  return (cp) => units[Math.max(0, Math.min(cp, units.length - 1))];
}

function renderMirror() {
  const text = fields.script.value;
  const toUnit = codePointIndex(text);
  const spans = findings
    .map((finding, index) => ({ start: toUnit(finding.start), end: toUnit(finding.end), finding, index }))
    .filter((span) => span.end > span.start && span.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping: the list below still names it
    if (span.start > at) nodes.push(document.createTextNode(text.slice(at, span.start)));
    nodes.push(el("mark", {
      class: `finding sev-${span.finding.severity}`,
      dataset: { index: span.index, code: span.finding.code },
    }, text.slice(span.start, span.end)));
    at = span.end;
  }
  nodes.push(document.createTextNode(text.slice(at) + "\n"));
  mirror.replaceChildren(...nodes);
  mirror.scrollTop = fields.script.scrollTop;
}

function selectFinding(finding) {
  const toUnit = codePointIndex(fields.script.value);
  fields.script.focus();
  fields.script.setSelectionRange(toUnit(finding.start), toUnit(finding.end));
}

function renderFindings() {
  findingsList.replaceChildren(...findings.map((finding, index) => el(
    "li", { class: `sev-${finding.severity}`, dataset: { code: finding.code, index } },
    el("p", {}, el("strong", { class: "rule-name" }, ruleName(finding.code)), " ",
      el("span", { class: `badge status-${finding.severity === "block" ? "rejected" : "held"}` },
        severityName(finding.severity)),
      " ", el("q", {}, finding.excerpt)),
    el("p", { class: "message" }, finding.message),
    finding.suggestion ? el("p", { class: "suggestion" }, _("Suggested rewrite:"), " ", finding.suggestion) : null,
    el("button", { type: "button", class: "button small", onclick: () => selectFinding(finding) }, _("Show in script")),
  )));
  noFindings.hidden = findings.length > 0;
  renderMirror();
}

// ---------------------------------------------------------------- checking while typing

let checkTimer = null;
let checkController = null;
let checkGeneration = 0;

function selectedProductIds() {
  return [...productsBox.querySelectorAll("input[type=checkbox]:checked")].map((box) => Number(box.value));
}

async function checkScript() {
  const text = fields.script.value;
  const generation = ++checkGeneration;
  if (checkController) checkController.abort();
  checkController = new AbortController();
  if (!text.trim()) {
    findings = [];
    renderFindings();
    checkStatus.textContent = "";
    return;
  }
  checkStatus.textContent = _("Checking…");
  try {
    const result = await api("/api/compliance/check/", {
      method: "POST", signal: checkController.signal,
      body: { text, kind: "script", product_ids: selectedProductIds() },
    });
    if (generation !== checkGeneration) return; // a newer keystroke's check is on its way
    findings = result.findings || [];
    renderFindings();
    checkStatus.textContent = findings.length
      ? interpolate(ngettext("%(count)s finding in the script.", "%(count)s findings in the script.", findings.length),
        { count: findings.length })
      : _("No findings in the script.");
  } catch (error) {
    if (error.name === "AbortError") return;
    checkStatus.textContent = interpolate(_("The check failed: %(reason)s"), { reason: errorText(error) });
  }
}

function scheduleCheck() {
  renderMirror(); // keep the marks under the text while the check is pending
  clearTimeout(checkTimer);
  checkTimer = setTimeout(checkScript, CHECK_DEBOUNCE_MS);
}

fields.script.addEventListener("input", () => {
  findings = findings.filter((f) => f.end <= [...fields.script.value].length);
  scheduleCheck();
});
fields.script.addEventListener("scroll", () => { mirror.scrollTop = fields.script.scrollTop; });
productsBox.addEventListener("change", scheduleCheck);

// ---------------------------------------------------------------- load, save, submit

function payload() {
  const data = {
    title: fields.title.value.trim(),
    description: fields.description.value,
    scheduled_start: fromLocalInput(fields.start.value),
    scheduled_end: fromLocalInput(fields.end.value),
    featured_product_ids: selectedProductIds(),
    script: fields.script.value,
    visibility: fields.visibility.value,
    playback_url: fields.playback.value.trim(),
  };
  if (!sessionId) data.studio_id = Number(fields.studio.value);
  return data;
}

function showError(error) {
  formError.textContent = error ? errorText(error) : "";
  formError.hidden = !error;
}

async function save() {
  showError(null);
  saveStatus.textContent = _("Saving…");
  try {
    const saved = sessionId
      ? await api(`/api/sessions/${sessionId}/`, { method: "PATCH", body: payload() })
      : await api("/api/sessions/", { method: "POST", body: payload() });
    const wasNew = !sessionId;
    applySession(saved);
    saveStatus.textContent = _("Saved.");
    if (wasNew) history.replaceState(null, "", root.dataset.editUrlTemplate.replace("/0/", `/${sessionId}/`));
    return true;
  } catch (error) {
    saveStatus.textContent = "";
    showError(error);
    return false;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  save();
});

// ---------------------------------------------------------------- block findings: warn before submitting

const blockDialog = document.getElementById("block-warning");

async function checkText(text, kind, productIds) {
  if (!text.trim()) return [];
  const result = await api("/api/compliance/check/", { method: "POST", body: { text, kind, product_ids: productIds } });
  return (result.findings || []).filter((f) => f.severity === "block");
}

/** Everything the session would submit that an officer could not approve: [{what, finding, card}]. */
async function blockingFindings() {
  const ids = selectedProductIds();
  const announcement = [fields.title.value, fields.description.value].filter((t) => t.trim()).join("\n");
  const [script, notice, cards] = await Promise.all([
    checkText(fields.script.value, "script", ids),
    checkText(announcement, "announcement", ids),
    ids.length ? api("/api/compliance/card-check/", { method: "POST", body: { product_ids: ids } }) : [],
  ]);
  return [
    ...script.map((finding) => ({ what: kindName("script"), finding })),
    ...notice.map((finding) => ({ what: kindName("announcement"), finding })),
    ...cards.flatMap((card) => card.findings.filter((f) => f.severity === "block").map(
      (finding) => ({ what: `${kindName("product_card")} ${card.code}`, finding, card: true }))),
  ];
}

/** Resolves true when the RM still wants to submit after reading why the content will come back. */
function confirmDespiteBlocks(blocking) {
  document.getElementById("block-warning-list").replaceChildren(...blocking.map(({ what, finding }) => el(
    "li", { dataset: { code: finding.code } }, el("strong", {}, what), _(": "), ruleName(finding.code), " ",
    el("q", {}, finding.excerpt))));
  document.getElementById("block-warning-cards").hidden = !blocking.some((b) => b.card);
  blockDialog.returnValue = "";
  blockDialog.showModal();
  return new Promise((resolve) => {
    blockDialog.addEventListener("close", () => resolve(blockDialog.returnValue === "submit"), { once: true });
  });
}

submitButton.addEventListener("click", async () => {
  if (!(await save())) return;
  let blocking = [];
  try {
    blocking = await blockingFindings();
  } catch {
    blocking = []; // the check is advice here; the submission is checked again by the gate
  }
  if (blocking.length && !(await confirmDespiteBlocks(blocking))) {
    saveStatus.textContent = _("Not submitted: fix the findings that block publishing first.");
    return;
  }
  try {
    saveStatus.textContent = _("Submitting…");
    const submitted = await api(`/api/sessions/${sessionId}/submit/`, { method: "POST", body: {} });
    if (submitted && submitted.id) applySession(submitted);
    saveStatus.textContent = _("Submitted for review.");
    await refreshReview();
    startPolling();
  } catch (error) {
    saveStatus.textContent = "";
    showError(error);
  }
});

function applySession(data) {
  current = sessionShape(data);
  sessionId = current.id;
  document.getElementById("studio-field").hidden = true;
  const state = document.getElementById("session-state");
  state.replaceChildren(_("State:"), " ", badge(current.state));
  document.getElementById("resubmit-hint").hidden = current.state !== "approved";
  const frozen = ["live", "ended"].includes(current.state);
  document.getElementById("frozen-hint").hidden = !frozen;
  document.getElementById("save-button").disabled = frozen;
  submitButton.disabled = frozen;
  const consoleLink = document.getElementById("console-link");
  consoleLink.href = root.dataset.consoleUrlTemplate.replace("/0/", `/${sessionId}/`);
  consoleLink.hidden = !["approved", "live"].includes(current.state);
  const landingLink = document.getElementById("landing-link");
  landingLink.href = root.dataset.landingUrlTemplate.replace("/0/", `/${sessionId}/`);
  landingLink.hidden = !["approved", "live", "ended"].includes(current.state);
  renderBlockers(blockersOf(current, lastSubmissions));
}

function fillForm() {
  fields.title.value = current.title;
  fields.description.value = current.description;
  fields.start.value = toLocalInput(current.scheduledStart);
  fields.end.value = toLocalInput(current.scheduledEnd);
  fields.script.value = current.script;
  fields.visibility.value = current.raw.visibility || "public";
  fields.playback.value = current.playbackUrl;
  const chosen = new Set(current.products.map((p) => p.id));
  for (const box of productsBox.querySelectorAll("input[type=checkbox]")) box.checked = chosen.has(Number(box.value));
}

function renderBlockers(blockers) {
  const list = document.getElementById("blockers");
  const items = (blockers || []).map((b) => el("li", { dataset: { code: b.code || "" } }, b.message || String(b)));
  if (!items.length) items.push(el("li", { class: "ok" }, current && ["approved", "live", "ended"].includes(current.state)
    ? _("Nothing: the session is approved.") : _("Save the session, then submit it for review.")));
  list.replaceChildren(...items);
}

// ---------------------------------------------------------------- review outcome (polling)

let pollTimer = null;

function startPolling() {
  clearInterval(pollTimer);
  pollTimer = setInterval(refreshReview, POLL_MS);
}


async function refreshReview() {
  if (!sessionId) return;
  try {
    const [fresh, submissions] = await Promise.all([
      api(`/api/sessions/${sessionId}/`),
      apiList(`/api/submissions/?session=${sessionId}`),
    ]);
    lastSubmissions = submissions;
    applySession(fresh);
    const latest = new Map();
    for (const sub of submissions) {
      const key = `${sub.kind}:${sub.product_id || ""}`;
      if (!latest.has(key) || latest.get(key).id < sub.id) latest.set(key, sub);
    }
    const details = await Promise.all([...latest.values()].map((sub) => api(`/api/submissions/${sub.id}/`)));
    renderSubmissions(details);
    renderRejections(details);
    const settled = details.every((d) => ["approved", "rejected"].includes(d.status) || d.withdrawn);
    if (current.state !== "in_review" && settled) clearInterval(pollTimer);
  } catch (error) {
    // A failed poll is retried at the next tick; say so only if it persists.
    saveStatus.textContent = errorText(error);
  }
}

function renderSubmissions(details) {
  const box = document.getElementById("submissions");
  box.replaceChildren(...details.sort((a, b) => a.id - b.id).map((sub) => el(
    "div", { class: "card submission", dataset: { id: sub.id, kind: sub.kind, status: sub.status } },
    el("h3", {}, kindName(sub.kind), productCode(sub), " ", badge(sub.status, "status")),
    sub.withdrawn ? el("p", { class: "hint" }, _("Withdrawn:"), " ", sub.withdrawn_reason) : null,
    (sub.findings || []).length ? el("ul", { class: "plain findings" }, ...sub.findings.map((f) => el(
      "li", { class: `sev-${f.severity}`, dataset: { code: f.code } }, el("strong", { class: "rule-name" }, ruleName(f.code)),
      _(": "), f.message,
      f.suggestion ? el("span", { class: "suggestion" }, " ", _("Suggested rewrite:"), " ", f.suggestion) : null,
    ))) : null,
    sub.decision ? el("p", { class: "decision" }, el("strong", {}, _("Officer's note:")), " ",
      sub.decision.note || _("(none)"), " — ", sub.decision.officer || "", " ", formatDateTime(sub.decision.decided_at))
      : null,
  )));
}

function productCode(sub) {
  const product = sub.product_id ? productsById.get(sub.product_id) : null;
  return product ? ` ${product.code}` : "";
}

/** The officer's note where the RM edits: a banner over the form while the latest decision is a rejection. */
function renderRejections(details) {
  const rejected = details.filter((sub) => sub.status === "rejected" && !sub.withdrawn && sub.decision);
  const banner = document.getElementById("rejection-banner");
  banner.hidden = rejected.length === 0;
  document.getElementById("rejections").replaceChildren(...rejected.map((sub) => el(
    "li", { dataset: { submissionId: sub.id, kind: sub.kind } },
    el("strong", {}, kindName(sub.kind), productCode(sub)), _(": "),
    el("span", { class: "officer-note" }, sub.decision.note),
    el("span", { class: "hint" }, " — ", sub.decision.officer || "", " ", formatDateTime(sub.decision.decided_at)),
    (sub.findings || []).length ? el("span", { class: "hint" }, " · ",
      [...new Set(sub.findings.map((f) => ruleName(f.code)))].join(_(", "))) : null,
  )));
}

// ---------------------------------------------------------------- start

const productsById = new Map();

async function start() {
  try {
    const [studios, products] = await Promise.all([apiList("/api/studios/"), apiList("/api/products/")]);
    fields.studio.replaceChildren(...studios.map((s) => el("option", { value: s.id }, s.name)));
    for (const p of products) productsById.set(p.id, p);
    productsBox.replaceChildren(...products.map((p) => el(
      "label", { class: "check" },
      el("input", { type: "checkbox", name: "products", value: p.id, dataset: { risk: p.risk_level } }),
      `${p.code} ${p.name} (${p.risk_level})`,
    )));
    if (sessionId) {
      applySession(await api(`/api/sessions/${sessionId}/`));
      fillForm();
      await Promise.all([checkScript(), refreshReview()]);
      if (current.state === "in_review") startPolling();
    } else {
      const start = new Date(Date.now() + 24 * 3600 * 1000);
      start.setMinutes(0, 0, 0);
      fields.start.value = toLocalInput(start.toISOString());
      renderBlockers([]);
    }
  } catch (error) {
    showError(error);
  }
  root.dataset.ready = "true";
}

start();
