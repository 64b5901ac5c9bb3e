// Configuration: defaults < file < environment < flags, names of keys, and refusals.
import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./cli.js";
import { ConfigError, defaultConfig, envName, flagName, fromEnv, fromFile, resolveConfig } from "./config.js";

describe("config", () => {
  it("names env vars and flags after the key", () => {
    expect(envName("maxFrameBytes")).toBe("PARLEY_MAX_FRAME_BYTES");
    expect(flagName("sendQueueLimitBytes")).toBe("send-queue-limit-bytes");
  });

  it("layers defaults < file < env < flags", () => {
    const env = { PARLEY_PORT: "7000", PARLEY_MAX_CONNECTIONS: "50", XDG_DATA_HOME: "/srv/data" };
    const config = parseCommandLine(["--port", "7100"], env);
    expect(config.port).toBe(7100);
    expect(config.maxConnections).toBe(50);
    expect(config.dataDir).toBe("/srv/data/parley");
    expect(config.maxFrameBytes).toBe(1024 * 1024);
    const layered = resolveConfig(defaultConfig({}), fromFile({ port: 1, motd: "file" }, "f"), fromEnv(env));
    expect(layered.port).toBe(7000);
    expect(layered.motd).toBe("file");
  });

  it("refuses unknown keys, bad numbers and impossible combinations", () => {
    expect(() => fromFile({ nope: 1 }, "f")).toThrow(ConfigError);
    expect(() => fromEnv({ PARLEY_PORT: "eighty" })).toThrow(/whole number/);
    expect(() =>
      resolveConfig(defaultConfig({}), { heartbeatIntervalMs: 10, heartbeatTimeoutMs: 5 }),
    ).toThrow(ConfigError);
    expect(() => parseCommandLine(["--no-such-flag"], {})).toThrow();
    expect(() => resolveConfig(defaultConfig({}), { defaultRoom: "has space" })).toThrow(/defaultRoom/);
    expect(() => resolveConfig(defaultConfig({}), { maxRoomNameChars: 3 })).toThrow(/defaultRoom/);
  });

  it("reads switches as flags both ways, and as true/false in env and file", () => {
    expect(parseCommandLine([], {}).udpStatus).toBe(true);
    expect(parseCommandLine(["--no-udp-status"], {}).udpStatus).toBe(false);
    expect(parseCommandLine(["--udp-status"], { PARLEY_UDP_STATUS: "false" }).udpStatus).toBe(true);
    expect(parseCommandLine([], { PARLEY_UDP_STATUS: "off" }).udpStatus).toBe(false);
    expect(fromFile({ udpStatus: false }, "f").udpStatus).toBe(false);
    expect(() => fromEnv({ PARLEY_UDP_STATUS: "maybe" })).toThrow(/true or false/);
  });
});
