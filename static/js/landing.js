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
  try {
    show((await api(url)).subscribed);
  } catch {
    show(false);
  }
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
