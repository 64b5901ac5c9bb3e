// `pnpm cluster` (scripts/cluster.ts) as a person runs it: PostgreSQL, Redis and three nodes come up
// and chat works across them; Ctrl-C (SIGINT) stops every process it printed, by pid.
import { fileURLToPath } from "node:url";
import { processAlive, runSource } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import { loggedIn } from "./helpers.js";

const script = fileURLToPath(new URL("../scripts/cluster.ts", import.meta.url));
/** The script as a person runs it: outside the test runner (the kit registers no hooks then). */
const { VITEST: _, ...personEnv } = process.env;

describe("pnpm cluster", () => {
  it("starts PostgreSQL, Redis and three nodes that chat together, and stops them all on Ctrl-C", async () => {
    let checked: Promise<void> | undefined;
    const result = await runSource(script, ["--port", "0"], {
      env: personEnv,
      onSpawn(child, stdout) {
        const ready = async () => {
          await vi.waitFor(() => expect(stdout()).toContain("Ctrl-C stops everything"), {
            timeout: 90_000,
            interval: 100,
          });
          const ports = [...stdout().matchAll(/chat 127\.0\.0\.1:(\d+)/g)].map((match) => Number(match[1]));
          expect(ports).toHaveLength(3);
          const ana = await loggedIn(ports[0]!, "ana", ["r"]);
          const bob = await loggedIn(ports[2]!, "bob", ["r"]);
          await ana.request({ sendMessage: { room: "r", text: "across nodes" } });
          expect((await bob.waitFor((e) => e.message?.text === "across nodes")).message?.seq).toBe(1);
          child.kill("SIGINT");
        };
        checked = ready();
        checked.catch(() => child.kill("SIGKILL"));
      },
    });
    await checked;
    expect(result.code, result.stderr).toBe(0);
    const pids = [...result.stdout.matchAll(/\(pid (\d+)\)/g)].map((match) => Number(match[1]));
    expect(pids).toHaveLength(5);
    for (const pid of pids) expect(processAlive(pid), `pid ${pid}`).toBe(false);
  }, 120_000);
});
