// The officers' live view of held lines (admin: studio › held lines). The server only says *that* the queue
// changed (``held.changed`` on ws/officer/held/); the page then reloads its rows over HTTP, because the stored
// queue is the truth and a push can be lost. A slow poll covers a dropped socket; the socket reconnects.
const box = document.getElementById("held-queue");
const status = document.getElementById("held-live-status");
const REFRESH_FALLBACK_MS = 30_000;
let refreshing = null;
let again = false;

function setStatus(on) {
  if (!status) return;
  status.textContent = on ? status.dataset.on : status.dataset.off;
  status.classList.toggle("on", on);
}

async function refresh() {
  if (refreshing) { again = true; return refreshing; }
  refreshing = (async () => {
    try {
      const response = await fetch(box.dataset.fragment, { credentials: "same-origin", headers: { "Accept": "text/html" } });
      if (response.ok) {
        const html = await response.text();
        // Do not replace the rows under a pressed button: its form is being submitted.
        if (!document.activeElement || !box.contains(document.activeElement) || document.activeElement.tagName !== "BUTTON") {
          box.innerHTML = html;
          box.dispatchEvent(new CustomEvent("held:refreshed", { bubbles: true }));
        }
      }
    } finally {
      refreshing = null;
      if (again) { again = false; refresh(); }
    }
  })();
  return refreshing;
}

function connect(delay = 1000) {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const socket = new WebSocket(`${scheme}://${location.host}${box.dataset.socket}`);
  socket.addEventListener("open", () => { setStatus(true); refresh(); delay = 1000; });
  socket.addEventListener("message", (event) => {
    let frame = null;
    try { frame = JSON.parse(event.data); } catch { return; }
    if (frame && frame.type === "held.changed") refresh();
  });
  socket.addEventListener("close", () => {
    setStatus(false);
    setTimeout(() => connect(Math.min(delay * 2, 15_000)), delay);
  });
}

if (box) {
  connect();
  setInterval(refresh, REFRESH_FALLBACK_MS);
}
