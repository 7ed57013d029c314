// The campaign's live ranking board: polls the board API every few seconds and redraws the tables in place.
// Text is set with textContent (see el()), never parsed as HTML.

import { _, api } from "./api.js";

const POLL_MS = 2000;
const root = document.getElementById("board");

function el(tag, text) {
  const node = document.createElement(tag);
  node.textContent = text === undefined || text === null ? "" : String(text);
  return node;
}

function stateLabel(state) {
  return { draft: _("Draft"), in_review: _("In review"), approved: _("Approved"), live: _("Live"), ended: _("Ended") }[state] || state;
}

function fill(tbody, rows, cells) {
  const lines = rows.map((row) => {
    const tr = document.createElement("tr");
    for (const value of cells(row)) tr.append(el("td", value));
    return tr;
  });
  tbody.replaceChildren(...lines);
}

async function refresh() {
  try {
    const board = await api(root.dataset.url);
    root.querySelector("[data-testid=on-air]").textContent = String(board.on_air);
    root.querySelector("[data-testid=viewers-now]").textContent = String(board.viewers_now);
    root.querySelector("[data-testid=updated-at]").textContent = new Date(board.at).toLocaleTimeString();
    fill(root.querySelector("[data-testid=board-sessions]"), board.sessions, (s) => [
      s.title, s.rm, s.branch, stateLabel(s.state), s.viewers_now, s.peak, s.engagement, s.card_interest,
      s.incidents_per_hour, s.officer_stops]);
    for (const [testid, rows] of [["board-rms", board.rms], ["board-branches", board.branches]]) {
      const tbody = root.querySelector(`[data-testid=${testid}]`);
      fill(tbody, rows, (g) => [g[tbody.dataset.key], g.on_air, g.viewers_now, g.peak, g.engagement,
        g.card_interest, g.incidents_per_hour]);
    }
  } catch (error) {
    root.querySelector("[data-testid=updated-at]").textContent = _("Could not refresh the board.");
  }
}

refresh();
setInterval(refresh, POLL_MS);
