// Settings precedence (flags, environment, file, defaults) and validation.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, configPath, fromEnv, loadConfigFile, resolveSettings } from "./config.js";

describe("settings", () => {
  it("takes flags over environment over file over defaults", () => {
    const env = fromEnv({ PARLEY_PORT: "9000", PARLEY_NICK: "envnick" });
    const file = { host: "chat.example", port: 8000, nick: "filenick" };
    expect(resolveSettings({ nick: "flagnick" }, env, file)).toEqual({
      host: "chat.example",
      port: 9000,
      nick: "flagnick",
      servers: [{ host: "chat.example", port: 9000 }],
    });
    expect(resolveSettings({}, {}, {})).toEqual({
      host: "127.0.0.1",
      port: 7667,
      nick: "",
      servers: [{ host: "127.0.0.1", port: 7667 }],
    });
  });

  it("lists several servers from repeated --server flags, PARLEY_SERVER or the file, first one shown", () => {
    const flags = { server: ["a.example:7001", "[::1]:7002", "c.example"], port: "7003" };
    expect(resolveSettings(flags, {}, {})).toMatchObject({
      host: "a.example",
      port: 7001,
      servers: [
        { host: "a.example", port: 7001 },
        { host: "::1", port: 7002 },
        { host: "c.example", port: 7003 },
      ],
    });
    const env = fromEnv({ PARLEY_SERVER: "n1:1, n2:2" });
    expect(resolveSettings({ server: [] }, env, { server: ["file:3"] }).servers).toEqual([
      { host: "n1", port: 1 },
      { host: "n2", port: 2 },
    ]);
    expect(resolveSettings({}, {}, { server: "file:3" }).servers).toEqual([{ host: "file", port: 3 }]);
    expect(() => resolveSettings({ server: ["a:0"] })).toThrow(
      new ConfigError('server: "0" is not a port (1 to 65535)'),
    );
    expect(() => resolveSettings({ server: 5 })).toThrow(ConfigError);
  });

  it("rejects a bad port or nick with a clear message", () => {
    expect(() => resolveSettings({ port: "http" })).toThrow(ConfigError);
    expect(() => resolveSettings({ port: "70000" })).toThrow(/port must be a number from 1 to 65535/);
    expect(() => resolveSettings({ nick: "two words" })).toThrow(/nick must be one word/);
  });

  it("reads the config file, treating a missing one as empty and a broken one as an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-config-"));
    expect(loadConfigFile(join(dir, "missing.json"))).toEqual({});
    writeFileSync(join(dir, "ok.json"), JSON.stringify({ nick: "ana" }));
    expect(loadConfigFile(join(dir, "ok.json"))).toEqual({ nick: "ana" });
    writeFileSync(join(dir, "bad.json"), "{nick:");
    expect(() => loadConfigFile(join(dir, "bad.json"))).toThrow(ConfigError);
    expect(configPath({ PARLEY_CLIENT_CONFIG: "/x.json" })).toBe("/x.json");
    expect(configPath({ XDG_CONFIG_HOME: "/cfg" })).toBe("/cfg/parley/config.json");
  });
});
