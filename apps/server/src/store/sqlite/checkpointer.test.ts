// The WAL checkpoint thread: the server's connection leaves checkpoints to it, it copies the commits
// into the database file soon after they happen, and closing the store ends it and removes the WAL.
import { existsSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "@parley/testkit";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../logger.js";
import {
  BACKSTOP_CHECKPOINT_FRAMES,
  CHECKPOINT_NOW_COMMITS,
  Checkpointer,
  type CheckpointResult,
} from "./checkpointer.js";
import { openSqliteStore } from "./index.js";

const message = (text: string, n: number) => ({
  conversation: "lobby",
  sender: "ana",
  message: { fromNick: "ana", text, clientMsgId: `c-${n}`, sentAtMs: n },
});

/** The figures of the next checkpoint `checkpointer` reports. */
const nextCheckpoint = (checkpointer: Checkpointer) =>
  new Promise<CheckpointResult>((resolve) => {
    checkpointer.onCheckpoint = resolve;
  });

describe("SQLite WAL checkpoints", () => {
  it("are left to the thread, which copies the commits into the database file soon after", async () => {
    const dir = tempDir();
    const store = openSqliteStore(dir);
    // The server opens the store, and the thread starts then, not on its first message.
    await store.open();
    expect(store.checkpointer!.running).toBe(true);
    // The server's own connection checkpoints only as a backstop, far past SQLite's 1,000 frames.
    expect(store.db.pragma("wal_autocheckpoint", { simple: true })).toBe(BACKSTOP_CHECKPOINT_FRAMES);
    const checkpoint = nextCheckpoint(store.checkpointer!);
    for (let n = 1; n <= 20; n++) store.messages.append([message(`m${n}`, n)]);
    const result = await checkpoint;
    expect(result.log).toBeGreaterThan(0);
    expect(result.checkpointed).toBe(result.log);

    // Later commits ask again.
    const again = nextCheckpoint(store.checkpointer!);
    store.messages.append([message("after", 21)]);
    expect((await again).checkpointed).toBeGreaterThan(0);

    await store.close();
    expect(existsSync(join(dir, "parley.db-wal"))).toBe(false);
    const reopened = openSqliteStore(dir);
    expect(reopened.messages.latest("lobby", 1)).toMatchObject([{ seq: 21, text: "after" }]);
    await reopened.close();
  });

  it("run at once, not after the delay, once many commits have waited", async () => {
    const store = openSqliteStore(tempDir());
    // A delay no test outlasts: only the count can bring the checkpoint.
    const checkpointer = new Checkpointer(store.db, silentLogger(), 3_600_000);
    const done = nextCheckpoint(checkpointer);
    const insert = store.db.prepare("INSERT INTO audit (at_ms, action) VALUES (?, 'test')");
    for (let n = 1; n <= CHECKPOINT_NOW_COMMITS; n++) {
      insert.run(n);
      checkpointer.committed();
    }
    const result = await done;
    expect(result.checkpointed).toBeGreaterThanOrEqual(CHECKPOINT_NOW_COMMITS);
    await checkpointer.stop();
    await store.close();
  });

  it("go back into the server's commits, as SQLite's default has them, if the thread fails", async () => {
    const dir = tempDir();
    let logged!: (line: string) => void;
    const failure = new Promise<string>((resolve) => {
      logged = resolve;
    });
    const store = openSqliteStore(dir, pino({ level: "error" }, { write: logged }));
    // The thread cannot open a database file that is gone (the server's connection still holds it).
    unlinkSync(join(dir, "parley.db"));
    store.messages.append([message("m1", 1)]);
    // The thread's failure is logged, however long a busy machine takes to start it.
    expect(JSON.parse(await failure)).toMatchObject({
      msg: expect.stringContaining("checkpoint thread failed"),
    });
    expect(store.db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    store.messages.append([message("m2", 2)]);
    expect(store.messages.latest("lobby", 2)).toMatchObject([{ text: "m1" }, { text: "m2" }]);
    await store.close();
  });

  it("need no thread for a store in memory or one that only reads", async () => {
    expect(openSqliteStore(":memory:").checkpointer).toBeUndefined();
    const store = openSqliteStore(tempDir());
    let checkpoints = 0;
    store.checkpointer!.onCheckpoint = () => checkpoints++;
    expect(store.messages.latest("lobby", 10)).toEqual([]);
    expect(store.checkpointer!.running).toBe(false);
    await store.close();
    expect(checkpoints).toBe(0);
  });
});
