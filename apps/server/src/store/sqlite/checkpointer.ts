// Checkpoints the SQLite WAL (copying committed pages into the database file, with the two fsyncs that
// takes) from a worker thread with its own connection, so a commit on the event loop is only its
// append to the WAL and never waits for the disk.
import { Worker } from "node:worker_threads";
import type { Logger } from "../../logger.js";
import type { Db } from "./db.js";

/**
 * How long after a commit the worker checkpoints: the commits in between share one checkpoint and
 * its two fsyncs (at 1,000 commits a second, a 100 ms delay cost 9-18 µs of CPU per commit more
 * than SQLite's own checkpoints, a second 3-5 µs).
 */
export const CHECKPOINT_DELAY_MS = 1000;

/**
 * Commits after which a checkpoint asked for is run at once rather than after CHECKPOINT_DELAY_MS
 * (at least two WAL frames each): a server committing faster than that does not leave the WAL to
 * the backstop below, whose checkpoint would then copy and flush much of it on the event loop.
 */
export const CHECKPOINT_NOW_COMMITS = 1000;

/**
 * WAL frames past which the server's own connection checkpoints inside a commit. Only a WAL that is
 * wholly checkpointed starts over from its beginning, which traffic that never pauses does not leave
 * the worker time to reach; this bounds the file then (about 40 MB), and the checkpoint it runs finds
 * little left to copy.
 */
export const BACKSTOP_CHECKPOINT_FRAMES = 10_000;

/** SQLite's own default: where the server's connection goes back to if the worker fails. */
const SQLITE_AUTOCHECKPOINT_FRAMES = 1000;

/** What a checkpoint found: frames in the WAL, and how many of them are now in the database file. */
export interface CheckpointResult {
  log: number;
  checkpointed: number;
}

/**
 * Asks the worker for a checkpoint after commits, at most one request outstanding: a busy server
 * posts one message per checkpoint, not one per commit. The server starts the worker when it opens
 * the store (about 70 ms of CPU, better spent there than on its first message); a store opened only
 * to read (tools, tests) starts none, and one that commits without it starts it then.
 */
export class Checkpointer {
  private worker: Worker | undefined;
  /** A checkpoint is asked for and not yet answered. */
  private asked = false;
  /** Commits since it was asked for, the one that asked included. */
  private commitsSinceAsked = 0;
  private stopped = false;
  /** Called with each checkpoint's figures (tests). */
  onCheckpoint: ((result: CheckpointResult) => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly delayMs = CHECKPOINT_DELAY_MS,
  ) {
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_FRAMES}`);
  }

  /** A transaction committed: a checkpoint follows within delayMs, or at once after many commits. */
  committed(): void {
    if (this.stopped) return;
    if (this.asked) {
      if (++this.commitsSinceAsked === CHECKPOINT_NOW_COMMITS) this.worker!.postMessage("now");
      return;
    }
    this.asked = true;
    this.commitsSinceAsked = 1;
    this.start();
    this.worker!.postMessage("soon");
  }

  /** The worker thread is up. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Starts the worker, if it has not started (or was stopped). */
  start(): void {
    if (!this.worker && !this.stopped) this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(new URL("./checkpoint-worker.js", import.meta.url), {
      workerData: { file: this.db.name, delayMs: this.delayMs },
    });
    worker.on("message", (result: CheckpointResult) => {
      this.asked = false;
      this.onCheckpoint?.(result);
    });
    worker.on("error", (error) => {
      // The server's connection checkpoints for itself again, as SQLite does by default.
      this.logger.error({ err: error }, "the WAL checkpoint thread failed; checkpointing in commits");
      this.stopped = true;
      if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_FRAMES}`);
    });
    // An idle worker does not keep the process alive.
    worker.unref();
    return worker;
  }

  /**
   * Ends the worker, if one started (undefined if none did, so a close can go on in the same turn);
   * call before closing the database, whose close then checkpoints what is left.
   */
  stop(): Promise<number> | undefined {
    this.stopped = true;
    const worker = this.worker;
    this.worker = undefined;
    return worker?.terminate();
  }
}
