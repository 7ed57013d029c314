// The API's representations, read in one place so the pages do not depend on every field name.

import { _, gettext_noop } from "./api.js";

export function session(data) {
  const rm = data.host || data.rm || {};
  const studio = typeof data.studio === "object" && data.studio ? data.studio : { id: data.studio_id ?? data.studio };
  return {
    id: data.id,
    title: data.title || "",
    description: data.description || "",
    scheduledStart: data.scheduled_start,
    scheduledEnd: data.scheduled_end,
    state: data.state,
    script: data.script || "",
    studio,
    products: (data.featured_products || []).map(product),
    blockers: data.blockers || data.gate_blockers || [],
    rm: {
      name: rm.name || rm.display_name || "",
      branch: rm.branch || "",
      licence: rm.licence_number || rm.licence || "",
    },
    raw: data,
  };
}

export function product(data) {
  return {
    id: data.id,
    code: data.code || "",
    name: data.name || "",
    riskLevel: data.risk_level || "",
    benchmarkMin: data.benchmark_min,
    benchmarkMax: data.benchmark_max,
    type: data.type || "",
    cardText: data.card_text || data.text || "",
  };
}

const KIND = {
  script: gettext_noop("The script"),
  announcement: gettext_noop("The announcement (title and description)"),
  product_card: gettext_noop("The product card"),
};
const WAITING = {
  pending: gettext_noop("is waiting for the compliance check."),
  checking: gettext_noop("is being checked."),
  flagged: gettext_noop("has findings and waits for a compliance officer's decision."),
  passed: gettext_noop("waits for a compliance officer's decision."),
  rejected: gettext_noop("was rejected: fix it and submit again."),
};

/**
 * What still blocks publishing. The session's own `blockers` (the publishing gate's answer) when the API
 * sends them; otherwise derived from the latest submission of each piece of content.
 */
export function blockers(shaped, submissions) {
  if (Array.isArray(shaped.raw.blockers) || Array.isArray(shaped.raw.gate_blockers)) return shaped.blockers;
  if (["approved", "live", "ended"].includes(shaped.state)) return [];
  const latest = new Map();
  for (const sub of submissions || []) {
    if (sub.session_id !== shaped.id || sub.withdrawn) continue;
    const key = `${sub.kind}:${sub.product_id || ""}`;
    if (!latest.has(key) || latest.get(key).id < sub.id) latest.set(key, sub);
  }
  if (!latest.size) return [{ code: "not_submitted", message: _("Not submitted for review yet.") }];
  const result = [];
  for (const sub of [...latest.values()].sort((a, b) => a.id - b.id)) {
    if (sub.status === "approved") continue;
    const product = shaped.products.find((p) => p.id === sub.product_id);
    const what = _(KIND[sub.kind] || sub.kind) + (product ? ` ${product.code}` : "");
    result.push({ code: sub.status, kind: sub.kind, message: `${what} ${_(WAITING[sub.status] || sub.status)}` });
  }
  return result;
}
