// How parley, parley-admin and parley-server write times, sizes and durations for people: one
// format for all three, times following the locale settings (LC_ALL, else LC_TIME, else LANG) and
// ISO 8601 in the C locale, sizes in binary units ("100 MiB", never "104857600 bytes").

/**
 * The BCP 47 locale the environment asks times to be written in, or null for the C/POSIX locale
 * (or one Intl does not know), which gets ISO 8601. POSIX order: LC_ALL overrides LC_TIME, which
 * overrides LANG; "de_DE.UTF-8@euro" is read as "de-DE".
 */
export function timeLocale(env: NodeJS.ProcessEnv = process.env): string | null {
  const setting = [env.LC_ALL, env.LC_TIME, env.LANG].find((v) => v !== undefined && v !== "");
  if (!setting) return null;
  const name = setting.replace(/[.@].*$/, "").replace(/_/g, "-");
  if (name === "C" || name === "POSIX" || name === "") return null;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([name])[0] ?? null;
  } catch {
    // Not a well-formed language tag.
    return null;
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Times and dates in one locale. Each Intl formatter is built once: formatting is on the path of
 * every message line the terminal client draws.
 */
export class TimeFormat {
  private readonly clockFormat: Intl.DateTimeFormat | null;
  private readonly secondsFormat: Intl.DateTimeFormat | null;
  private readonly dateTimeFormat: Intl.DateTimeFormat | null;
  private readonly dateFormat: Intl.DateTimeFormat;
  /** Columns `clock` takes at most (5 for "14:05", 8 for "02:05 PM"). */
  readonly clockWidth: number;

  /** `locale` null: ISO 8601 ("2026-11-22 14:05:09"), as in the C locale. */
  constructor(readonly locale: string | null) {
    const make = (options: Intl.DateTimeFormatOptions) =>
      locale === null ? null : new Intl.DateTimeFormat(locale, options);
    this.clockFormat = make({ hour: "2-digit", minute: "2-digit" });
    this.secondsFormat = make({ hour: "2-digit", minute: "2-digit", second: "2-digit" });
    this.dateTimeFormat = make({ dateStyle: "medium", timeStyle: "medium" });
    // The C locale's day is spelled in English before its ISO date.
    this.dateFormat =
      locale === null
        ? new Intl.DateTimeFormat("en-GB", { weekday: "long" })
        : new Intl.DateTimeFormat(locale, { dateStyle: "full" });
    const samples = [0, 11, 12, 23].map((h) => this.clock(new Date(2000, 0, 1, h, 59).getTime()));
    this.clockWidth = Math.max(...samples.map((s) => [...s].length));
  }

  /** Time of day to the minute: "14:05", "02:05 PM". */
  clock(ms: number): string {
    if (this.clockFormat) return this.clockFormat.format(ms);
    const d = new Date(ms);
    return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }

  /** Time of day to the second: "14:05:09", "02:05:09 PM". */
  clockSeconds(ms: number): string {
    if (this.secondsFormat) return this.secondsFormat.format(ms);
    const d = new Date(ms);
    return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }

  /** Date and time to the second: "2026-11-22 14:05:09", "22 Nov 2026, 14:05:09". */
  dateTime(ms: number): string {
    const d = new Date(ms);
    if (Number.isNaN(d.getTime())) return `(invalid time ${ms})`;
    if (this.dateTimeFormat) return this.dateTimeFormat.format(ms);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${this.clockSeconds(ms)}`;
  }

  /** A day, written out: "Sunday 2026-11-22", "Sonntag, 22. November 2026". */
  date(ms: number): string {
    if (this.locale !== null) return this.dateFormat.format(ms);
    const d = new Date(ms);
    return `${this.dateFormat.format(ms)} ${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
}

/** The format the environment of this process asks for. */
export const timeFormat = new TimeFormat(timeLocale());

const BYTE_UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];

/**
 * A size in binary units to three significant figures: "0 B", "512 B", "1.5 KiB", "100 MiB",
 * "12.3 MiB". `fixed` keeps trailing zeros ("1.50 KiB"), so a figure that changes in place (a
 * progress bar) keeps its width.
 */
export function formatBytes(bytes: number, { fixed = false }: { fixed?: boolean } = {}): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  const text = value.toFixed(digits);
  const trimmed = fixed || !text.includes(".") ? text : text.replace(/\.?0+$/, "");
  return `${trimmed} ${BYTE_UNITS[unit]}`;
}

/**
 * A duration with at most two units, largest first: "0s", "45s", "3m12s", "2h05m", "3d04h"; below
 * a second in milliseconds ("250ms"), where round-trip times live.
 */
export function formatDurationMs(ms: number): string {
  const totalMs = Math.max(0, Math.round(ms));
  if (totalMs < 1000) return totalMs === 0 ? "0s" : `${totalMs}ms`;
  const seconds = Math.floor(totalMs / 1000);
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const secs = seconds % 60;
  if (days > 0) return `${days}d${pad(hours)}h`;
  if (hours > 0) return `${hours}h${pad(minutes)}m`;
  if (minutes > 0) return `${minutes}m${pad(secs)}s`;
  return `${secs}s`;
}
