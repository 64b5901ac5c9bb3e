// The option table: defaults, values read from typing and from the file, and clear refusals.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../state/commands.js";
import {
  defaultOptions,
  describeOption,
  findOption,
  OPTIONS,
  OptionValueError,
  optionsFromFile,
} from "./options.js";

describe("client options", () => {
  it("has a default for every option", () => {
    expect(defaultOptions()).toEqual({
      timestamp_format: "locale",
      colors: true,
      nicklist_width: 16,
      highlight_words: [],
      bell: true,
      notify: "osc9",
      log: false,
      log_dir: "",
      mouse: true,
    });
  });

  it("reads typed values and file values alike", () => {
    expect(findOption("colors")!.parse("off")).toBe(false);
    expect(findOption("Colors")!.parse(true)).toBe(true);
    expect(findOption("nicklist-width")!.parse("24")).toBe(24);
    expect(findOption("highlight_words")!.parse("deploy, outage  release,deploy")).toEqual([
      "deploy",
      "outage",
      "release",
    ]);
    expect(findOption("notify")!.parse("OSC777")).toBe("osc777");
    const file = { host: "x", colors: false, highlight_words: ["a", "b"], nicklist_width: 20 };
    expect(optionsFromFile(file)).toMatchObject({
      colors: false,
      highlight_words: ["a", "b"],
      nicklist_width: 20,
    });
  });

  it("refuses a value the option cannot take, naming the option and what it takes", () => {
    expect(() => findOption("colors")!.parse("maybe")).toThrow(/colors is on or off, not "maybe"/);
    expect(() => findOption("nicklist_width")!.parse("200")).toThrow(/from 8 to 40/);
    expect(() => findOption("notify")!.parse("loud")).toThrow(OptionValueError);
    expect(() => findOption("log_dir")!.parse("logs")).toThrow(/absolute path/);
    expect(() => findOption("timestamp_format")!.parse("\x1b[2J")).toThrow(/control characters/);
    expect(() => optionsFromFile({ bell: "loud" })).toThrow(/bell is on or off/);
    expect(findOption("volume")).toBeUndefined();
  });

  it("describes an option with its value, whether it was changed, and what it takes", () => {
    const options = { ...defaultOptions(), bell: false };
    expect(describeOption(findOption("bell")!, options)).toMatch(/^bell = off \(changed\)\s+\[on\|off\]/);
    expect(describeOption(findOption("log_dir")!, options)).toMatch(/^log_dir = ""\s+\[/);
  });
});

describe("docs/client.md", () => {
  const doc = readFileSync(new URL("../../../../docs/client.md", import.meta.url), "utf8");

  it("has a row for every option with its default", () => {
    for (const option of OPTIONS) {
      const shown = option.show(option.default as never);
      const row = doc.split("\n").find((line) => line.startsWith(`| \`${option.name}\` |`));
      expect(row, option.name).toBeDefined();
      expect(row, option.name).toContain(shown === "" ? "(" : `\`${shown}\``);
    }
  });

  it("has a row for every command", () => {
    for (const command of COMMANDS) expect(doc, command.name).toContain(`| \`/${command.name}`);
  });
});
