// Customer live room: video (the studio's HLS, broadcast-player.js), chat, Q&A, reactions, product cards.
// The socket resumes silently after a dropped connection (live-socket.js).

import { _, api, el, errorText, interpolate } from "./api.js";
import { LiveSocket } from "./live-socket.js";
import { ChatLog, QuestionList, productCard } from "./room-view.js";
import { Player } from "./broadcast-player.js";

const root = document.getElementById("room");
const sessionId = Number(root.dataset.sessionId);
const signedIn = root.dataset.signedIn === "true";
const connection = document.getElementById("connection");
const chatError = document.getElementById("chat-error");

const chat = new ChatLog(document.getElementById("chat-log"));
const questions = new QuestionList(document.getElementById("qa-list"), {
  onUpvote: signedIn ? (q) => socket.send("qa.upvote", { question_id: q.id }).catch(showError) : null,
});
const reactionCounts = { like: 0, heart: 0, clap: 0, flower: 0 };

function showError(frame) {
  if (!chatError) return;
  chatError.textContent = (frame && frame.message) || _("Something went wrong.");
  chatError.hidden = false;
  setTimeout(() => { chatError.hidden = true; }, 6000);
}

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

// ---------------------------------------------------------------- video

const player = new Player(document.getElementById("video"), {
  sessionId, invite: root.dataset.invite, hlsModule: root.dataset.hlsModule,
});

function showState(state) {
  root.dataset.state = state;
  player.changed(state);
}

// ---------------------------------------------------------------- frames

function onFrame(frame) {
  switch (frame.type) {
    case "session.state":
      if (frame.state) showState(frame.state);
      if ("pinned" in frame) renderPinned(frame.pinned);
      if (frame.questions) questions.set(frame.questions);
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
    case "qa.asked":
      questions.upsert(frame.question);
      break;
    case "qa.upvoted":
      questions.update(frame.question_id, { upvotes: frame.upvotes });
      break;
    case "qa.answered":
      questions.update(frame.question_id, { answered: true });
      break;
    case "reactions":
      for (const [kind, count] of Object.entries(frame.counts || {})) {
        reactionCounts[kind] = (reactionCounts[kind] || 0) + count;
        const node = root.querySelector(`[data-count="${CSS.escape(kind)}"]`);
        if (node) node.textContent = String(reactionCounts[kind]);
      }
      break;
    case "card.pushed": {
      document.getElementById("no-cards")?.remove();
      const cards = document.getElementById("cards");
      const existing = cards.querySelector(`[data-card-id="${CSS.escape(String(frame.card.id))}"]`);
      const node = productCard(frame, { onNextStep, onOpen: signedIn ? onCardOpen : null });
      if (existing) existing.replaceWith(node); else cards.prepend(node);
      break;
    }
    case "user.muted":
      showError({ message: frame.until ? interpolate(_("You are muted until %(time)s."), { time: new Date(frame.until).toLocaleTimeString() }) : _("You may chat again.") });
      break;
    case "error":
      if (!frame.ref) showError(frame);
      break;
    default:
      break;
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
      if (ack.status === "held") showError({ message: _("Your message is waiting for review.") });
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
      if (ack.status === "held") showError({ message: _("Your message is waiting for review.") });
    }).catch((frame) => { input.value = text; showError(frame); });
  });
}

for (const button of root.querySelectorAll("[data-reaction]")) {
  if (!signedIn) { button.disabled = true; continue; }
  button.addEventListener("click", () => socket.send("reaction", { kind: button.dataset.reaction }).catch(showError));
}

showState(root.dataset.state);
root.dataset.ready = "true";
