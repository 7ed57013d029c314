// RM dashboard: studios and sessions with their state and what still blocks publishing.
// Polls the API so a review outcome shows up without a reload.

import { _, api, apiList, badge, el, errorText, formatDateTime, interpolate } from "./api.js";
import { blockers as blockersOf, session as sessionShape } from "./shapes.js";
import { zoneLabel } from "./time.js";

const root = document.getElementById("dashboard");
const pollMs = Number(root.dataset.pollMs || 3000);
const errorBox = document.getElementById("dashboard-error");
document.getElementById("zone-hint").textContent = interpolate(_("Times are in the studio's time zone: %(zone)s."),
  { zone: zoneLabel() });

function link(href, text) {
  return el("a", { href }, text);
}

function renderStudios(studios) {
  const list = document.getElementById("studios");
  if (!studios.length) {
    list.replaceChildren(el("li", {}, _("No studio yet: open one below.")));
    document.getElementById("new-studio").open = true;
    return;
  }
  list.replaceChildren(...studios.map((s) => el("li", { class: "card" }, el("strong", {}, s.name),
    s.description ? el("span", { class: "hint" }, " — ", s.description) : null)));
}

function renderSessions(sessions, submissions) {
  const body = document.getElementById("sessions");
  document.getElementById("sessions-empty").hidden = sessions.length > 0;
  body.replaceChildren(...sessions.map((data) => {
    const s = sessionShape(data);
    const open = blockersOf(s, submissions);
    const blockers = open.length
      ? el("ul", { class: "plain blockers" }, ...open.map((b) => el("li", { dataset: { code: b.code || "" } }, b.message || String(b))))
      : el("span", { class: "hint" }, ["approved", "live", "ended"].includes(s.state) ? _("Nothing") : "—");
    const actions = el("div", { class: "actions" },
      link(`/studio/sessions/${s.id}/`, _("Edit")),
      ["approved", "live"].includes(s.state) ? link(`/studio/sessions/${s.id}/console/`, _("Live console")) : null,
      ["approved", "live", "ended"].includes(s.state) ? link(`/watch/${s.id}/`, _("Landing page")) : null,
      ["live", "ended"].includes(s.state) ? link(`/studio/sessions/${s.id}/report/`, _("Report")) : null,
    );
    return el("tr", { dataset: { sessionId: s.id, state: s.state } },
      el("td", { "data-label": _("Title") }, link(`/studio/sessions/${s.id}/`, s.title)),
      el("td", { "data-label": _("Scheduled") }, formatDateTime(s.scheduledStart)),
      el("td", { "data-label": _("State"), class: "state-cell" }, badge(s.state)),
      el("td", { "data-label": _("Blocks publishing") }, blockers),
      el("td", { "data-label": _("Actions") }, actions));
  }));
}

// Notices to the RM (a rejection, an approval pulled back by a rule change), said by the server in the page's
// language with rules by name; unread ones first, each can be marked read.
function renderNotices(notices) {
  const section = document.getElementById("notices-section");
  section.hidden = notices.length === 0;
  document.getElementById("notices").replaceChildren(...notices.slice(0, 10).map((n) => el(
    "li", { class: `card notice${n.read_at ? " read" : ""}`, dataset: { kind: n.kind, id: n.id } },
    el("strong", {}, n.title), " ", el("span", { class: "hint" }, formatDateTime(n.created_at)),
    el("p", {}, n.text),
    n.session_id ? link(`/studio/sessions/${n.session_id}/`, _("Open the session")) : null,
    n.read_at ? null : el("button", { type: "button", class: "link-button", onclick: async (event) => {
      const button = event.currentTarget;
      await api(`/api/notifications/${n.id}/read/`, { method: "POST" });
      button.closest("li").classList.add("read");
      button.remove();
    } }, _("Mark as read")),
  )));
}

const SLOW_POLL_MS = 10000;

document.getElementById("studio-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const status = document.getElementById("studio-status");
  try {
    await api("/api/studios/", { method: "POST", body: { name: form.name.value.trim(), description: form.description.value } });
    form.reset();
    status.textContent = _("Studio created.");
    renderStudios(await apiList("/api/studios/"));
  } catch (error) {
    status.textContent = errorText(error);
  }
});

async function refresh() {
  let busy = false;
  try {
    const [studios, sessions, notices] = await Promise.all([
      apiList("/api/studios/"), apiList("/api/sessions/"), api("/api/notifications/")]);
    // Submissions tell what blocks a session that is not approved yet; skip them when none is waiting.
    const pending = sessions.some((s) => ["draft", "in_review"].includes(s.state));
    busy = sessions.some((s) => s.state === "in_review");
    const submissions = pending ? await apiList("/api/submissions/") : [];
    renderStudios(studios);
    renderSessions(sessions, submissions);
    renderNotices(notices.results || []);
    errorBox.hidden = true;
  } catch (error) {
    errorBox.textContent = errorText(error);
    errorBox.hidden = false;
  }
  root.dataset.ready = "true";
  // Quick while something is in review (its outcome should show at once), slow otherwise.
  setTimeout(refreshWhenVisible, busy ? pollMs : SLOW_POLL_MS);
}

function refreshWhenVisible() {
  if (document.hidden) setTimeout(refreshWhenVisible, pollMs);
  else refresh();
}

refresh();
