// Customer live room: video (the studio's HLS, broadcast-player.js), chat, Q&A, reactions, the product shelf.
// The socket resumes silently after a dropped connection (live-socket.js). The first frame, session.state,
// carries the room's snapshot: pin, questions, the shelf of cards pushed so far (with this viewer's own
// suitability) and the reaction counts, so a reload or a late joiner sees what the others see.

import { _, api, el, errorText, interpolate } from "./api.js";
import { LiveSocket } from "./live-socket.js";
import { ChatLog, QuestionList, productCard } from "./room-view.js";
import { Player } from "./broadcast-player.js";
import { roomErrorText } from "./room-errors.js";

const root = document.getElementById("room");
const sessionId = Number(root.dataset.sessionId);
const signedIn = root.dataset.signedIn === "true";
const myId = root.dataset.userId ? Number(root.dataset.userId) : null;
const ASSESSMENT_URL = "/watch/me/risk/";
const connection = document.getElementById("connection");
const notice = document.getElementById("chat-error");
const chatLog = document.getElementById("chat-log");
const chatEmpty = document.getElementById("chat-empty");

const chat = new ChatLog(chatLog);
const qaCount = document.getElementById("qa-count");
const questions = new QuestionList(document.getElementById("qa-list"), {
  myId,
  onUpvote: signedIn ? (q) => socket.send("qa.upvote", { question_id: q.id }).catch(showError) : null,
  onChange: (count) => { qaCount.textContent = String(count); qaCount.hidden = !count; },
});
const reactionCounts = { like: 0, heart: 0, clap: 0, flower: 0 };

// ---------------------------------------------------------------- notices (always in the page's language)

let noticeTimer = null;
function showNotice(text, { sticky = false } = {}) {
  if (!notice) return;
  notice.textContent = text;
  notice.hidden = false;
  clearTimeout(noticeTimer);
  if (!sticky) noticeTimer = setTimeout(() => { notice.hidden = true; }, 6000);
}

let muteTimer = null;
/** This viewer's mute, live (user.muted) or from the snapshot after a reload: said until it ends. */
function showMuted(until) {
  clearTimeout(muteTimer);
  if (!until) {
    delete root.dataset.mutedUntil;
    showNotice(_("You may chat again."));
    return;
  }
  root.dataset.mutedUntil = until;
  showNotice(interpolate(_("The presenter muted you until %(time)s."), { time: new Date(until).toLocaleTimeString(document.documentElement.lang || undefined, { hour: "2-digit", minute: "2-digit" }) }), { sticky: true });
  muteTimer = setTimeout(() => showMuted(null), Math.max(0, new Date(until).getTime() - Date.now()));
}

function showError(frame) {
  showNotice(roomErrorText(frame));
}

// ---------------------------------------------------------------- chat

function chatChanged() {
  chatEmpty.hidden = chatLog.children.length > 0;
}
new MutationObserver(chatChanged).observe(chatLog, { childList: true });

function renderPinned(message) {
  const box = document.getElementById("pinned");
  if (!message) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.replaceChildren(el("strong", {}, _("Pinned:")), " ", el("span", { class: "author" }, message.author || ""), " ",
    el("span", { class: "text" }, message.text || ""));
  box.hidden = false;
}

// ---------------------------------------------------------------- tabs

const tabs = [...root.querySelectorAll("[role=tab]")];
function selectTab(tab) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
  }
}
for (const tab of tabs) {
  tab.addEventListener("click", () => selectTab(tab));
  tab.addEventListener("keydown", (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
    selectTab(next);
    next.focus();
  });
}

// ---------------------------------------------------------------- video

const videoBox = document.getElementById("video");
const player = new Player(videoBox, {
  sessionId, invite: root.dataset.invite, hlsModule: root.dataset.hlsModule,
});
// A vertical (phone-camera) stream gets a vertical player.
videoBox.addEventListener("loadedmetadata", (event) => {
  const video = event.target;
  videoBox.classList.toggle("portrait", video.videoHeight > video.videoWidth);
}, true);

const STATE_NAMES = { live: _("Live"), ended: _("Ended"), approved: _("Upcoming") };
function showState(state) {
  root.dataset.state = state;
  const badge = document.getElementById("room-state");
  badge.className = `badge state-${state}`;
  badge.textContent = STATE_NAMES[state] || "";
  player.changed(state);
}

function showViewers(count) {
  document.getElementById("room-viewer-count").textContent = String(count);
  document.getElementById("room-viewers").hidden = false;
}

// ---------------------------------------------------------------- product shelf

const shelf = document.getElementById("shelf");
const shelfToggle = document.getElementById("shelf-toggle");
const shelfCount = document.getElementById("shelf-count");
const cards = document.getElementById("cards");
const peek = document.getElementById("card-peek");
let peekTimer = null;

function openShelf(open) {
  shelf.hidden = !open;
  shelfToggle.setAttribute("aria-expanded", String(open));
  if (open) {
    peek.hidden = true;
    document.getElementById("shelf-close").focus();
  }
}
shelfToggle.addEventListener("click", () => openShelf(shelf.hidden));
document.getElementById("shelf-close").addEventListener("click", () => { openShelf(false); shelfToggle.focus(); });
document.getElementById("card-peek-open").addEventListener("click", () => openShelf(true));
document.addEventListener("keydown", (event) => { if (event.key === "Escape" && !shelf.hidden) openShelf(false); });

/** Put one card on the shelf (newest first; a product pushed again moves to the top, once). */
function shelve(frame, { live = false } = {}) {
  document.getElementById("no-cards")?.remove();
  const id = String(frame.card.product_id);
  const existing = cards.querySelector(`[data-product-id="${CSS.escape(id)}"]`);
  const node = productCard(frame, { onNextStep, onOpen: signedIn ? onCardOpen : null, assessmentUrl: signedIn ? ASSESSMENT_URL : "" });
  existing?.remove();
  cards.prepend(node);
  const count = cards.querySelectorAll(".product-card").length;
  shelfCount.textContent = String(count);
  shelfCount.hidden = !count;
  if (live && shelf.hidden) {
    document.getElementById("card-peek-text").textContent = interpolate(_("The presenter shows %(name)s"), { name: frame.card.name || "" });
    peek.hidden = false;
    clearTimeout(peekTimer);
    peekTimer = setTimeout(() => { peek.hidden = true; }, 10000);
  }
}

function onCardOpen(card) {
  socket.send("card.open", { card_id: card.id }).catch(() => {}); // attendance analytics only
}

function onNextStep(card, button, status) {
  button.disabled = true;
  // Ticked consent makes the interest a lead for the customer's relationship manager (issue 21).
  const consent = !!button.closest(".actions")?.querySelector(".consent-box")?.checked;
  api(`/api/sessions/${sessionId}/cards/${card.id}/interest/`, { method: "POST", body: { consent } })
    .then(() => { status.textContent = _("Thank you. Your relationship manager will contact you to complete the application."); })
    .catch((error) => { button.disabled = false; status.textContent = errorText(error); });
}

// ---------------------------------------------------------------- reactions

const floatBox = document.getElementById("reaction-float");
const EMOJI = { like: "👍", heart: "❤️", clap: "👏", flower: "🌹" };

function float(kind, times = 1) {
  for (let i = 0; i < Math.min(times, 6); i += 1) {
    if (floatBox.childElementCount > 24) return;
    const node = el("span", { class: "floater" }, EMOJI[kind] || "❤️");
    node.style.setProperty("--dx", `${Math.round(Math.random() * 24 - 12)}px`);
    node.style.animationDelay = `${i * 120}ms`;
    node.addEventListener("animationend", () => node.remove());
    floatBox.append(node);
  }
}

function showCount(kind) {
  const node = root.querySelector(`[data-count="${CSS.escape(kind)}"]`);
  if (node) node.textContent = String(reactionCounts[kind]);
}

const ownPending = { like: 0, heart: 0, clap: 0, flower: 0 }; // own taps already floated locally

// ---------------------------------------------------------------- frames

function onFrame(frame) {
  switch (frame.type) {
    case "session.state":
      if (frame.state) showState(frame.state);
      if ("pinned" in frame) renderPinned(frame.pinned);
      if (frame.questions) {  // a connect's snapshot (not a state change): it also says whether this viewer is muted
        questions.set(frame.questions);
        if (frame.muted_until) showMuted(frame.muted_until);
        else if (root.dataset.mutedUntil) showMuted(null);
      }
      if (typeof frame.viewers === "number") showViewers(frame.viewers);
      if (frame.reactions) {
        for (const [kind, count] of Object.entries(frame.reactions)) {
          reactionCounts[kind] = count;
          showCount(kind);
        }
      }
      if (Array.isArray(frame.shelf)) {
        // Oldest first, so the newest ends on top.
        for (const card of [...frame.shelf].reverse()) shelve(card);
      }
      break;
    case "stream.state":
      player.changed(frame.state);
      break;
    case "chat.message":
      chat.add(frame);
      break;
    case "chat.removed":
      chat.remove(frame.id);
      break;
    case "chat.pinned":
      renderPinned(frame.message);
      break;
    case "presence":
      showViewers(frame.viewers);
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
    case "reactions":
      for (const [kind, count] of Object.entries(frame.counts || {})) {
        reactionCounts[kind] = (reactionCounts[kind] || 0) + count;
        showCount(kind);
        const mine = Math.min(ownPending[kind] || 0, count);
        ownPending[kind] -= mine;
        float(kind, count - mine);
      }
      break;
    case "card.pushed":
      shelve(frame, { live: true });
      break;
    case "user.muted":
      showMuted(frame.until);
      break;
    case "error":
      if (!frame.ref) showError(frame);
      break;
    default:
      break;
  }
}

function onStatus(status) {
  connection.classList.toggle("down", status === "down" || status === "refused");
  if (status === "open") connection.textContent = "";
  else if (status === "down") connection.textContent = _("Reconnecting…");
  else if (status === "refused") connection.textContent = _("This room is not available to you.");
}

const socket = new LiveSocket(sessionId, { onFrame, onStatus, invite: root.dataset.invite, admit: root.dataset.admit });
socket.connect();

// ---------------------------------------------------------------- forms

const chatForm = document.getElementById("chat-form");
if (chatForm) {
  chatForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const input = document.getElementById("chat-input");
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    socket.send("chat.send", { text }).then((ack) => {
      if (ack.status === "held") showNotice(_("Your message is waiting for review."));
    }).catch((frame) => { input.value = input.value || text; showError(frame); });
  });
}

const qaForm = document.getElementById("qa-form");
if (qaForm) {
  qaForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const input = document.getElementById("qa-input");
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    socket.send("qa.ask", { text }).then((ack) => {
      if (ack.status === "held") showNotice(_("Your message is waiting for review."));
    }).catch((frame) => { input.value = text; showError(frame); });
  });
}

for (const button of root.querySelectorAll("[data-reaction]")) {
  if (!signedIn) { button.disabled = true; continue; }
  button.addEventListener("click", () => {
    const kind = button.dataset.reaction;
    float(kind); // at once, on the tapper's screen; the room's echo does not float it twice
    ownPending[kind] = (ownPending[kind] || 0) + 1;
    socket.send("reaction", { kind }).catch((frame) => { ownPending[kind] = Math.max(0, ownPending[kind] - 1); showError(frame); });
  });
}

chatChanged();
showState(root.dataset.state);
root.dataset.ready = "true";
