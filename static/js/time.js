// The studio's time zone (settings.TIME_ZONE, rendered on <html data-time-zone>): every schedule is entered and
// shown in it, whatever zone the browser is in, and the pages say which. A session whose 19:30 is entered
// shows 19:30 everywhere.

export const STUDIO_TIME_ZONE = document.documentElement.dataset.timeZone || "Asia/Shanghai";

function parts(date, timeZone = STUDIO_TIME_ZONE) {
  const fields = {};
  for (const part of new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit",
    minute: "2-digit", second: "2-digit",
  }).formatToParts(date)) fields[part.type] = part.value;
  return fields;
}

/** Milliseconds the zone is ahead of UTC at the instant `ms`. */
function offsetAt(ms, timeZone = STUDIO_TIME_ZONE) {
  const p = parts(new Date(ms), timeZone);
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second) - Math.floor(ms / 1000) * 1000;
}

/** "+08:00" for the studio zone at `date` (now by default). */
export function utcOffset(date = new Date()) {
  const minutes = Math.round(offsetAt(date.getTime()) / 60000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** "中国标准时间 UTC+08:00" / "China Standard Time UTC+08:00": which zone the page's times are in, named
 * as the page's language names it (the server's studio/times.py says the same). */
export function zoneLabel(date = new Date()) {
  let name = STUDIO_TIME_ZONE;
  try {
    const part = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
      { timeZone: STUDIO_TIME_ZONE, timeZoneName: "long" }).formatToParts(date).find((p) => p.type === "timeZoneName");
    if (part && !/^GMT/.test(part.value)) name = part.value;
  } catch {
    // an unknown zone or locale: its IANA name
  }
  return `${name} UTC${utcOffset(date)}`;
}

/** An ISO instant as the value of a datetime-local input, in the studio's zone. */
export function toZonedInput(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}T${String(+p.hour % 24).padStart(2, "0")}:${p.minute}`;
}

/** A datetime-local value read as wall time in the studio's zone, as an ISO instant (UTC). */
export function fromZonedInput(value) {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant); // settles across a daylight-saving change
  return new Date(instant).toISOString();
}
