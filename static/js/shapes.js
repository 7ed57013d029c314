// The API's representations, read in one place so the pages do not depend on every field name.

export function session(data) {
  const rm = data.rm || data.presenter || {};
  const studio = typeof data.studio === "object" && data.studio ? data.studio : { id: data.studio_id ?? data.studio };
  return {
    id: data.id,
    title: data.title || "",
    description: data.description || "",
    scheduledStart: data.scheduled_start,
    scheduledEnd: data.scheduled_end,
    state: data.state,
    script: data.script || "",
    playbackUrl: data.playback_url || "",
    studio,
    products: (data.featured_products || []).map(product),
    blockers: data.blockers || data.gate_blockers || [],
    rm: {
      name: rm.display_name || rm.name || "",
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
