// The RM's session report: summary figures and three hand-drawn SVG charts from /api/sessions/<id>/analytics/.
// No library and no inline script (the page's CSP is script-src 'self'); all text is set with textContent.

import { _, api, el, errorText, formatTime, gettext_noop, interpolate, ngettext } from "./api.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 600;
const H = 220;
const PAD = { left: 36, right: 10, top: 12, bottom: 28 };

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function canvas(figure, summary, kind) {
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": summary, "data-chart": kind });
  root.append(svg("title", {}, summary));
  root.append(svg("line", { class: "chart-axis", x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom }));
  root.append(svg("line", { class: "chart-axis", x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom }));
  figure.querySelector("svg")?.remove();
  figure.prepend(root);
  figure.querySelector("figcaption").textContent = summary;
  return root;
}

function yScale(max) {
  const top = Math.max(1, max);
  return (value) => H - PAD.bottom - (value / top) * (H - PAD.top - PAD.bottom);
}

function yLabels(root, max) {
  const y = yScale(max);
  for (const value of [0, Math.max(1, max)]) {
    root.append(svg("text", { class: "chart-label", x: PAD.left - 4, y: y(value) + 3, "text-anchor": "end" }, value));
  }
}

function drawViewers(figure, samples, attendance) {
  const peak = Math.max(0, ...samples.map((s) => s.viewers));
  const summary = samples.length
    ? interpolate(_("Viewers over time: %(n)s samples, peak %(peak)s (exact peak %(exact)s)"),
      { n: samples.length, peak, exact: attendance.peak_concurrent })
    : _("No viewer samples yet: they are taken every 10 seconds while the session is live.");
  const root = canvas(figure, summary, "viewers");
  if (!samples.length) return;
  yLabels(root, peak);
  const y = yScale(peak);
  const times = samples.map((s) => new Date(s.at).getTime());
  const start = times[0];
  const span = Math.max(1, times[times.length - 1] - start);
  const x = (t) => PAD.left + ((t - start) / span) * (W - PAD.left - PAD.right);
  const points = samples.map((s, i) => `${x(times[i]).toFixed(1)},${y(s.viewers).toFixed(1)}`);
  if (points.length === 1) points.push(`${W - PAD.right},${y(samples[0].viewers).toFixed(1)}`);
  root.append(svg("polyline", { class: "chart-line", points: points.join(" "), "data-points": samples.length }));
  root.append(svg("text", { class: "chart-label", x: PAD.left, y: H - 8 }, formatTime(samples[0].at)));
  root.append(svg("text", { class: "chart-label", x: W - PAD.right, y: H - 8, "text-anchor": "end" },
    formatTime(samples[samples.length - 1].at)));
}

function legend(figure, items) {
  figure.querySelector(".chart-legend")?.remove();
  const list = el("ul", { class: "chart-legend" });
  for (const [cls, label] of items) {
    const swatch = document.createElementNS(SVG, "svg");
    swatch.setAttribute("width", "12");
    swatch.setAttribute("height", "12");
    swatch.append(svg("rect", { class: `chart-bar ${cls}`, width: 12, height: 12 }));
    list.append(el("li", {}, swatch, " ", label));
  }
  figure.append(list);
}

function drawMessages(figure, minutes) {
  const totals = minutes.map((m) => m.published + m.held + m.rejected);
  const max = Math.max(0, ...totals);
  const summary = minutes.length
    ? interpolate(_("Messages per minute over %(n)s minutes, busiest %(max)s"), { n: minutes.length, max })
    : _("No chat messages.");
  const root = canvas(figure, summary, "messages");
  legend(figure, [["", _("Published")], ["held", _("Held")], ["rejected", _("Rejected")]]);
  if (!minutes.length) return;
  yLabels(root, max);
  const y = yScale(max);
  const slot = (W - PAD.left - PAD.right) / minutes.length;
  const width = Math.min(48, Math.max(1, slot * 0.8));
  minutes.forEach((minute, i) => {
    let base = H - PAD.bottom;
    for (const [key, cls] of [["published", ""], ["held", "held"], ["rejected", "rejected"]]) {
      if (!minute[key]) continue;
      const height = (H - PAD.bottom) - y(minute[key]);
      base -= height;
      const bar = svg("rect", { class: `chart-bar ${cls}`.trim(), x: (PAD.left + i * slot + (slot - width) / 2).toFixed(1),
        y: base.toFixed(1), width: width.toFixed(1), height: height.toFixed(1), "data-minute": minute.minute, "data-kind": key });
      bar.append(svg("title", {}, `${formatTime(minute.minute)} ${_(key)}: ${minute[key]}`));
      root.append(bar);
    }
  });
  root.append(svg("text", { class: "chart-label", x: PAD.left, y: H - 8 }, formatTime(minutes[0].minute)));
  root.append(svg("text", { class: "chart-label", x: W - PAD.right, y: H - 8, "text-anchor": "end" },
    formatTime(minutes[minutes.length - 1].minute)));
}

const STAGES = [["reached", "stage-0"], ["suitable", "stage-1"], ["opened", "stage-2"], ["interested", "stage-3"]];

function drawFunnel(figure, cards) {
  const max = Math.max(0, ...cards.flatMap((c) => STAGES.map(([key]) => c[key])));
  const summary = cards.length
    ? interpolate(_("Card funnel for %(n)s products: in the room, suitable, opened, interested"), { n: cards.length })
    : _("No product cards were pushed.");
  const root = canvas(figure, summary, "funnel");
  legend(figure, [["stage-0", _("In the room")], ["stage-1", _("Suitable")], ["stage-2", _("Opened")],
    ["stage-3", _("Interested")]]);
  if (!cards.length) return;
  yLabels(root, max);
  const y = yScale(max);
  const group = (W - PAD.left - PAD.right) / cards.length;
  const width = Math.min(56, (group * 0.8) / STAGES.length);
  cards.forEach((card, i) => {
    const left = PAD.left + i * group + (group - width * STAGES.length) / 2;
    STAGES.forEach(([key, cls], j) => {
      const height = (H - PAD.bottom) - y(card[key]);
      const bar = svg("rect", { class: `chart-bar ${cls}`, x: (left + j * width).toFixed(1), y: y(card[key]).toFixed(1),
        width: Math.max(1, width - 2).toFixed(1), height: Math.max(0, height).toFixed(1),
        "data-product": card.code, "data-stage": key, "data-value": card[key] });
      bar.append(svg("title", {}, `${card.code} ${card.name}: ${_(key)} ${card[key]}`));
      root.append(bar);
    });
    root.append(svg("text", { class: "chart-label", x: (left + (width * STAGES.length) / 2).toFixed(1), y: H - 8, "text-anchor": "middle" },
      `${card.code} (${card.risk_level})`));
  });
}

const REPLAY_STATES = {
  recording: gettext_noop("Waiting for recordings"),
  in_review: gettext_noop("Awaiting compliance review"),
  publishing: gettext_noop("Being published"),
  published: gettext_noop("Published"),
  withheld: gettext_noop("Withheld"),
  failed: gettext_noop("Failed"),
};

function figures(data) {
  const a = data.attendance;
  const minutes = (s) => `${Math.round(s / 60)} ${_("min")}`;
  const items = [
    [_("Unique viewers"), a.unique_viewers, "unique_viewers"],
    [_("Peak concurrent"), a.peak_concurrent, "peak_concurrent"],
    [_("Total watch time"), minutes(a.watch_time_seconds), "watch_time"],
    [_("Average watch time"), minutes(a.average_watch_seconds), "average_watch"],
    [_("Chat lines published"), data.chat.published, "chat_published"],
    [_("Held / rejected lines"), `${data.chat.held} / ${data.chat.rejected}`, "chat_held_rejected"],
    [_("Questions (answered)"), `${data.questions.asked} (${data.questions.answered})`, "questions"],
    [_("Reactions"), data.reactions.total, "reactions"],
    [_("Invited (attended)"), `${data.invitations.invited} (${data.invitations.attended})`, "invitations"],
    [_("Reminders sent"), `${data.reminders.sent} / ${data.reminders.subscribed}`, "reminders"],
    [_("Replay views (viewers)"), `${data.replay.replay_views} (${data.replay.replay_viewers})`, "replay_views"],
    [_("Replay"), REPLAY_STATES[data.replay.state] ? _(REPLAY_STATES[data.replay.state]) + (data.replay.reason ? ` · ${data.replay.reason}` : "") : _("No recording"), "replay_state"],
  ];
  const list = document.getElementById("report-figures");
  list.replaceChildren(...items.map(([label, value, key]) =>
    el("div", { dataset: { figure: key } }, el("dt", {}, label), el("dd", {}, value))));
}

function links(data) {
  const body = document.querySelector("#report-links tbody");
  body.replaceChildren(...data.share_links.map((link) => el("tr", {},
    el("td", {}, `#${link.id} ${link.label}`), el("td", {}, link.created_by),
    el("td", {}, link.redemptions), el("td", {}, link.attended))));
}

async function load() {
  const root = document.getElementById("report");
  const status = document.getElementById("report-status");
  try {
    const data = await api(root.dataset.analyticsUrl);
    figures(data);
    drawViewers(document.getElementById("chart-viewers"), data.viewers_over_time, data.attendance);
    drawMessages(document.getElementById("chart-messages"), data.messages_per_minute);
    drawFunnel(document.getElementById("chart-funnel"), data.cards);
    links(data);
    status.textContent = "";
    root.dataset.loaded = "true";
  } catch (error) {
    status.textContent = errorText(error);
    status.classList.add("error");
  }
}

function share() {
  const section = document.getElementById("share");
  if (!section) return;
  const shareForm = document.getElementById("share-form");
  const shareResult = document.getElementById("share-result");
  shareForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const days = Number(shareForm.elements.days.value);
    const expires = new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
    try {
      const link = await api(section.dataset.linksUrl, { method: "POST",
        body: { label: shareForm.elements.label.value, expires_at: expires } });
      const url = new URL(link.url, location.origin).href;
      shareResult.replaceChildren(_("Share link:"), " ", el("a", { href: url, "data-testid": "share-url" }, url));
      load();
    } catch (error) {
      shareResult.textContent = errorText(error);
    }
  });
  invite(section);
}

// ---------------------------------------------------------------- invite a segment

const LEVELS = ["C1", "C2", "C3", "C4", "C5"];

function riskMix(mix) {
  const parts = LEVELS.filter((level) => mix[level]).map((level) => `${level} ${mix[level]}`);
  if (mix.none) parts.push(interpolate(_("unassessed or expired %(count)s"), { count: mix.none }));
  return parts.join(" · ");
}

function warningItems(warnings) {
  return warnings.map((w) => el("li", { class: "error", dataset: { code: w.code } }, w.text || ""));
}

/** The segments that exist, with sizes and risk mix; warn before sending, confirm after. */
async function invite(section) {
  const inviteForm = document.getElementById("invite-form");
  const select = inviteForm.elements.segment;
  const detail = document.getElementById("segment-detail");
  const inviteResult = document.getElementById("invite-result");
  const warnings = document.getElementById("invite-warnings");
  const dialog = document.getElementById("invite-confirm");
  let segments = [];

  async function loadSegments() {
    segments = await api(section.dataset.inviteUrl);
    const chosen = select.value;
    select.replaceChildren(select.options[0], ...segments.map((s) => el("option", { value: s.segment },
      interpolate(ngettext("%(segment)s (%(count)s customer)", "%(segment)s (%(count)s customers)", s.customers),
        { segment: s.segment, count: s.customers }))));
    select.value = chosen;
    if (!segments.length) detail.textContent = _("None of your customers carries a segment label yet.");
    showDetail();
  }

  function current() {
    return segments.find((s) => s.segment === select.value) || null;
  }

  function showDetail() {
    const segment = current();
    if (!segment) {
      if (segments.length) detail.replaceChildren();
      return;
    }
    detail.replaceChildren(
      el("p", { dataset: { testid: "segment-mix" } }, interpolate(_("Risk levels: %(mix)s."), { mix: riskMix(segment.risk_mix) }),
        segment.already_invited ? [" ", interpolate(_("%(count)s already invited."), { count: segment.already_invited })] : null),
      segment.warnings.length ? el("ul", { class: "plain segment-warnings" }, ...warningItems(segment.warnings)) : null,
    );
  }

  select.addEventListener("change", showDetail);

  inviteForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    warnings.replaceChildren();
    const segment = current();
    if (!segment) {
      inviteResult.textContent = _("Choose a segment from the list.");
      return;
    }
    // Warn before anything is sent: the suitability warnings first, then one confirmation.
    document.getElementById("invite-confirm-summary").textContent = interpolate(
      _("Invite the %(count)s customers of “%(segment)s” (risk levels: %(mix)s)?"),
      { count: segment.customers - segment.already_invited, segment: segment.segment, mix: riskMix(segment.risk_mix) });
    document.getElementById("invite-confirm-warnings").replaceChildren(...warningItems(segment.warnings));
    dialog.returnValue = "";
    dialog.showModal();
    const answer = await new Promise((resolve) => dialog.addEventListener("close", () => resolve(dialog.returnValue), { once: true }));
    if (answer !== "send") {
      inviteResult.textContent = _("Nothing was sent.");
      return;
    }
    try {
      const result = await api(section.dataset.inviteUrl, { method: "POST", body: { segment: segment.segment, confirm: true } });
      inviteResult.textContent = interpolate(_("Sent: %(invited)s customers invited (%(already)s had been invited before)."),
        { invited: result.invited, already: result.already_invited });
      warnings.replaceChildren(...warningItems(result.warnings));
      load();
      loadSegments();
    } catch (error) {
      inviteResult.textContent = errorText(error);
    }
  });

  try {
    await loadSegments();
  } catch (error) {
    detail.textContent = errorText(error);
  }
}

share();
load();
