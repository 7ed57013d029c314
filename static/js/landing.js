// Session landing page: "remind me" as a toggle over the reminders API (GET state, POST on, DELETE off).

import { _, api, errorText } from "./api.js";

const button = document.getElementById("remind-button");
const status = document.getElementById("remind-status");

function show(subscribed) {
  button.setAttribute("aria-pressed", String(subscribed));
  button.textContent = subscribed ? _("Reminder set (click to cancel)") : _("Remind me");
}

async function start() {
  const url = button.dataset.url;
  // Disabled until the current state is known: a click before then would do nothing (no handler yet) or act on
  // a stale state.
  button.disabled = true;
  try {
    show((await api(url)).subscribed);
  } catch {
    show(false);
  }
  button.disabled = false;
  button.addEventListener("click", async () => {
    const subscribed = button.getAttribute("aria-pressed") === "true";
    button.disabled = true;
    try {
      if (subscribed) {
        await api(url, { method: "DELETE" });
        status.textContent = _("The reminder is cancelled.");
      } else {
        await api(url, { method: "POST", body: {} });
        status.textContent = _("We will remind you before the session starts.");
      }
      show(!subscribed);
    } catch (error) {
      status.textContent = errorText(error);
    } finally {
      button.disabled = false;
    }
  });
}

if (button && !button.disabled && button.dataset.url) start();

// An ended session: offer its replay once compliance has published it (the API answers 404 until then).
const landing = document.getElementById("landing");
const replayLink = document.getElementById("replay-link");
if (landing && replayLink && landing.dataset.state === "ended") {
  const invite = landing.dataset.invite ? `?invite=${encodeURIComponent(landing.dataset.invite)}` : "";
  api(`/api/sessions/${landing.dataset.sessionId}/replay/${invite}`).then(() => { replayLink.hidden = false; }, () => {});
}
