// docs/protocol.md against a running server: the defaults the Limits table and the Welcome fields
// promise are what a server started with default settings announces in Welcome.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PROTOCOL_VERSION } from "@parley/protocol";
import { expect, it } from "vitest";
import { rawClient, startServer } from "./helpers.js";

const doc = readFileSync(fileURLToPath(new URL("../../../docs/protocol.md", import.meta.url)), "utf8");

/** The default column of the Limits table in section 12, by field name: `| 1 | \`field\` | unit | 1,048,576 |`. */
function documentedLimitDefaults(): Record<string, number> {
  const start = doc.indexOf("\n## 12. ");
  const section = doc.slice(start, doc.indexOf("\n## ", start + 1));
  const defaults: Record<string, number> = {};
  for (const row of section.matchAll(/^\| \d+ \| `([a-z_]+)` \| [^|]+ \| ([\d,]+) \|/gm)) {
    const camel = row[1]!.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    defaults[camel] = Number(row[2]!.replaceAll(",", ""));
  }
  return defaults;
}

it("announces in Welcome the limits and heartbeat the document gives as defaults", async () => {
  const documented = documentedLimitDefaults();
  expect(Object.keys(documented).length).toBeGreaterThanOrEqual(11);
  const { port } = await startServer();
  const client = await rawClient(port);
  const reply = await client.request({ hello: { protocolVersion: PROTOCOL_VERSION } });
  const welcome = reply.welcome!;
  const announced: Record<string, number> = {};
  for (const key of Object.keys(documented)) {
    announced[key] = Number((welcome.limits as Record<string, unknown> | null | undefined)?.[key] ?? 0);
  }
  expect(announced).toEqual(documented);
  // Section 6: "The defaults are 30 and 90 seconds" (heartbeat interval, then timeout).
  const heartbeat = doc.match(/The defaults are (\d+) and (\d+) seconds/);
  expect(heartbeat, "section 6 names the heartbeat defaults").not.toBeNull();
  expect([welcome.heartbeatIntervalMs, welcome.heartbeatTimeoutMs].map(Number)).toEqual(
    [heartbeat![1], heartbeat![2]].map((s) => Number(s) * 1000),
  );
});
