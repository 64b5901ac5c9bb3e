// Emoji sequences rewritten to what the terminal draws as one emoji, by measured profile.
import { describe, expect, it } from "vitest";
import { FULL_EMOJI, profileFromWidths, showableClusters } from "./clusters.js";
import { textWidth } from "./layout.js";

/** What tmux 3.3 measures: skin tones unjoined, U+FE0F ignored, ZWJ joined, flags joined. */
const perCodePoint = profileFromWidths({ modifiers: 4, variationSelectors: 1, zwjSequences: 2, flags: 2 });

describe("showableClusters", () => {
  it("reads a profile from the widths the terminal reported", () => {
    expect(profileFromWidths({ modifiers: 2, variationSelectors: 2, zwjSequences: 2, flags: 2 })).toEqual(
      FULL_EMOJI,
    );
    expect(perCodePoint).toEqual({
      modifiers: false,
      variationSelectors: false,
      zwjSequences: false,
      flags: true,
    });
  });

  it("leaves everything alone in a terminal that draws every sequence as one emoji", () => {
    const text = "ok 👍🏽 👨‍👩‍👧‍👦 🇫🇷 ❤️ 你好";
    expect(showableClusters(text, FULL_EMOJI)).toBe(text);
    expect(showableClusters(text, { ...FULL_EMOJI })).toBe(text);
  });

  it("rewrites each sequence a per-code-point terminal cannot join, to the width it then draws", () => {
    expect(showableClusters("a👍🏽b", perCodePoint)).toBe("a👍b");
    expect(showableClusters("a👨‍👩‍👧‍👦b", perCodePoint)).toBe("a👨b");
    expect(showableClusters("a❤️b", perCodePoint)).toBe("a❤b");
    expect(showableClusters("a🏳️‍🌈b", perCodePoint)).toBe("a🏳b");
    expect(showableClusters("a🇫🇷b", perCodePoint)).toBe("a🇫🇷b");
    expect(textWidth(showableClusters("👍🏽❤️🏳️‍🌈", perCodePoint))).toBe(2 + 1 + 1);
  });

  it("spells out flags where the terminal does not join regional indicators", () => {
    expect(showableClusters("go 🇫🇷🇯🇵!", { ...FULL_EMOJI, flags: false })).toBe("go FRJP!");
  });

  it("leaves plain and CJK text untouched", () => {
    expect(showableClusters("plain 你好 é", perCodePoint)).toBe("plain 你好 é");
  });
});
