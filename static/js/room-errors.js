// The live room's error frames in the page's language. The server writes its messages in the socket's
// language too; the page words the codes it knows itself (with the figures from ``details``), so no English
// or internal code reaches a Chinese room even from an older server or a message without a translation.

import { _, interpolate } from "./api.js";

function clock(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return date.toLocaleTimeString(document.documentElement.lang || undefined, { hour: "2-digit", minute: "2-digit" });
}

const BY_CODE = {
  muted: (d) => (d.until ? interpolate(_("You are muted until %(time)s."), { time: clock(d.until) }) : _("You are muted in this room.")),
  slow_mode: (d) => (d.seconds
    ? interpolate(_("Slow mode: one line every %(seconds)s s. Try again in %(retry)s s."),
      { seconds: d.seconds, retry: Math.ceil(d.retry_after || d.seconds) })
    : _("Slow mode is on. Please wait a moment.")),
  rate_limited: (d) => (d.retry_after
    ? interpolate(_("You are sending too fast. Try again in %(retry)s s."), { retry: Math.ceil(d.retry_after) })
    : _("You are sending too fast. Please wait a moment.")),
  login_required: () => _("Log in to take part."),
  session_not_live: () => _("The session is not live."),
  session_ended: () => _("The session has ended."),
  qa_disabled: () => _("Questions are turned off in this room."),
  already_upvoted: () => _("You have already upvoted this question."),
  own_question: () => _("You cannot upvote your own question."),
  too_long: (d) => interpolate(_("The text is too long: at most %(limit)s characters."), { limit: d.limit || 500 }),
  frame_too_large: () => _("The message is too long."),
  empty: () => _("Please type something first."),
  invalid_text: () => _("The text contains characters that cannot be sent."),
  forbidden: () => _("You cannot do this in this room."),
  not_found: () => _("It is no longer available."),
  unavailable: () => _("The room is busy. Please try again in a moment."),
  server_error: () => _("Something went wrong. Please try again."),
  malformed: () => _("Something went wrong. Please try again."),
  unknown_type: () => _("Something went wrong. Please try again."),
  pin_not_screened: () => _("This line cannot be pinned: it does not pass the compliance screening."),
  card_not_approved: () => _("The product's card is not approved by compliance."),
  unknown_product: () => _("The product is not featured in this session."),
  invalid_state: () => _("This cannot be done any more."),
  compliance_blocked: () => _("The compliance check stopped this text."),
};

/** A readable sentence for an ``error`` frame (or anything with ``code``/``message``/``details``). */
export function roomErrorText(frame) {
  const code = frame && frame.code;
  const wording = code && BY_CODE[code];
  if (wording) return wording((frame && frame.details) || {});
  return (frame && frame.message) || _("Something went wrong. Please try again.");
}
