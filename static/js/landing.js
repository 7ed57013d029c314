// Session landing page: the "remind me" button (enabled only when the reminders API exists).

import { _, api, errorText } from "./api.js";

const button = document.getElementById("remind-button");
const status = document.getElementById("remind-status");

if (button && !button.disabled && button.dataset.url) {
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await api(button.dataset.url, { method: "POST", body: {} });
      status.textContent = _("We will remind you before the session starts.");
    } catch (error) {
      button.disabled = false;
      status.textContent = errorText(error);
    }
  });
}
