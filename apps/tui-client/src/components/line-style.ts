// How message lines look by the person's options (timestamp format, colours on or off). Held here
// for the whole screen, like the terminal's cluster profile: the layout reads it, and its version
// is part of the wrapped-row cache key, so a change redraws every line once.

export interface LineStyle {
  /** "locale": as the locale settings write a time; else HH, H, mm and ss are replaced, the rest shown as is; "" shows no time. */
  timestampFormat: string;
  /** Nick and highlight colours. */
  colors: boolean;
}

let style: LineStyle = { timestampFormat: "locale", colors: true };
let version = 0;

export function setLineStyle(next: LineStyle): void {
  if (next.timestampFormat === style.timestampFormat && next.colors === style.colors) return;
  style = { ...next };
  version++;
}

export function lineStyle(): Readonly<LineStyle> {
  return style;
}

/** Changes with every setLineStyle that changed something: rows wrapped before are stale. */
export function lineStyleVersion(): number {
  return version;
}

const two = (n: number) => String(n).padStart(2, "0");

/** `atMs` in local time by `format` (HH hours, H hours unpadded, mm minutes, ss seconds). */
export function formatTimestamp(atMs: number, format: string): string {
  const d = new Date(atMs);
  return format.replace(/HH|H|mm|ss/g, (token) => {
    switch (token) {
      case "HH":
        return two(d.getHours());
      case "H":
        return String(d.getHours());
      case "mm":
        return two(d.getMinutes());
      default:
        return two(d.getSeconds());
    }
  });
}
