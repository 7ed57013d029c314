// The live-room WebSocket (DESIGN.md "WebSocket protocol") with silent resume.
//
// Every client frame carries a fresh `ref`; frames not yet answered by `ack`/`error` are resent with the
// same ref after a reconnect (the server applies a ref once). The last chat `seq` seen is kept, and every
// connect asks for what came after it (`?last_seq=N`, the atomic form of `resume {last_seq}`): the first
// connect (N = 0) replays the room's history, a reconnect only what was missed. Lines whose seq was already
// seen are dropped, so a replay never shows a line twice. A short outage is not shown at all; a longer one
// shows a quiet "reconnecting" status.
//
// A deploy: the server process about to stop sends `server.restart {reconnect_in_ms}` and closes with 1012
// (service restart). The socket then waits that long (the server spreads its viewers over a few seconds, so
// the remaining processes are not all hit at once), without the "reconnecting" status, and connects again:
// the balancer sends it to another process, and `?last_seq` replays what it missed there.
//
// `admit` is the signed admission token the page was rendered with (studio/room_open.py): it tells the
// server who this viewer is without a database read, which keeps a reconnect storm cheap.

const QUIET_MS = 3000;
const MAX_BACKOFF_MS = 8000;
const RESTART_CLOSE_CODE = 1012;
const RESTART_SPREAD_MS = 5000; // when a 1012 close came without server.restart (e.g. through a proxy)

let refCounter = 0;
function newRef() {
  refCounter += 1;
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${Date.now().toString(36)}-${random[0].toString(36)}${random[1].toString(36)}-${refCounter}`;
}

export class LiveSocket {
  constructor(sessionId, { onFrame, onStatus, invite = "", admit = "" } = {}) {
    this.base = `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/ws/sessions/${sessionId}/`;
    this.invite = invite;
    this.admit = admit; // signed admission token from the page, then from each session.state
    this.onFrame = onFrame || (() => {});
    this.onStatus = onStatus || (() => {});
    this.lastSeq = 0;
    this.pending = new Map(); // ref -> {frame, resolve, reject}
    this.backoff = 500;
    this.stopped = false;
    this.quietTimer = null;
    this.ws = null;
    this.restartIn = null; // ms, from the server's server.restart frame
  }

  connect() {
    if (this.stopped) return;
    const query = new URLSearchParams({ last_seq: String(this.lastSeq) });
    if (this.invite) query.set("invite", this.invite);
    if (this.admit) query.set("admit", this.admit);
    const ws = new WebSocket(`${this.base}?${query}`);
    this.ws = ws;
    ws.addEventListener("open", () => {
      clearTimeout(this.quietTimer);
      this.quietTimer = null;
      this.backoff = 500;
      for (const { frame } of this.pending.values()) ws.send(JSON.stringify(frame));
      this.onStatus("open");
    });
    ws.addEventListener("message", (event) => this._receive(event.data));
    ws.addEventListener("close", (event) => {
      if (this.ws !== ws) return;
      if (event.code === 4403 || event.code === 4404 || event.code === 4401) {
        this.stopped = true;
        this.onStatus("refused", event.code);
        return;
      }
      if (this.stopped) return;
      if (event.code === RESTART_CLOSE_CODE) {
        // Not an outage: the server moves us. Go where the balancer sends us after the announced delay.
        const delay = this.restartIn ?? 500 + Math.random() * RESTART_SPREAD_MS;
        this.restartIn = null;
        setTimeout(() => this.connect(), delay);
        return;
      }
      if (!this.quietTimer) this.quietTimer = setTimeout(() => this.onStatus("down"), QUIET_MS);
      const delay = this.backoff * (0.75 + Math.random() / 2);
      this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
      setTimeout(() => this.connect(), delay);
    });
  }

  /** Send a frame; resolves with the `ack`, rejects with the `error` (both carry the frame's ref). */
  send(type, payload = {}) {
    const ref = newRef();
    const frame = { type, ref, ...payload };
    return new Promise((resolve, reject) => {
      this.pending.set(ref, { frame, resolve, reject });
      if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(frame));
    });
  }

  close() {
    this.stopped = true;
    if (this.ws) this.ws.close();
  }

  _receive(raw) {
    let frame;
    try { frame = JSON.parse(raw); } catch { return; }
    if (!frame || typeof frame.type !== "string") return;
    if (frame.type === "session.state" && typeof frame.admit === "string") this.admit = frame.admit;
    if (frame.type === "server.restart") {
      const delay = Number(frame.reconnect_in_ms);
      this.restartIn = Number.isFinite(delay) && delay >= 0 ? Math.min(delay, 60000) : null;
      return;
    }
    if (frame.type === "chat.batch") {
      for (const message of frame.messages || []) this._sequenced(message);
      return;
    }
    if ((frame.type === "ack" || frame.type === "error") && frame.ref && this.pending.has(frame.ref)) {
      const { resolve, reject } = this.pending.get(frame.ref);
      this.pending.delete(frame.ref);
      if (frame.type === "ack") resolve(frame); else reject(frame);
      this.onFrame(frame);
      return;
    }
    this._sequenced(frame);
  }

  _sequenced(frame) {
    // Chat lines and removals share the room's sequence; other frames (session.state's seq says where the
    // live stream starts) are not replayed and are passed on as they come.
    if ((frame.type === "chat.message" || frame.type === "chat.removed") && typeof frame.seq === "number") {
      if (frame.seq <= this.lastSeq) return; // already shown (a replay overlapping the live stream)
      this.lastSeq = frame.seq;
    }
    this.onFrame(frame);
  }
}
