// Emoji sequences the terminal draws at a width of its own: terminals disagree on skin tones, ZWJ
// sequences, flags and emoji variation selectors. What the terminal was measured to do decides how
// such a cluster is shown, so that the width the layout (and Ink) count is the width drawn.

/** How the terminal draws the emoji sequences terminals disagree on. */
export interface ClusterProfile {
  /** A skin-tone modifier joins its emoji in one two-column cell ("👍🏽"); else it is dropped. */
  modifiers: boolean;
  /** U+FE0F widens a text symbol to a two-column emoji ("❤️"); else it is dropped. */
  variationSelectors: boolean;
  /** A ZWJ sequence draws as one two-column emoji ("👩‍💻"); else only its first emoji is shown. */
  zwjSequences: boolean;
  /** A pair of regional indicators draws as one two-column flag ("🇫🇷"); else shown as letters ("FR"). */
  flags: boolean;
}

/** Modern terminals draw every sequence as one emoji; this is assumed until measured otherwise. */
export const FULL_EMOJI: ClusterProfile = {
  modifiers: true,
  variationSelectors: true,
  zwjSequences: true,
  flags: true,
};

/** One sample of each kind, measured in the terminal at start-up (see terminal-probe.ts). */
export const PROBES = {
  modifiers: "👍🏽",
  variationSelectors: "❤️",
  zwjSequences: "👩‍💻",
  flags: "🇫🇷",
} as const satisfies Record<keyof ClusterProfile, string>;

/** The profile from the columns each probe took (a kind is supported when it took exactly 2). */
export function profileFromWidths(widths: Record<keyof ClusterProfile, number>): ClusterProfile {
  return {
    modifiers: widths.modifiers === 2,
    variationSelectors: widths.variationSelectors === 2,
    zwjSequences: widths.zwjSequences === 2 && widths.variationSelectors === 2,
    flags: widths.flags === 2,
  };
}

let current: ClusterProfile = FULL_EMOJI;

/** Sets how clusters are shown from now on; called once, before the first frame. */
export function setClusterProfile(profile: ClusterProfile): void {
  current = profile;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const MODIFIER = /[\u{1F3FB}-\u{1F3FF}]/gu;
const REGIONAL_PAIR = /^[\u{1F1E6}-\u{1F1FF}]{2}$/u;
/** Only clusters with one of these can draw differently from terminal to terminal. */
const SENSITIVE = /[\u200d\ufe0f\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}]/u;

/**
 * `text` with each emoji sequence the terminal cannot draw as one emoji rewritten to what it can:
 * modifiers and variation selectors dropped, a ZWJ sequence cut to its first emoji, a flag spelt
 * as its two letters. Unchanged under the full profile, and for text without such sequences.
 */
export function showableClusters(text: string, profile: ClusterProfile = current): string {
  if (profile === FULL_EMOJI || !SENSITIVE.test(text)) return text;
  let out = "";
  for (const { segment } of segmenter.segment(text)) out += showable(segment, profile);
  return out;
}

function showable(cluster: string, profile: ClusterProfile): string {
  if (cluster.length === 1 || !SENSITIVE.test(cluster)) return cluster;
  if (REGIONAL_PAIR.test(cluster)) {
    if (profile.flags) return cluster;
    return [...cluster].map((c) => String.fromCharCode(c.codePointAt(0)! - 0x1f1e6 + 65)).join("");
  }
  let shown = cluster;
  if (!profile.zwjSequences) shown = shown.split("\u200d")[0]!;
  if (!profile.variationSelectors) shown = shown.replace(/\ufe0f/g, "");
  if (!profile.modifiers) shown = shown.replace(MODIFIER, "");
  return shown;
}
