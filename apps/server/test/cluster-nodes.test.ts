// Real nodes as separate processes on one real Redis: a node killed with SIGKILL stops beating, and
// after clusterNodeTimeoutMs another node removes its sessions and tells their rooms, once.
import { PresenceKind, type SessionInfo } from "@parley/protocol";
import { adminClient } from "@parley/testkit";
import { describe, expect, it, vi } from "vitest";
import { NODE_LOST } from "../src/cluster/node-inbox.js";
import { loggedIn, spawnCluster } from "./helpers.js";

describe("cluster nodes", () => {
  it("mourns a node killed mid-session: its sessions leave the list and their rooms see them quit", async () => {
    const cluster = await spawnCluster({ nodes: 2, heartbeatMs: 100, nodeTimeoutMs: 1000 });
    const [doomed, survivor] = cluster.nodes as [(typeof cluster.nodes)[0], (typeof cluster.nodes)[0]];
    const dave = await loggedIn(doomed.port, "dave", ["r"]);
    const carol = await loggedIn(survivor.port, "carol", ["r"]);
    const admin = await adminClient({ adminPort: survivor.adminPort, adminToken: cluster.adminToken });
    const nicks = async () =>
      ((await admin.request({ adminListSessions: {} })).adminSessionList?.sessions ?? []).map(
        (session: SessionInfo) => session.nick,
      );
    await vi.waitFor(async () => expect((await nicks()).sort()).toEqual(["carol", "dave"]), {
      timeout: 10_000,
    });
    // dave's node dies without a word: only its silence tells the others.
    await doomed.kill();
    const quit = await carol.waitFor(
      (e) => e.presence?.kind === PresenceKind.PRESENCE_KIND_QUIT && e.presence.nick === "dave",
      15_000,
    );
    expect(quit.presence?.reason).toBe(NODE_LOST);
    await vi.waitFor(async () => expect(await nicks()).toEqual(["carol"]), { timeout: 10_000 });
    dave.conn.destroy();
  }, 90_000);
});
