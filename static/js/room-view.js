// Rendering shared by the customer room and the RM console. User text only ever goes through textContent.

import { _, el, formatTime, gettext_noop, interpolate, stateLabel } from "./api.js";

export class ChatLog {
  constructor(list, { moderation = null } = {}) {
    this.list = list;
    this.moderation = moderation; // (item, message) => adds controls, for the host
    this.byId = new Map();
  }

  _stickToBottom(fn) {
    const atBottom = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 40;
    fn();
    if (atBottom) this.list.scrollTop = this.list.scrollHeight;
  }

  /** A published line (chat.message). Merges into a pending own line with the same id. */
  add(message) {
    let item = this.byId.get(message.id);
    if (item && item.classList.contains("own")) return this.own(message.id, message, "published", { id: message.id });
    if (!item) {
      item = el("li", { dataset: { id: message.id } });
      this.byId.set(message.id, item);
      this._stickToBottom(() => this.list.append(item));
    }
    this._fill(item, message);
    if (message.seq !== undefined) item.dataset.seq = message.seq;
    return item;
  }

  /** The host's own line before and after its verdict. */
  own(key, message, status, extra = {}) {
    let item = this.byId.get(key);
    if (!item) {
      item = el("li", { class: "own" });
      this.byId.set(key, item);
      this._stickToBottom(() => this.list.append(item));
    }
    if (extra.id && extra.id !== key) {
      this.byId.delete(key);
      const existing = this.byId.get(extra.id);
      if (existing && existing !== item) existing.remove();
      this.byId.set(extra.id, item);
      item.dataset.id = extra.id;
    }
    this._fill(item, { ...message, id: extra.id || message.id }, status === "published");
    item.dataset.status = status;
    item.append(el("span", { class: `badge line-status status-${status}`, dataset: { status } }, stateLabel(status)));
    if (extra.reason) item.append(el("span", { class: "reason" }, extra.reason));
    return item;
  }

  /**
   * A line removed for everyone. Viewers see "a message was removed"; the host's own line keeps its text
   * with the state "removed" (``note`` says by whom), so a held line never keeps saying it waits.
   */
  remove(id, { note = "" } = {}) {
    const item = this.byId.get(id);
    if (!item) return;
    if (item.classList.contains("own")) {
      item.dataset.status = "removed";
      item.querySelector(".line-status")?.remove();
      item.querySelector(".reason")?.remove();
      item.querySelector(".mod-actions")?.remove();
      item.append(el("span", { class: "badge line-status status-removed", dataset: { status: "removed" } }, stateLabel("removed")));
      item.append(el("span", { class: "reason" }, note || _("Removed: viewers do not see this line.")));
      return;
    }
    item.classList.add("removed");
    item.replaceChildren(el("em", { class: "hint" }, _("A message was removed.")));
  }

  _fill(item, message, moderate = true) {
    item.className = `${item.classList.contains("own") ? "own " : ""}role-${message.role || "customer"}`;
    item.replaceChildren(
      el("span", { class: "author" }, message.author || ""),
      el("span", { class: "text" }, message.text ?? ""),
    );
    if (message.at) item.append(el("time", { class: "hint", datetime: message.at }, " ", formatTime(message.at)));
    if (this.moderation && message.id && moderate) this.moderation(item, message);
  }
}

export class QuestionList {
  /**
   * Questions by votes. Viewers get ``onUpvote`` (never on their own question: ``myId``); the host gets
   * ``onAnswer(q, text)`` (a typed answer, checked like any RM line), ``onDismiss(q)`` and ``onMerge(q, into)``.
   */
  constructor(list, { onUpvote = null, onAnswer = null, onMarkAnswered = null, onDismiss = null, onMerge = null, myId = null, onChange = null } = {}) {
    this.list = list;
    this.onMarkAnswered = onMarkAnswered;
    this.onUpvote = onUpvote;
    this.onAnswer = onAnswer;
    this.onDismiss = onDismiss;
    this.onMerge = onMerge;
    this.myId = myId;
    this.onChange = onChange;
    this.questions = new Map();
  }

  set(questions) {
    this.questions.clear();
    for (const q of questions || []) this.questions.set(q.id, { ...q });
    this.render();
  }

  upsert(question) {
    this.questions.set(question.id, { ...(this.questions.get(question.id) || {}), ...question });
    this.render();
  }

  update(id, changes) {
    const q = this.questions.get(id);
    if (!q) return;
    Object.assign(q, changes);
    this.render();
  }

  drop(id) {
    if (this.questions.delete(id)) this.render();
  }

  /** The host's answer line ``answerId`` was removed: the question no longer shows it (a newer answer stays). */
  answerRemoved(id, answerId) {
    const q = this.questions.get(id);
    if (!q || !q.answer || q.answer.id !== answerId) return;
    q.answer = null;
    this.render();
  }

  _hostControls(q, others) {
    const controls = [];
    if (this.onAnswer && !q.answer) {
      const input = el("input", { type: "text", maxlength: "500", class: "answer-input", "aria-label": interpolate(_("Answer to: %(text)s"), { text: q.text || "" }), placeholder: _("Type an answer (checked before it is shown)") });
      const status = el("span", { class: "answer-status", role: "status" });
      const form = el("form", { class: "composer answer-form", onsubmit: (event) => {
        event.preventDefault();
        const text = input.value.trim();
        if (!text) return;
        this.onAnswer(q, text, { input, status });
      } }, input, el("button", { type: "submit", class: "button small primary" }, _("Answer")));
      controls.push(form, status);
    }
    const buttons = el("span", { class: "q-actions" });
    if (this.onMarkAnswered && !q.answered && !q.answer) {
      buttons.append(el("button", { type: "button", class: "button small", onclick: () => this.onMarkAnswered(q) }, _("Mark answered")), " ");
    }
    if (this.onDismiss) {
      buttons.append(el("button", { type: "button", class: "button small", onclick: () => this.onDismiss(q) }, _("Dismiss")));
    }
    if (this.onMerge && others.length) {
      const select = el("select", { class: "merge-into", "aria-label": _("Merge into the question") },
        el("option", { value: "" }, _("Duplicate of…")),
        ...others.map((o) => el("option", { value: String(o.id) }, (o.text || "").slice(0, 40))));
      select.addEventListener("change", () => { if (select.value) this.onMerge(q, Number(select.value)); });
      buttons.append(" ", select);
    }
    if (buttons.childNodes.length) controls.push(buttons);
    return controls;
  }

  render() {
    const sorted = [...this.questions.values()].sort((a, b) => (b.upvotes || 0) - (a.upvotes || 0) || a.id - b.id);
    this.list.replaceChildren(...sorted.map((q) => {
      const mine = this.myId !== null && q.author_id === this.myId;
      const answered = q.answered || !!q.answer;
      return el(
        "li", { dataset: { id: q.id, upvotes: q.upvotes || 0 }, class: [answered ? "answered" : "", mine ? "mine" : ""].join(" ").trim() },
        el("span", { class: "votes", "aria-label": _("votes") }, String(q.upvotes || 0)),
        el("span", { class: "q-text" }, el("span", { class: "author" }, q.author || ""), " ", el("span", { class: "q-words" }, q.text || ""),
          answered ? el("span", { class: "badge status-approved" }, _("Answered")) : null,
          q.answer ? el("span", { class: "answer" }, el("span", { class: "author" }, q.answer.author || ""), q.answer.text || "") : null,
          ...(this.onAnswer || this.onDismiss ? this._hostControls(q, sorted.filter((o) => o.id !== q.id)) : [])),
        this.onUpvote && !mine ? el("span", { class: "q-actions" },
          el("button", { type: "button", class: "button small", onclick: () => this.onUpvote(q) }, _("Upvote"))) : null,
      );
    }));
    if (this.onChange) this.onChange(this.questions.size);
  }
}

export const REASON_CODES = {
  suitable: gettext_noop("This product matches your risk tolerance."),
  not_a_customer: gettext_noop("Please log in and complete a risk assessment first."),
  no_assessment: gettext_noop("You have not completed a risk tolerance assessment yet. Please complete one first."),
  assessment_expired: gettext_noop("Your risk assessment has expired. Please reassess before proceeding."),
  risk_above_tolerance: gettext_noop("This product's risk level is above your risk tolerance, so it cannot be offered to you."),
  not_on_sale: gettext_noop("This product is not on sale at the moment."),
};

// A card refused for these reasons offers the way to the (re)assessment.
const ASSESSMENT_REASONS = new Set(["no_assessment", "assessment_expired"]);

export function benchmarkText(card) {
  if (card.benchmark_min == null && card.benchmark_max == null) return "";
  const low = card.benchmark_min != null ? Number(card.benchmark_min).toFixed(2) : "";
  const high = card.benchmark_max != null ? Number(card.benchmark_max).toFixed(2) : "";
  return low === high || !high ? `${low || high}%` : `${low}%–${high}%`;
}

/**
 * A pushed product card for one viewer: risk level, benchmark with its disclaimer, next step or reason.
 * `onOpen(card)` runs the first time the viewer opens the product description.
 */
export function productCard(frame, { onNextStep = null, onOpen = null, assessmentUrl = "" } = {}) {
  const card = frame.card || {};
  const benchmark = benchmarkText(card);
  const reason = frame.reason_code && REASON_CODES[frame.reason_code] ? _(REASON_CODES[frame.reason_code]) : frame.reason;
  const status = el("p", { role: "status", class: "next-status" });
  return el("article", { class: "card product-card", dataset: { cardId: card.id, productId: card.product_id, canAct: String(!!frame.can_act) } },
    el("h3", {}, card.name || "", " ", el("span", { class: "hint" }, card.code || "")),
    el("dl", { class: "facts" },
      el("dt", {}, _("Risk level")), el("dd", { class: "risk", dataset: { risk: card.risk_level } }, card.risk_level || ""),
      benchmark ? el("dt", {}, _("Performance benchmark (p.a.)")) : null,
      benchmark ? el("dd", { class: "benchmark" }, benchmark) : null,
      card.issuer ? el("dt", {}, _("Issuer")) : null, card.issuer ? el("dd", {}, card.issuer) : null),
    card.text ? el("details", { class: "card-details", ontoggle: (event) => {
      if (event.currentTarget.open && onOpen && !event.currentTarget.dataset.opened) {
        event.currentTarget.dataset.opened = "true";
        onOpen(card);
      }
    } }, el("summary", {}, _("Product description")), el("p", { class: "card-text" }, card.text)) : null,
    el("p", { class: "disclaimer" },
      benchmark ? _("The performance benchmark is not a forecast or promise of returns.") + " " : "",
      _("Past performance does not indicate future results."), " ",
      el("span", { lang: "zh-hans" }, "理财非存款、产品有风险、投资须谨慎")),
    frame.can_act
      ? el("div", { class: "actions" },
        el("button", { type: "button", class: "button primary next-step", onclick: (event) => onNextStep && onNextStep(card, event.currentTarget, status) },
          _("Next step: apply")),
        el("label", { class: "consent" }, el("input", { type: "checkbox", class: "consent-box" }), " ",
          _("I agree that my relationship manager contacts me about this product.")), status)
      : el("p", { class: "not-suitable", dataset: { reasonCode: frame.reason_code || "" } }, reason || _("Not available to you."),
        ASSESSMENT_REASONS.has(frame.reason_code) && assessmentUrl
          ? [" ", el("a", { class: "assessment-link", href: assessmentUrl }, _("Go to the risk assessment"))] : null),
  );
}
