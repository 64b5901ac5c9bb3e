// Parsing /set, /unset, /ignore and /unignore, and the ignore rules they change.
import { describe, expect, it } from "vitest";
import { parseInput } from "./commands.js";
import { addIgnore, isIgnored, removeIgnore } from "./ignore.js";

describe("user commands", () => {
  it("parses /set in its three forms, with a quoted value for spaces or nothing", () => {
    expect(parseInput("/set")).toEqual({ type: "set", name: null, value: null });
    expect(parseInput("/set bell")).toEqual({ type: "set", name: "bell", value: null });
    expect(parseInput("/set highlight_words deploy, outage")).toEqual({
      type: "set",
      name: "highlight_words",
      value: "deploy, outage",
    });
    expect(parseInput('/set timestamp_format ""')).toEqual({
      type: "set",
      name: "timestamp_format",
      value: "",
    });
    expect(parseInput('/set timestamp_format "[HH:mm]"')).toMatchObject({ value: "[HH:mm]" });
    expect(parseInput("/set volume 11")).toEqual({
      type: "usage",
      message: 'No option "volume". Type /set for the list.',
    });
    expect(parseInput("/unset bell")).toEqual({ type: "unset", name: "bell" });
    expect(parseInput("/unset")).toEqual({ type: "usage", message: "Usage: /unset <option>" });
  });

  it("parses /ignore and /unignore with a valid nick", () => {
    expect(parseInput("/ignore")).toEqual({ type: "ignore", nick: null });
    expect(parseInput("/ignore eve")).toEqual({ type: "ignore", nick: "eve" });
    expect(parseInput("/unignore eve")).toEqual({ type: "unignore", nick: "eve" });
    expect(parseInput("/unignore")).toEqual({ type: "usage", message: "Usage: /unignore <nick>" });
    expect(parseInput("/ignore eve mallory")).toMatchObject({ type: "usage" });
  });

  it("matches ignore rules the way the server folds nicks", () => {
    let rules = addIgnore([], "Eve");
    rules = addIgnore(rules, "EVE");
    expect(rules).toEqual([{ nick: "Eve" }]);
    expect(isIgnored(rules, "eve")).toBe(true);
    expect(isIgnored(rules, "bob")).toBe(false);
    expect(removeIgnore(rules, "eve")).toEqual([]);
  });
});
