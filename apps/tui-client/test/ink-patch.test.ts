// The short paths patches/ink@6.8.0.patch adds to Ink's renderer give exactly what the long ones
// give: widths and cells of plain text (plain-text.js) against string-width and the tokenizer, and
// rows joined from cached pieces against rows drawn cell by cell (output.js); and a commit that
// changed nothing on screen draws no frame, while any change does (reconciler.js, Text.js).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Box, Text } from "ink";
import { render } from "ink-testing-library";
import { createElement } from "react";
import { describe, expect, it } from "vitest";

const inkBuild = dirname(createRequire(import.meta.url).resolve("ink"));
/** Ink's own dependencies, beside it in pnpm's layout. */
const besideInk = join(inkBuild, "..", "..");
const load = (path: string) => import(pathToFileURL(path).href);

interface StyledChar {
  value: string;
  styles: unknown[];
}
const plain = (await load(join(inkBuild, "plain-text.js"))) as {
  isPlain(text: string): boolean;
  textWidth(text: string): number;
  styledChars(text: string): StyledChar[];
};
const { default: Output } = (await load(join(inkBuild, "output.js"))) as {
  default: new (options: {
    width: number;
    height: number;
  }) => {
    joinPieces(writes: (number | string)[]): string | undefined;
    drawRow(writes: (number | string)[]): string;
  };
};
const { default: stringWidth } = (await load(join(besideInk, "string-width", "index.js"))) as {
  default: (text: string) => number;
};
const tokenizer = (await load(join(besideInk, "@alcalzone", "ansi-tokenize", "build", "index.js"))) as {
  tokenize(text: string): unknown[];
  styledCharsFromTokens(tokens: unknown[]): StyledChar[];
};

const CODES = [
  "\x1b[2m",
  "\x1b[22m",
  "\x1b[1m",
  "\x1b[32m",
  "\x1b[39m",
  "\x1b[44m",
  "\x1b[49m",
  "\x1b[0m",
].concat("\x1b[38;5;146m", "\x1b[1;31m", "\x1b[7m", "\x1b[27m", "\x1b[38;2;1;2;3m");
const CHARS = "ab │─é→ xyz•…";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

function randomLine(next: (n: number) => number): string {
  let line = "";
  for (let i = next(14); i > 0; i--)
    line += next(3) === 0 ? CODES[next(CODES.length)] : CHARS[next(CHARS.length)];
  return line;
}

const slowCells = (text: string) => tokenizer.styledCharsFromTokens(tokenizer.tokenize(text));

describe("the Ink patch's short paths", () => {
  it("measure and split every plain character as string-width and the tokenizer do", () => {
    let plainCount = 0;
    for (let cp = 0x20; cp < 0x3000; cp++) {
      const ch = String.fromCodePoint(cp);
      const text = `a${ch}\x1b[1m${ch}${ch}\x1b[22mb`;
      if (!plain.isPlain(text)) continue;
      plainCount++;
      expect(plain.textWidth(text), `U+${cp.toString(16)}`).toBe(stringWidth(text));
      expect(plain.styledChars(text), `U+${cp.toString(16)}`).toEqual(slowCells(text));
    }
    expect(plainCount).toBeGreaterThan(1000);
  });

  it("leave to the long paths what is not plain", () => {
    for (const text of ["e\u0301", "👍🏽", "🇫🇷", "漢字", "a\tb", "\x1b[2Jx", "a\x1b[31"]) {
      expect(plain.isPlain(text)).toBe(false);
      expect(plain.textWidth(text)).toBe(stringWidth(text));
      expect(plain.styledChars(text)).toEqual(slowCells(text));
    }
  });

  it("give plain styled lines the same cells", () => {
    const next = random(7);
    for (let i = 0; i < 5000; i++) {
      const line = randomLine(next);
      expect(plain.textWidth(line)).toBe(stringWidth(line));
      expect(plain.styledChars(line)).toEqual(slowCells(line));
    }
  });

  it("join rows of pieces byte for byte as drawn cell by cell", () => {
    const next = random(11);
    const width = 60;
    let joined = 0;
    for (let i = 0; i < 20_000; i++) {
      const output = new Output({ width, height: 1 });
      const writes: (number | string)[] = [];
      let x = next(3);
      for (let k = 1 + next(4); k > 0; k--) {
        writes.push(x, randomLine(next));
        x = Math.max(0, x + next(16) - 2);
      }
      const fromPieces = output.joinPieces(writes);
      if (fromPieces === undefined) continue;
      joined++;
      expect(fromPieces).toBe(output.drawRow(writes));
    }
    expect(joined).toBeGreaterThan(15_000);
  });
});

/** A screen whose `tick` is not shown: a new tick re-renders every part of it, changing nothing. */
function Screen({ text, color, width }: { tick: number; text: string; color: string; width: number }) {
  return createElement(
    Box,
    { flexDirection: "column", width },
    createElement(Text, { color, bold: true }, text),
    createElement(Text, { dimColor: true, wrap: "truncate-end" }, "a line", " in pieces"),
  );
}
const screen = (tick: number, text = "one", color = "green", width = 20) =>
  createElement(Screen, { tick, text, color, width });

describe("the Ink patch's frames", () => {
  it("draws no frame for a commit that changed nothing on screen, and one for each change", () => {
    const app = render(screen(0));
    const drawn = () => app.frames.length;
    const first = drawn();
    app.rerender(screen(1));
    app.rerender(screen(2));
    expect(drawn()).toBe(first);
    app.rerender(screen(3, "two"));
    expect(drawn()).toBe(first + 1);
    expect(app.lastFrame()).toContain("two");
    app.rerender(screen(4, "two", "red"));
    expect(drawn()).toBe(first + 2);
    app.rerender(screen(5, "two", "red", 30));
    expect(drawn()).toBe(first + 3);
    app.unmount();
    // The first commit is drawn even when it shows nothing.
    const empty = render(createElement(() => null));
    expect(empty.lastFrame()).toBe("");
    empty.unmount();
  });
});
