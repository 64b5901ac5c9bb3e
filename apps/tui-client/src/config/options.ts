// The client's options, in one table: name, default, how a typed value is read, how it is shown.
// The config file, /set and docs/client.md all follow this table; pure, so every rule is unit-tested.
import { isAbsolute } from "node:path";

/** How a desktop notification is asked of the terminal: OSC 9 (iTerm2, kitty, WezTerm…), OSC 777 (foot, VTE, urxvt…). */
export type NotifyEscape = "off" | "osc9" | "osc777";

/** Every option the client reads from its config file and changes with /set. */
export interface ClientOptions {
  /**
   * Time shown before each line: "locale" writes it as the locale settings do; otherwise HH, H, mm,
   * ss and any other characters as they are; "" shows none.
   */
  timestamp_format: string;
  /** Nick colours, highlight colours and coloured status lines; off leaves the terminal's own colours. */
  colors: boolean;
  /** Width of the nick list beside a room, in columns. */
  nicklist_width: number;
  /** Words that count as a mention besides our nick, matched as whole words in any case. */
  highlight_words: string[];
  /** Ring the terminal bell on a mention or a direct message. */
  bell: boolean;
  /** Desktop notification escape written on a mention or a direct message. */
  notify: NotifyEscape;
  /** Write every conversation to plain-text files, one per conversation per day. */
  log: boolean;
  /** Where logs go; "" is $XDG_DATA_HOME/parley/logs (default ~/.local/share/parley/logs). */
  log_dir: string;
  /** Mouse: the wheel scrolls the messages, a click on a room switches to it. */
  mouse: boolean;
}

export type OptionName = keyof ClientOptions;

/** A value /set or the config file gave that the option cannot take. */
export class OptionValueError extends Error {
  override name = "OptionValueError";
}

interface OptionSpec<K extends OptionName> {
  name: K;
  default: ClientOptions[K];
  /** What values look like, for /set's listing and its errors. */
  values: string;
  summary: string;
  /** Reads a typed value (or a config-file value, which may already be a number, boolean or array). */
  parse(value: unknown): ClientOptions[K];
  show(value: ClientOptions[K]): string;
}

/** Shortest and widest nick list, in columns. */
export const NICKLIST_WIDTH_RANGE = { min: 8, max: 40 } as const;

function parseBoolean(name: string) {
  return (value: unknown): boolean => {
    if (typeof value === "boolean") return value;
    const text = String(value).trim().toLowerCase();
    if (["on", "true", "yes", "1"].includes(text)) return true;
    if (["off", "false", "no", "0"].includes(text)) return false;
    throw new OptionValueError(`${name} is on or off, not "${String(value)}"`);
  };
}

const onOff = (value: boolean) => (value ? "on" : "off");

/** Words as typed after /set (comma or space separated) or as a JSON array in the file. */
function parseWords(value: unknown): string[] {
  const words = Array.isArray(value) ? value.map(String) : String(value).split(/[\s,]+/);
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))];
}

function spec<K extends OptionName>(s: OptionSpec<K>): OptionSpec<K> {
  return s;
}

/** Every option, in the order /set lists them. */
export const OPTIONS = [
  spec({
    name: "timestamp_format",
    default: "locale",
    values: "locale, or HH H mm ss and literal text; empty for none",
    summary: "the time shown before each line",
    parse(value) {
      const text = String(value);
      if (/[\x00-\x1f\x7f]/.test(text))
        throw new OptionValueError("timestamp_format may not hold control characters");
      if ([...text].length > 20) throw new OptionValueError("timestamp_format is at most 20 characters");
      return text;
    },
    show: (value) => value,
  }),
  spec({
    name: "colors",
    default: true,
    values: "on|off",
    summary: "nick and highlight colours",
    parse: parseBoolean("colors"),
    show: onOff,
  }),
  spec({
    name: "nicklist_width",
    default: 16,
    values: `${NICKLIST_WIDTH_RANGE.min}-${NICKLIST_WIDTH_RANGE.max}`,
    summary: "columns of the nick list beside a room",
    parse(value) {
      const n = typeof value === "number" ? value : Number(String(value).trim());
      if (!Number.isInteger(n) || n < NICKLIST_WIDTH_RANGE.min || n > NICKLIST_WIDTH_RANGE.max)
        throw new OptionValueError(
          `nicklist_width is a whole number from ${NICKLIST_WIDTH_RANGE.min} to ${NICKLIST_WIDTH_RANGE.max}, not "${String(value)}"`,
        );
      return n;
    },
    show: String,
  }),
  spec({
    name: "highlight_words",
    default: [],
    values: "words, comma separated",
    summary: "words that highlight a line like your nick does",
    parse: parseWords,
    show: (value) => value.join(","),
  }),
  spec({
    name: "bell",
    default: true,
    values: "on|off",
    summary: "ring the terminal bell on a mention or a direct message",
    parse: parseBoolean("bell"),
    show: onOff,
  }),
  spec({
    name: "notify",
    default: "osc9",
    values: "off|osc9|osc777",
    summary: "desktop notification escape on a mention or a direct message",
    parse(value) {
      const text = String(value).trim().toLowerCase();
      if (text === "off" || text === "osc9" || text === "osc777") return text;
      throw new OptionValueError(`notify is off, osc9 or osc777, not "${String(value)}"`);
    },
    show: (value) => value,
  }),
  spec({
    name: "log",
    default: false,
    values: "on|off",
    summary: "write conversations to plain-text files, one per conversation per day",
    parse: parseBoolean("log"),
    show: onOff,
  }),
  spec({
    name: "log_dir",
    default: "",
    values: "an absolute path; empty for ~/.local/share/parley/logs",
    summary: "where conversation logs are written",
    parse(value) {
      const text = String(value).trim();
      if (text && !isAbsolute(text))
        throw new OptionValueError(`log_dir must be an absolute path, not "${text}"`);
      return text;
    },
    show: (value) => value,
  }),
  spec({
    name: "mouse",
    default: true,
    values: "on|off",
    summary: "wheel scrolls the messages, a click on a room switches to it",
    parse: parseBoolean("mouse"),
    show: onOff,
  }),
] as const;

type AnySpec = OptionSpec<OptionName>;

/** The option called `name` (as typed: any case, "-" for "_"), or undefined. */
export function findOption(name: string): AnySpec | undefined {
  const wanted = name.trim().toLowerCase().replace(/-/g, "_");
  return (OPTIONS as readonly AnySpec[]).find((o) => o.name === wanted);
}

/** Every option at its default. */
export function defaultOptions(): ClientOptions {
  return Object.fromEntries(OPTIONS.map((o) => [o.name, o.default])) as unknown as ClientOptions;
}

/**
 * Options from a parsed config file: every option's key read if present, the rest at defaults.
 * A bad value throws OptionValueError naming the option, so a broken file is reported at start.
 */
export function optionsFromFile(file: Record<string, unknown>): ClientOptions {
  const options = defaultOptions() as unknown as Record<string, unknown>;
  for (const option of OPTIONS as readonly AnySpec[]) {
    if (file[option.name] !== undefined) options[option.name] = option.parse(file[option.name]);
  }
  return options as unknown as ClientOptions;
}

/** "name = value" for /set, with the accepted values beside it. */
export function describeOption(option: AnySpec, options: ClientOptions): string {
  const value = option.show(options[option.name] as never);
  const isDefault = JSON.stringify(options[option.name]) === JSON.stringify(option.default);
  return `${option.name} = ${value === "" ? '""' : value}${isDefault ? "" : " (changed)"}  [${option.values}] ${option.summary}`;
}
