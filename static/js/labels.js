// Readable names instead of internal codes (rule codes, gate blockers, content kinds, invitation warnings),
// in the page's language. The one mapping lives in compliance/labels.py; base.html renders it as the
// "cs-labels" JSON block, read here once.

import { interpolate, jsonScript } from "./api.js";

const LABELS = jsonScript("cs-labels") || {};
const table = (name) => LABELS[name] || {};

/** "promise.capital_guarantee" -> "承诺保本"; an unknown code gets a generic name, never the code. */
export function ruleName(code) {
  return table("rules")[code] || table("unknown_rule")[""] || "";
}

export function severityName(severity) {
  return table("severities")[severity] || "";
}

export function kindName(kind) {
  return table("kinds")[kind] || "";
}

function subject(kind, product) {
  const formats = table("formats");
  if (product) return interpolate(formats.card_of || "%(product)s", { product: `${product.code} ${product.name}` });
  return formats[kind] || kindName(kind);
}

/** A publishing-gate blocker ({code, kind, product_id}) as a sentence; `products` are the session's. */
export function blockerText(blocker, products = []) {
  const product = blocker.product_id ? products.find((p) => p.id === blocker.product_id) : null;
  const state = table("blockers")[blocker.code] || table("blockers").awaiting_decision || "";
  return interpolate(table("formats").blocker || "%(subject)s %(state)s", { subject: subject(blocker.kind, product), state });
}

/** An invitation warning ({code, ...figures}) as a sentence. */
export function inviteWarningText(warning) {
  const template = table("invite_warnings")[warning.code];
  if (!template) return "";
  return interpolate(template, {
    customers: warning.customers ?? "", product: warning.product ?? "", risk_level: warning.risk_level ?? "",
    suitable: warning.suitable ?? "", total: warning.customers ?? "",
  });
}

export function notificationTitle(kind) {
  return table("notifications")[kind] || "";
}
