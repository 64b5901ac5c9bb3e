// The checkpointer's thread (checkpointer.ts): its own connection to the database, and on each request
// from the server's thread a passive checkpoint once CHECKPOINT_DELAY_MS have passed (or at once when
// asked again), answered with SQLite's figures for it. Plain JavaScript, so the server loads it as it
// is from source or build.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

/** @type {{ file: string, delayMs: number }} */
const { file, delayMs } = workerData;
const db = new Database(file, { fileMustExist: true });
// A passive checkpoint never waits on the server's commits, and the server never waits on it.
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");

/** The checkpoint waiting for its delay to pass, if one is. @type {NodeJS.Timeout | undefined} */
let timer;

function run() {
  timer = undefined;
  const { log, checkpointed } = /** @type {{ log: number, checkpointed: number }} */ (checkpoint.get());
  parentPort?.postMessage({ log, checkpointed });
}

// "soon": one checkpoint after the delay; "now": many commits since, so that one at once.
parentPort?.on("message", (/** @type {"soon" | "now"} */ when) => {
  if (when === "soon") {
    timer = setTimeout(run, delayMs);
  } else if (timer) {
    clearTimeout(timer);
    run();
  }
});
