// A tiny hand-written SVG line chart of viewers over time (no library).

import { _, interpolate } from "./api.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 300;
const HEIGHT = 100;
const WINDOW_MS = 15 * 60 * 1000;

function svgEl(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

export class ViewerChart {
  constructor(container, caption) {
    this.caption = caption;
    this.points = [];
    this.svg = svgEl("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: "none", role: "img" });
    this.title = svgEl("title");
    this.svg.append(this.title);
    this.svg.append(svgEl("line", { class: "axis", x1: 0, y1: HEIGHT - 1, x2: WIDTH, y2: HEIGHT - 1 }));
    this.line = svgEl("polyline", { points: "" });
    this.svg.append(this.line);
    container.append(this.svg);
    this.render();
  }

  add(viewers, at = Date.now()) {
    this.points.push([at, viewers]);
    const cutoff = at - WINDOW_MS;
    while (this.points.length > 2 && this.points[0][0] < cutoff) this.points.shift();
    this.render();
  }

  render() {
    const points = this.points;
    const peak = Math.max(1, ...points.map(([, v]) => v));
    const now = points.length ? points[points.length - 1][0] : Date.now();
    const start = points.length ? Math.max(points[0][0], now - WINDOW_MS) : now - WINDOW_MS;
    const span = Math.max(1, now - start);
    const coords = points.map(([t, v]) => {
      const x = ((t - start) / span) * WIDTH;
      const y = HEIGHT - 4 - (v / peak) * (HEIGHT - 20);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    });
    if (coords.length === 1) coords.unshift(`0,${coords[0].split(",")[1]}`);
    this.line.setAttribute("points", coords.join(" "));
    const current = points.length ? points[points.length - 1][1] : 0;
    const summary = interpolate(_("Viewers over time: now %(now)s, peak %(peak)s"), { now: current, peak: points.length ? peak : 0 });
    this.title.textContent = summary;
    this.svg.setAttribute("aria-label", summary);
    if (this.caption) this.caption.textContent = summary;
  }
}
