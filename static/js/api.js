// Small helpers shared by the pages: the JSON API with the session cookie and CSRF, translation, DOM building.
// Text from users and the server is always set with textContent (see el()), never parsed as HTML.

export const _ = (text) => (window.gettext ? window.gettext(text) : text);
export const ngettext = (singular, plural, count) =>
  (window.ngettext ? window.ngettext(singular, plural, count) : count === 1 ? singular : plural);
// Marks a string for extraction (makemessages) where it is translated later through _().
export const gettext_noop = (text) => text;
export const interpolate = (fmt, values) => (window.interpolate ? window.interpolate(fmt, values, true) : fmt);

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.code = (body && body.code) || "http_error";
    this.details = (body && body.details) || {};
  }
}

function cookie(name) {
  for (const part of document.cookie.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return "";
}

export async function api(path, { method = "GET", body, signal } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET") headers["X-CSRFToken"] = cookie("csrftoken");
  const response = await fetch(path, {
    method, headers, signal, credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** All items of a list endpoint, following DRF page links (or the plain list when it is not paged). */
export async function apiList(path) {
  let data = await api(path);
  if (Array.isArray(data)) return data;
  const items = [...(data.results || [])];
  while (data.next) {
    const next = new URL(data.next, location.origin);
    data = await api(next.pathname + next.search);
    items.push(...(data.results || []));
  }
  return items;
}

/** Build an element: el("li", {class: "x", dataset: {id: 1}}, "text", child). Strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function formatDateTime(value) {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString(document.documentElement.lang || undefined, {
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    timeZone: document.documentElement.dataset.timeZone || undefined, // the studio's zone, not the browser's
  });
}

export function formatTime(value) {
  const date = value ? new Date(value) : new Date();
  return date.toLocaleTimeString(document.documentElement.lang || undefined, {
    hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: document.documentElement.dataset.timeZone || undefined });
}

const STATE_LABELS = {
  draft: gettext_noop("Draft"),
  in_review: gettext_noop("In review"),
  approved: gettext_noop("Approved"),
  live: gettext_noop("Live"),
  ended: gettext_noop("Ended"),
  pending: gettext_noop("Pending"),
  checking: gettext_noop("Checking"),
  flagged: gettext_noop("Flagged"),
  passed: gettext_noop("Passed"),
  rejected: gettext_noop("Rejected"),
  published: gettext_noop("Published"),
  held: gettext_noop("Held for review"),
  removed: gettext_noop("Removed"),
};

export function stateLabel(state) {
  return STATE_LABELS[state] ? _(STATE_LABELS[state]) : String(state || "");
}

export function badge(state, prefix = "state") {
  return el("span", { class: `badge ${prefix}-${state}`, dataset: { state } }, stateLabel(state));
}

/** Read a json_script block by id. */
export function jsonScript(id) {
  const node = document.getElementById(id);
  return node ? JSON.parse(node.textContent) : null;
}

export function errorText(error) {
  if (error instanceof ApiError) {
    const readable = (value) => typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));
    // A field is named by its label on the page, never by its API name (no internal codes on a page).
    const labelOf = (field) => {
      const input = document.querySelector(`[name="${CSS.escape(field)}"]`);
      return input && input.labels && input.labels[0] ? input.labels[0].textContent.trim() : "";
    };
    const fields = Object.entries(error.details || {})
      .filter(([, messages]) => readable(messages))
      .map(([field, messages]) => {
        const text = Array.isArray(messages) ? messages.join(" ") : messages;
        const label = labelOf(field);
        return label ? interpolate(_("%(field)s: %(message)s"), { field: label, message: text }) : text;
      });
    return [error.message, ...fields].join(" · ");
  }
  return _("The network is unavailable. Please try again.");
}
