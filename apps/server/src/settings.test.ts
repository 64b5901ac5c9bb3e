// The settings table is the single source: docs/server.md lists exactly its rows, the announced
// settings are exactly the fields of Welcome.limits, and every row has a flag and a variable.
import { readFileSync } from "node:fs";
import { parley } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./cli.js";
import { defaultConfig } from "./config.js";
import {
  ANNOUNCED_LIMITS,
  announcedLimits,
  envName,
  flagName,
  SETTING_NAMES,
  SETTINGS,
  type SettingName,
  shownDefault,
} from "./settings.js";

describe("the settings table", () => {
  it("is what docs/server.md lists, row for row", () => {
    const doc = readFileSync(new URL("../../../docs/server.md", import.meta.url), "utf8");
    const section = doc.slice(doc.indexOf("## Configuration"), doc.indexOf("## Limits"));
    const rows = section
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) =>
        line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual(
      SETTING_NAMES.map((key) => [
        `\`${key}\``,
        SETTINGS[key].kind === "boolean"
          ? `\`--${flagName(key)}\` / \`--no-${flagName(key)}\``
          : `\`--${flagName(key)}\``,
        `\`${envName(key)}\``,
        shownDefault(key),
      ]),
    );
  });

  it("announces exactly the fields of Welcome.limits, all of them integers", () => {
    const fields = Object.keys(parley.v1.Limits.toObject(parley.v1.Limits.create(), { defaults: true }));
    expect([...ANNOUNCED_LIMITS].sort()).toEqual(fields.sort());
    for (const key of ANNOUNCED_LIMITS) expect(SETTINGS[key].kind).toBe("integer");
    const config = { ...defaultConfig({}), maxNickChars: 17 };
    expect(announcedLimits(config)).toMatchObject({ maxNickChars: 17, maxFrameBytes: 1024 * 1024 });
  });

  it("gives every row a flag and a PARLEY_* variable that set it", () => {
    const defaults = defaultConfig({});
    // Settings that only make sense with others, given alongside (as variables) so the checks pass.
    const tls = { PARLEY_TLS_CERT: "c.pem", PARLEY_TLS_KEY: "k.pem" };
    const companions: Partial<Record<SettingName, NodeJS.ProcessEnv>> = {
      tlsCert: { PARLEY_TLS_KEY: "k.pem" },
      tlsKey: { PARLEY_TLS_CERT: "c.pem" },
      adminTls: tls,
      plainPort: tls,
      adminHost: { ...tls, PARLEY_ADMIN_TLS: "true" },
    };
    for (const key of SETTING_NAMES) {
      const env = companions[key] ?? {};
      // A value next to the default passes the cross-field checks whatever the setting.
      const current = defaults[key];
      const value =
        key === "store"
          ? "postgres://parley@127.0.0.1:5432/parley" // the one string setting with a fixed form
          : typeof current === "number"
            ? current + 1
            : typeof current === "boolean"
              ? !current
              : `${current}x`;
      const flag =
        typeof value === "boolean"
          ? [`--${value ? "" : "no-"}${flagName(key)}`]
          : [`--${flagName(key)}`, String(value)];
      expect(parseCommandLine(flag, env)[key]).toBe(value);
      expect(parseCommandLine([], { ...env, [envName(key)]: String(value) })[key]).toBe(value);
    }
  });
});
