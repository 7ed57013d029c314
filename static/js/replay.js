// Replay page: the published video, with the published transcript following the picture and product cards
// shown from their push times. Offsets come from the server (seconds into the published file, one clock).

import { _, api, el, errorText } from "./api.js";
import { productCard } from "./room-view.js";

const root = document.getElementById("replay");
const video = document.getElementById("replay-video");
const transcript = document.getElementById("transcript");
const cards = document.getElementById("cards");
const noCards = document.getElementById("no-cards");
const error = document.getElementById("replay-error");

function query() {
  return root.dataset.invite ? `?invite=${encodeURIComponent(root.dataset.invite)}` : "";
}

function follow(lines, items, shownCards) {
  const now = video.currentTime;
  let last = null;
  lines.forEach((line, index) => {
    const visible = line.offset <= now + 0.05;
    items[index].hidden = !visible;
    items[index].classList.remove("current");
    if (visible) last = items[index];
  });
  if (last) {
    last.classList.add("current");
    transcript.dataset.shown = String(lines.filter((line) => line.offset <= now + 0.05).length);
    last.scrollIntoView({ block: "nearest" });
  } else {
    transcript.dataset.shown = "0";
  }
  shownCards.forEach(({ offset, node }) => { node.hidden = offset > now + 0.05; });
  noCards.hidden = shownCards.some(({ node }) => !node.hidden);
}

async function start() {
  let data;
  try {
    data = await api(`/api/sessions/${root.dataset.sessionId}/replay/${query()}`);
  } catch (err) {
    error.textContent = errorText(err);
    error.hidden = false;
    return;
  }
  const items = data.transcript.map((line) => {
    const item = el("li", { class: `role-${line.role || "customer"}`, dataset: { offset: String(line.offset), id: String(line.id) } },
      el("span", { class: "author" }, line.author || ""), el("span", { class: "text" }, line.text ?? ""));
    item.hidden = true;
    transcript.append(item);
    return item;
  });
  const shownCards = data.cards.map((frame) => {
    const node = productCard(frame);
    node.hidden = true;
    node.dataset.offset = String(frame.offset);
    cards.append(node);
    return { offset: frame.offset, node };
  });
  video.src = data.video_url;
  video.setAttribute("aria-label", _("Replay"));
  const update = () => follow(data.transcript, items, shownCards);
  video.addEventListener("timeupdate", update);
  video.addEventListener("seeked", update);
  video.addEventListener("loadedmetadata", update);
  update();
}

start();
