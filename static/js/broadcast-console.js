// The live console's video: camera (and optionally the screen) → MediaRecorder → WebSocket → the studio's
// gated ingest; an on-air indicator, upload health, and OBS settings with a stream key shown once.

import { _, api, errorText, interpolate } from "./api.js";

const root = document.getElementById("broadcast");
const sessionId = root.dataset.sessionId;
const $ = (id) => document.getElementById(id);
const preview = $("broadcast-preview");
const onAir = $("on-air");
const health = $("broadcast-health");
const errorBox = $("broadcast-error");
const cameraButton = $("camera-start");
const screenButton = $("screen-share");
const startButton = $("broadcast-start");
const stopButton = $("broadcast-stop");

const REASONS = {
  not_live: _("The session is not live: press “Go live” first."),
  ended: _("The session has ended."),
  gate_closed: _("Compliance pulled content of this session back to review, so the stream was stopped."),
  stopped: _("A compliance officer stopped the stream."),
  wrong_key: _("The stream key is not valid any more."),
  key_rotated: _("The stream key was replaced, so the stream was stopped."),
  other_publisher: _("Another encoder is already broadcasting this session."),
  unknown_stream: _("The studio's server does not know this stream."),
  relay_failed: _("The video could not reach the studio's server. Check the network and try again."),
  ingest_unavailable: _("The studio's video server is not available. Try again in a moment."),
  already_broadcasting: _("This console is already broadcasting."),
  malformed: _("The browser sent video the server could not read."),
  camera_denied: _("The browser did not allow the camera or the microphone."),
  unsupported: _("This browser cannot broadcast. Use OBS with the stream key below."),
  socket_closed: _("The connection to the studio was lost. Press “Go on air” to try again."),
};
const STATUS = {
  waiting: _("Off air"), live: _("On air"), interrupted: _("Signal interrupted"),
  stopped: _("Stopped by compliance"), ended: _("Ended"),
};

let camera = null;
let screen = null;
let recorder = null;
let socket = null;
let stopping = false;

function showError(code) {
  errorBox.textContent = REASONS[code] || _("Something went wrong.");
  errorBox.hidden = false;
}

function clearError() {
  errorBox.hidden = true;
  errorBox.textContent = "";
}

function pickMime() {
  const candidates = ["video/webm;codecs=h264,opus", "video/x-matroska;codecs=avc1,opus",
    "video/webm;codecs=vp8,opus", "video/webm"];
  return candidates.find((type) => window.MediaRecorder && MediaRecorder.isTypeSupported(type)) || "";
}

function source() {
  if (!screen) return camera;
  return new MediaStream([...screen.getVideoTracks(), ...camera.getAudioTracks()]);
}

async function startCamera() {
  clearError();
  if (!navigator.mediaDevices || !window.MediaRecorder) {
    showError("unsupported");
    return;
  }
  try {
    camera = await navigator.mediaDevices.getUserMedia({
      video: { width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 25 } }, audio: true,
    });
  } catch {
    showError("camera_denied");
    return;
  }
  preview.srcObject = camera;
  cameraButton.disabled = true;
  screenButton.disabled = !navigator.mediaDevices.getDisplayMedia;
  startButton.disabled = false;
}

async function toggleScreen() {
  if (screen) {
    screen.getTracks().forEach((track) => track.stop());
    screen = null;
  } else {
    try {
      screen = await navigator.mediaDevices.getDisplayMedia({ video: true });
    } catch {
      return;
    }
    screen.getVideoTracks()[0].addEventListener("ended", () => { screen = null; restartIfLive(); });
  }
  screenButton.textContent = screen ? _("Stop sharing the screen") : _("Share screen");
  preview.srcObject = source();
  restartIfLive();
}

function restartIfLive() {
  if (!recorder) return;
  stopBroadcast().then(startBroadcast);
}

function startBroadcast() {
  clearError();
  const mime = pickMime();
  if (!mime) {
    showError("unsupported");
    return Promise.resolve();
  }
  stopping = false;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  socket = new WebSocket(`${scheme}://${location.host}/ws/broadcast/${sessionId}/`);
  socket.binaryType = "arraybuffer";
  startButton.disabled = true;
  socket.addEventListener("open", () => socket.send(JSON.stringify({ type: "start", mime })));
  socket.addEventListener("message", (event) => onFrame(JSON.parse(event.data), mime));
  socket.addEventListener("close", () => {
    const wasLive = recorder !== null;
    stopRecorder();
    if (wasLive && !stopping) showError("socket_closed");
    resetButtons();
  });
  return Promise.resolve();
}

function onFrame(frame, mime) {
  switch (frame.type) {
    case "started":
      recorder = new MediaRecorder(source(), {
        mimeType: mime, videoBitsPerSecond: 1_500_000, audioBitsPerSecond: 96_000, videoKeyFrameIntervalDuration: 1000,
      });
      recorder.addEventListener("dataavailable", (event) => {
        if (event.data.size && socket && socket.readyState === WebSocket.OPEN) socket.send(event.data);
      });
      recorder.start(250);
      stopButton.hidden = false;
      startButton.hidden = true;
      health.textContent = _("Connecting to the studio…");
      break;
    case "health": {
      const backlog = socket ? Math.round(socket.bufferedAmount / 1024) : 0;
      health.textContent = interpolate(_("Uploading %(kbps)s kbit/s · %(seconds)s s on the way · %(backlog)s KB waiting"),
        { kbps: frame.kbps, seconds: Math.round(frame.seconds), backlog });
      health.classList.toggle("error", backlog > 2048);
      break;
    }
    case "ended":
      stopRecorder();
      if (frame.reason !== "stopped_by_you") showError(frame.reason);
      health.textContent = "";
      if (socket) socket.close();
      break;
    case "error":
      showError(frame.code);
      break;
    default:
      break;
  }
}

function stopRecorder() {
  if (recorder && recorder.state !== "inactive") recorder.stop();
  recorder = null;
}

function resetButtons() {
  stopButton.hidden = true;
  startButton.hidden = false;
  startButton.disabled = !camera;
}

async function stopBroadcast() {
  stopping = true;
  stopRecorder();
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "stop" }));
  if (socket) socket.close();
  socket = null;
  health.textContent = "";
  resetButtons();
}

async function refreshStatus() {
  try {
    const stream = await api(`/api/broadcast/sessions/${sessionId}/`);
    onAir.dataset.status = stream.status;
    onAir.textContent = STATUS[stream.status] || stream.status;
    $("obs-server").textContent = stream.server;
  } catch {
    // the next poll tries again
  }
}

async function newKey() {
  if (!window.confirm(_("Create a new stream key? The old key stops working at once."))) return;
  try {
    const issued = await api(`/api/broadcast/sessions/${sessionId}/key/`, { method: "POST" });
    $("obs-server").textContent = issued.server;
    $("obs-key").textContent = issued.stream_key;
  } catch (error) {
    errorBox.textContent = errorText(error);
    errorBox.hidden = false;
  }
}

cameraButton.addEventListener("click", startCamera);
screenButton.addEventListener("click", toggleScreen);
startButton.addEventListener("click", startBroadcast);
stopButton.addEventListener("click", stopBroadcast);
$("obs-key-new").addEventListener("click", newKey);
refreshStatus();
setInterval(refreshStatus, 3000);
