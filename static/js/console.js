// RM live console: go live (only when approved), chat with the verdict of each own line, moderation,
// product-card pushes, Q&A by votes, the viewer count with a live chart, end the session.

import { _, api, apiList, badge, el, errorText, formatDateTime, interpolate } from "./api.js";
import { ViewerChart } from "./chart.js";
import { LiveSocket } from "./live-socket.js";
import { ChatLog, QuestionList } from "./room-view.js";
import { roomErrorText } from "./room-errors.js";
import { zoneLabel } from "./time.js";

const root = document.getElementById("console");
const sessionId = Number(root.dataset.sessionId);
const goLive = document.getElementById("go-live");
const endButton = document.getElementById("end-session");
const errorBox = document.getElementById("console-error");
const connection = document.getElementById("connection");
const viewerCount = document.getElementById("viewer-count");
const chart = new ViewerChart(document.getElementById("viewer-chart"), document.getElementById("viewer-chart-caption"));

// {user_id, role, name}: the page knows who the host is before the socket says so, so lines loaded from the
// transcript get the same moderation buttons (mute included) as lines that arrive live.
let me = { user_id: Number(root.dataset.userId), role: "owner", name: "" };
let viewers = 0;
let reactionsTotal = 0;
let localKey = 0;

function showError(message) {
  errorBox.textContent = message || "";
  errorBox.hidden = !message;
}

// A short confirmation of a moderation action (mute, dismiss, merge), at the bottom of the screen.
const toastBox = el("p", { class: "toast-live", id: "console-toast", role: "status", hidden: true });
document.body.append(toastBox);
let toastTimer = null;
function toast(message) {
  toastBox.textContent = message;
  toastBox.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { toastBox.hidden = true; }, 5000);
}

function setState(state) {
  root.dataset.state = state;
  document.getElementById("console-state").replaceChildren(badge(state));
  goLive.disabled = state !== "approved";
  endButton.disabled = state !== "live";
  if (state === "ended") document.getElementById("chat-form").querySelector("button").disabled = true;
}

// ---------------------------------------------------------------- moderation controls on each line

// user id -> when their mute ends (ISO): from the ack of a mute and, after a reload, from session.state.
const mutedUntil = new Map();
const muteTimers = new Map();

function showMuteButton(button, userId) {
  const muted = mutedUntil.has(userId);
  button.textContent = muted ? _("Muted") : _("Mute 10 min");
  button.disabled = muted;
  button.dataset.mutedUntil = muted ? mutedUntil.get(userId) : "";
}

/** Every line of that viewer says they are muted, until the mute ends. */
function markMuted(userId, until) {
  clearTimeout(muteTimers.get(userId));
  if (until && new Date(until).getTime() > Date.now()) {
    mutedUntil.set(userId, until);
    muteTimers.set(userId, setTimeout(() => markMuted(userId, null), new Date(until).getTime() - Date.now()));
  } else {
    mutedUntil.delete(userId);
  }
  for (const button of document.querySelectorAll(`[data-mute="${CSS.escape(String(userId))}"]`)) showMuteButton(button, userId);
}

/** The room's running mutes as session.state says (on each connect, so a reload or reconnect is current). */
function setMutes(mutes) {
  const running = new Map(mutes.map((mute) => [mute.user_id, mute.until]));
  for (const userId of [...mutedUntil.keys()]) if (!running.has(userId)) markMuted(userId, null);
  for (const [userId, until] of running) markMuted(userId, until);
}

function moderation(item, message) {
  const controls = el("span", { class: "mod-actions" },
    el("button", { type: "button", class: "button small", onclick: () => act("chat.pin", { message_id: message.id }) }, _("Pin")),
    el("button", { type: "button", class: "button small danger", onclick: () => act("chat.remove", { message_id: message.id }) }, _("Remove")));
  if (me && message.author_id && message.author_id !== me.user_id) {
    const button = el("button", {
      type: "button", class: "button small", dataset: { mute: message.author_id },
      onclick: () => {
        act("user.mute", { user_id: message.author_id, minutes: 10 }, interpolate(_("%(name)s is muted for 10 minutes."), { name: message.author }))
          .then((ack) => {
            if (!ack) return;
            markMuted(message.author_id, ack.until);
            button.focus();
          });
      },
    }, _("Mute 10 min"));
    controls.append(button);
    showMuteButton(button, message.author_id);
  }
  item.append(" ", controls);
}

const chat = new ChatLog(document.getElementById("chat-log"), { moderation });
const questions = new QuestionList(document.getElementById("qa-list"), {
  onAnswer: (q, text, { input, status }) => {
    status.textContent = _("Checking…");
    socket.send("qa.answer", { question_id: q.id, text }).then((ack) => {
      if (ack.status === "rejected") status.textContent = reasonOf(ack);
      else if (ack.status === "held") { input.value = ""; status.textContent = _("Waiting for a compliance officer."); }
      else { input.value = ""; status.textContent = ""; }
    }).catch((frame) => { status.textContent = roomErrorText(frame); });
  },
  onMarkAnswered: (q) => act("qa.answer", { question_id: q.id }),
  onDismiss: (q) => act("qa.dismiss", { question_id: q.id }, _("The question was dismissed.")),
  onMerge: (q, into) => act("qa.merge", { question_id: q.id, into_id: into }, _("The questions were merged.")),
});

function act(type, payload, done) {
  return socket.send(type, payload)
    .then((ack) => { showError(""); if (done) toast(done); return ack; })
    .catch((frame) => showError(roomErrorText(frame)));
}

function renderPinned(message) {
  const box = document.getElementById("pinned");
  if (!message) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.replaceChildren(el("strong", {}, _("Pinned:")), " ", el("span", { class: "author" }, message.author || ""), " ",
    el("span", { class: "text" }, message.text || ""), " ",
    el("button", { type: "button", class: "button small", onclick: () => act("chat.pin", { message_id: null }) }, _("Unpin")));
  box.hidden = false;
}

// ---------------------------------------------------------------- viewers' lines the screening held

const heldList = document.getElementById("held-list");

/** What the screening found, in words (never the internal code). */
function heldReason(code) {
  switch (code) {
    case "audience.off_channel": return _("private contact");
    case "audience.link": return _("link");
    case "audience.impersonation": return _("poses as staff");
    case "audience.fraud_lure": return _("fraud lure");
    case "audience.ad": return _("advertising");
    case "audience.abuse": return _("abuse");
    default: return _("needs review");
  }
}

/** A viewer's line or question held by the audience screening, with Release (and Remove for a line). */
function addHeld(item) {
  if (!heldList || heldList.querySelector(`[data-held="${item.kind}-${item.id}"]`)) return;
  const row = el("li", { "data-held": `${item.kind}-${item.id}` },
    el("span", { class: "author" }, item.author || ""), " ",
    el("span", { class: "text" }, item.text || ""), " ",
    el("small", { class: "codes", "data-codes": (item.codes || []).join(" ") },
      [...new Set((item.codes || []).map(heldReason))].join(_(", "))), " ");
  const done = () => { row.remove(); heldList.parentElement.hidden = !heldList.children.length; };
  const release = item.kind === "qa"
    ? () => act("qa.release", { question_id: item.id }).then((ack) => { if (ack) done(); })
    : () => act("chat.release", { message_id: item.id }).then((ack) => { if (ack) done(); });
  row.append(el("button", { type: "button", class: "button small", onclick: release }, _("Release")));
  if (item.kind === "chat") {
    row.append(" ", el("button", {
      type: "button", class: "button small danger",
      onclick: () => act("chat.remove", { message_id: item.id }).then((ack) => { if (ack) done(); }),
    }, _("Remove")));
  }
  heldList.append(row);
  heldList.parentElement.hidden = false;
}

function setViewers(count) {
  viewers = count;
  viewerCount.textContent = String(count);
  chart.add(count);
}

// ---------------------------------------------------------------- frames

function onFrame(frame) {
  switch (frame.type) {
    case "session.state":
      if (frame.you) me = frame.you;
      if (frame.state) setState(frame.state);
      if (typeof frame.viewers === "number") setViewers(frame.viewers);
      if ("pinned" in frame) renderPinned(frame.pinned);
      if (frame.questions) questions.set(frame.questions);
      if (Array.isArray(frame.muted_users)) setMutes(frame.muted_users);
      if (typeof frame.slow_mode_seconds === "number") document.getElementById("slow-mode").value = String(frame.slow_mode_seconds);
      break;
    case "chat.message":
      chat.add(frame);
      break;
    case "chat.removed": {
      chat.remove(frame.id, { note: frame.by === "officer" ? _("A compliance officer removed this line; viewers never saw it.") : "" });
      // A viewer's held line decided elsewhere (an officer) leaves the host's review list.
      const heldRow = heldList && heldList.querySelector(`[data-held="chat-${CSS.escape(String(frame.id))}"]`);
      if (heldRow) { heldRow.remove(); heldList.parentElement.hidden = !heldList.children.length; }
      break;
    }
    case "chat.pinned":
      renderPinned(frame.message);
      break;
    case "presence":
      setViewers(frame.viewers);
      break;
    case "qa.asked":
      questions.upsert(frame.question);
      break;
    case "qa.upvoted":
      questions.update(frame.question_id, { upvotes: frame.upvotes });
      break;
    case "qa.answered":
      questions.update(frame.question_id, { answered: true, ...(frame.answer ? { answer: frame.answer } : {}) });
      break;
    case "qa.answer_removed":
      questions.answerRemoved(frame.question_id, frame.answer_id);
      break;
    case "qa.dismissed":
      questions.drop(frame.question_id);
      break;
    case "qa.merged":
      questions.drop(frame.question_id);
      if (typeof frame.upvotes === "number") questions.update(frame.into, { upvotes: frame.upvotes });
      break;
    case "chat.held":
      addHeld(frame);
      break;
    case "reactions":
      for (const count of Object.values(frame.counts || {})) reactionsTotal += count;
      document.getElementById("reaction-summary").textContent = String(reactionsTotal);
      break;
    case "room.slow_mode":
      document.getElementById("slow-mode").value = String(frame.seconds);
      break;
    case "error":
      if (!frame.ref) showError(roomErrorText(frame));
      break;
    default:
      break;
  }
}

function onStatus(status) {
  connection.classList.toggle("down", status === "down" || status === "refused");
  if (status === "open") connection.textContent = "";
  else if (status === "down") connection.textContent = _("Reconnecting…");
  else if (status === "refused") connection.textContent = _("The room refused the connection.");
}

const socket = new LiveSocket(sessionId, { onFrame, onStatus, admit: root.dataset.admit });

/**
 * The host's transcript first (every stored line with its verdict, so own held and rejected lines keep
 * their state across a reload), then the socket from the last line seen on.
 */
async function loadTranscript() {
  const myId = Number(root.dataset.userId);
  try {
    const lines = await apiList(`/api/sessions/${sessionId}/messages/`);
    for (const line of lines) {
      const own = line.author_id === myId;
      if (line.status === "held" && line.role === "customer" && !line.removed) {
        addHeld({ kind: "chat", id: line.id, author: line.author, text: line.text,
                  codes: (line.findings || []).map((f) => f.code) });
        continue;
      }
      if (line.status && line.status !== "published") {
        if (own) {
          chat.own(line.id, line, line.status, { id: line.id, reason: line.status === "rejected" ? reasonOf(line) : line.status === "held" ? _("Waiting for a compliance officer.") : "" });
          if (line.removed) chat.remove(line.id, { note: _("A compliance officer removed this line; viewers never saw it.") });
        }
        continue;
      }
      chat.add(line);
      if (line.removed) chat.remove(line.id);
      if (line.seq) socket.lastSeq = Math.max(socket.lastSeq, line.seq);
    }
  } catch (error) {
    showError(errorText(error)); // the socket still replays the published lines
  }
  socket.connect();
}
loadTranscript();
// Keep the chart moving while the count is steady (presence frames come only on change).
setInterval(() => chart.add(viewers), 5000);

// ---------------------------------------------------------------- own chat lines with their verdict

function reasonOf(ack) {
  if (ack.reason) return ack.suggestion ? `${ack.reason} ${_("Suggested rewrite:")} ${ack.suggestion}` : ack.reason;
  const first = (ack.findings || [])[0];
  if (!first) return "";
  return first.suggestion ? `${first.message} ${_("Suggested rewrite:")} ${first.suggestion}` : first.message;
}

document.getElementById("chat-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("chat-input");
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  const key = `local-${++localKey}`;
  const line = { author: (me && me.name) || _("You"), role: "rm", text, author_id: me && me.user_id };
  chat.own(key, line, "pending");
  socket.send("chat.send", { text }).then((ack) => {
    const status = ack.status || "published";
    chat.own(key, { ...line, seq: ack.seq }, status, {
      id: ack.id,
      reason: status === "rejected" ? reasonOf(ack) : status === "held" ? _("Waiting for a compliance officer.") : "",
    });
  }).catch((frame) => {
    chat.own(key, line, "rejected", { reason: roomErrorText(frame) });
  });
});

document.getElementById("slow-mode").addEventListener("change", (event) => {
  act("room.slow_mode", { seconds: Number(event.target.value) });
});

// ---------------------------------------------------------------- product cards

for (const button of document.querySelectorAll("[data-push]")) {
  button.addEventListener("click", () => {
    const status = button.parentElement.querySelector(".push-status");
    button.disabled = true;
    status.textContent = _("Pushing…");
    socket.send("card.push", { product_id: Number(button.dataset.push) })
      .then(() => { status.textContent = _("Pushed to viewers."); })
      .catch((frame) => { status.textContent = roomErrorText(frame); })
      .finally(() => { button.disabled = false; });
  });
}

// ---------------------------------------------------------------- share link

document.getElementById("share-create").addEventListener("click", async () => {
  const status = document.getElementById("share-status");
  const field = document.getElementById("share-url");
  try {
    const link = await api(`/api/sessions/${sessionId}/share-links/`, { method: "POST", body: {} });
    field.value = new URL(link.url, location.origin).href;
    field.hidden = false;
    field.select();
    status.textContent = interpolate(_("Valid until %(time)s."), { time: new Date(link.expires_at).toLocaleString() });
  } catch (error) {
    status.textContent = errorText(error);
  }
});

// ---------------------------------------------------------------- go live, end

// Going live long before the announced start surprises customers who planned for it: ask first.
const EARLY_START_MS = 30 * 60 * 1000;

goLive.addEventListener("click", async () => {
  const scheduled = root.dataset.scheduledStart ? new Date(root.dataset.scheduledStart) : null;
  if (scheduled && scheduled.getTime() - Date.now() > EARLY_START_MS && !window.confirm(interpolate(
    _("This session is announced for %(time)s (%(zone)s). Go live now, before the scheduled start?"),
    { time: formatDateTime(scheduled.toISOString()), zone: zoneLabel(scheduled) }))) return;
  goLive.disabled = true;
  try {
    const session = await api(`/api/sessions/${sessionId}/go-live/`, { method: "POST" });
    setState(session.state);
    showError("");
  } catch (error) {
    const blockers = (error.details && error.details.blockers) || [];
    showError([errorText(error), ...blockers.map((b) => b.message || "")].join(" "));
    setState(root.dataset.state);
  }
});

let endArmed = false;
endButton.addEventListener("click", async () => {
  if (!endArmed) {
    endArmed = true;
    endButton.textContent = _("Click again to end the session");
    setTimeout(() => { endArmed = false; endButton.textContent = _("End session"); }, 5000);
    return;
  }
  endButton.disabled = true;
  try {
    const session = await api(`/api/sessions/${sessionId}/end/`, { method: "POST" });
    setState(session.state);
    endButton.textContent = _("End session");
  } catch (error) {
    showError(errorText(error));
    setState(root.dataset.state);
  }
});

setState(root.dataset.state);
root.dataset.ready = "true";
