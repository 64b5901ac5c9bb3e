// Per-server state on disk: where it lives, a lenient read, a round trip, and atomic writes back.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@parley/testkit";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../config.js";
import { updateConfigFile } from "./file.js";
import {
  configDir,
  loadServerState,
  parseServerState,
  saveServerState,
  serverStatePath,
} from "./server-state.js";

describe("server state", () => {
  it("lives in the config directory, one file per server", () => {
    expect(configDir({ XDG_CONFIG_HOME: "/c" })).toBe("/c/parley");
    expect(configDir({ HOME: "/home/ana" })).toBe("/home/ana/.config/parley");
    expect(serverStatePath("/c/parley", "Chat.Example", 7667)).toBe(
      "/c/parley/servers/chat.example_7667.json",
    );
    expect(serverStatePath("/c/parley", "::1", 7667)).toBe("/c/parley/servers/__1_7667.json");
  });

  it("drops entries of the wrong shape instead of failing", () => {
    expect(
      parseServerState({ rooms: ["lobby", 3, ""], directs: "bob", ignore: [{ nick: "eve" }, { who: 1 }] }),
    ).toEqual({
      rooms: ["lobby"],
      directs: [],
      ignore: [{ nick: "eve" }],
    });
    expect(parseServerState(null)).toEqual({ rooms: [], directs: [], ignore: [] });
  });

  it("saves and loads, and is null for a server never visited", () => {
    const path = join(tempDir(), "servers", "h_1.json");
    expect(loadServerState(path)).toBeNull();
    const state = { rooms: ["lobby", "dev"], directs: ["bob"], ignore: [{ nick: "eve" }] };
    saveServerState(path, state);
    expect(loadServerState(path)).toEqual(state);
  });

  it("writes one option back to the config file and keeps every other key", () => {
    const path = join(tempDir(), "parley", "config.json");
    updateConfigFile(path, "host", "chat.example");
    updateConfigFile(path, "bell", false);
    updateConfigFile(path, "highlight_words", ["deploy"]);
    updateConfigFile(path, "bell", undefined);
    expect(loadConfigFile(path)).toEqual({ host: "chat.example", highlight_words: ["deploy"] });
    expect(readFileSync(path, "utf8")).toMatch(/^\{\n {2}"host"/);
  });
});
