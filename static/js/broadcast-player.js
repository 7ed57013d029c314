// The room's video: the studio's HLS (hls.js), fetched through a signed link the playback API gives to
// viewers it admits. States: waiting → on air → interrupted (reconnecting) → ended; also "stopped".
// Officers watching the room get a "Stop stream" action with a required reason.

import { _, api, el, errorText } from "./api.js";

const MESSAGES = {
  waiting: _("Waiting for the stream…"),
  interrupted: _("The stream was interrupted. Reconnecting…"),
  stopped: _("Compliance stopped this stream."),
  ended: _("The session has ended."),
};

export class Player {
  constructor(box, { sessionId, invite = "", hlsModule }) {
    this.box = box;
    this.sessionId = sessionId;
    this.invite = invite;
    this.hlsModule = hlsModule;
    this.status = "";
    this.hls = null;
    this.video = null;
    this.retry = null;
    this.stopForm = null;
  }

  async refresh() {
    clearTimeout(this.retry);
    let info;
    try {
      const query = this.invite ? `?invite=${encodeURIComponent(this.invite)}` : "";
      info = await api(`/api/broadcast/sessions/${this.sessionId}/playback/${query}`);
    } catch {
      this.retry = setTimeout(() => this.refresh(), 5000);
      return;
    }
    this.show(info.status, info.url);
    if (info.can_stop) this.offerStop();
    if (info.status === "interrupted" || info.status === "waiting") {
      this.retry = setTimeout(() => this.refresh(), info.status === "interrupted" ? 3000 : 10000);
    }
  }

  /** A stream.state or session.state frame arrived: ask the API what to play now. */
  changed(state) {
    if (state === "ended") this.show("ended", null);
    else if (state !== this.status) this.refresh();
  }

  show(status, url) {
    this.status = status;
    this.box.dataset.stream = status;
    if (status === "live" && url) {
      this.play(url);
      return;
    }
    this.teardown();
    this.box.replaceChildren(el("p", { id: "video-waiting", role: "status" }, MESSAGES[status] || MESSAGES.waiting));
  }

  teardown() {
    if (this.hls) this.hls.destroy();
    this.hls = null;
    this.video = null;
  }

  async play(url) {
    if (this.video) return;
    const video = el("video", { controls: true, playsinline: true, muted: true, autoplay: true, "aria-label": _("Live video") });
    const note = el("p", { class: "video-note", role: "status" });
    this.box.replaceChildren(video, note);
    this.video = video;
    let Hls = null;
    try {
      ({ default: Hls } = await import(this.hlsModule));
    } catch {
      Hls = null;
    }
    if (Hls && Hls.isSupported()) {
      const hls = new Hls({ liveSyncDurationCount: 2, manifestLoadingMaxRetry: 2 });
      hls.on(Hls.Events.ERROR, (_event, data) => {
        if (!data.fatal) return;
        note.textContent = MESSAGES.interrupted;
        this.teardown();
        this.retry = setTimeout(() => this.refresh(), 3000); // a fresh signed link, or the new state
      });
      hls.on(Hls.Events.MANIFEST_PARSED, () => { note.textContent = ""; video.play().catch(() => {}); });
      hls.loadSource(url);
      hls.attachMedia(video);
      this.hls = hls;
    } else if (video.canPlayType("application/vnd.apple.mpegurl")) {
      video.src = url;
    } else {
      this.box.replaceChildren(el("p", {}, _("This browser cannot play the stream.")));
    }
  }

  offerStop() {
    if (this.stopForm) return;
    const reason = el("input", { id: "stop-reason", type: "text", maxlength: "500", required: true,
      placeholder: _("Reason (recorded in the audit trail)") });
    const status = el("span", { role: "status", "aria-live": "polite" });
    this.stopForm = el("form", { class: "composer stop-stream", id: "stop-stream-form" },
      el("label", { for: "stop-reason", class: "visually-hidden" }, _("Reason for stopping the stream")),
      reason, el("button", { type: "submit", class: "button danger" }, _("Stop stream")), status);
    this.stopForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!reason.value.trim()) return;
      try {
        await api(`/api/broadcast/sessions/${this.sessionId}/stop/`, { method: "POST", body: { reason: reason.value.trim() } });
        status.textContent = _("Stopped. The stream goes off air within seconds.");
        this.refresh();
      } catch (error) {
        status.textContent = errorText(error);
      }
    });
    this.box.after(this.stopForm);
  }
}
