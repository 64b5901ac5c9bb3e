// The transfers slice: every upload and download the TUI is running or has just finished, and the
// files announced in the conversations we have seen (so `/get` can take a short id prefix). A pure
// reducer over type-tagged actions stamped with the time; the transfer manager dispatches them.

import { formatBytes } from "@parley/cli-shell";
import type { FileInfo } from "@parley/protocol";
import { advance, type Progress, startProgress } from "../files/progress.js";

export type TransferDirection = "upload" | "download";

/** Where a transfer stands. */
export type TransferPhase =
  /** Upload: hashing the local file before offering it. */
  | "hashing"
  /** Bytes are moving. */
  | "active"
  /** The connection broke: waiting for the next one to resume. */
  | "waiting"
  /** Every byte is there; the SHA-256 is being checked. */
  | "verifying"
  | "done"
  | "failed"
  | "cancelled";

export interface Transfer {
  /** The client's own id for the transfer (not the server's file id). */
  id: string;
  direction: TransferDirection;
  /** File name as shown. */
  name: string;
  /** "#room" or a nick: where an upload goes, or who sent a download. */
  peer: string;
  phase: TransferPhase;
  progress: Progress;
  /** Failed: why. Done: the saved path (downloads) or the file id (uploads). */
  detail: string;
  /** When it finished, or null while running. */
  finishedAtMs: number | null;
}

/** A file someone announced: enough to resolve `/get` arguments and to describe it. */
export interface KnownFile {
  id: string;
  name: string;
  size: number;
  fromNick: string;
}

export interface TransfersState {
  /** In the order they started. */
  transfers: Transfer[];
  /** Announced files, newest last, at most MAX_KNOWN_FILES. */
  files: KnownFile[];
}

/** Oldest announced files are forgotten past this many. */
export const MAX_KNOWN_FILES = 200;
/** Finished transfers kept on show, newest first; older ones drop off. */
export const MAX_FINISHED_SHOWN = 3;

export const initialTransfers: TransfersState = { transfers: [], files: [] };

/** What the transfer manager reports; stamped with the time, each is a reducer action. */
export type TransferEvent =
  | {
      type: "transferStarted";
      id: string;
      direction: TransferDirection;
      name: string;
      peer: string;
      totalBytes: number;
    }
  /** The name, size or sender became known (a download learns them from the server). */
  | { type: "transferDescribed"; id: string; name: string; peer: string; totalBytes: number }
  | { type: "transferPhase"; id: string; phase: "hashing" | "active" | "waiting" | "verifying" }
  /** `bytes` done so far (a running total; hashing counts bytes hashed). */
  | { type: "transferProgress"; id: string; bytes: number }
  | { type: "transferDone"; id: string; detail: string }
  | { type: "transferFailed"; id: string; reason: string; cancelled: boolean }
  /** Take a finished transfer off the list. */
  | { type: "transferRemoved"; id: string }
  /** Someone announced a file (a FILE message, live or in history). */
  | { type: "fileAnnounced"; file: FileInfo };

export type TransferAction = TransferEvent & { nowMs: number };

export function transfersReducer(state: TransfersState, action: TransferAction): TransfersState {
  switch (action.type) {
    case "transferStarted": {
      const transfer: Transfer = {
        id: action.id,
        direction: action.direction,
        name: action.name,
        peer: action.peer,
        phase: action.direction === "upload" ? "hashing" : "active",
        progress: startProgress(action.totalBytes, 0, action.nowMs),
        detail: "",
        finishedAtMs: null,
      };
      return { ...state, transfers: [...state.transfers.filter((t) => t.id !== action.id), transfer] };
    }
    case "transferDescribed":
      return update(state, action.id, (t) => ({
        ...t,
        name: action.name || t.name,
        peer: action.peer || t.peer,
        progress: { ...t.progress, totalBytes: action.totalBytes },
      }));
    case "transferPhase":
      return update(state, action.id, (t) => {
        if (t.finishedAtMs !== null) return t;
        // Hashing and sending are measured separately: a new phase restarts the speed readings.
        const restart = t.phase === "hashing" && action.phase !== "hashing";
        return {
          ...t,
          phase: action.phase,
          progress: restart ? startProgress(t.progress.totalBytes, 0, action.nowMs) : t.progress,
        };
      });
    case "transferProgress":
      return update(state, action.id, (t) =>
        t.finishedAtMs !== null ? t : { ...t, progress: advance(t.progress, action.bytes, action.nowMs) },
      );
    case "transferDone":
      return prune(
        update(state, action.id, (t) => ({
          ...t,
          phase: "done",
          detail: action.detail,
          finishedAtMs: action.nowMs,
          progress: advance(t.progress, t.progress.totalBytes, action.nowMs),
        })),
      );
    case "transferFailed":
      return prune(
        update(state, action.id, (t) => ({
          ...t,
          phase: action.cancelled ? "cancelled" : "failed",
          detail: action.reason,
          finishedAtMs: action.nowMs,
        })),
      );
    case "transferRemoved":
      return { ...state, transfers: state.transfers.filter((t) => t.id !== action.id) };
    case "fileAnnounced": {
      const { file } = action;
      if (!file.id || state.files.some((f) => f.id === file.id)) return state;
      const known: KnownFile = {
        id: file.id,
        name: file.name ?? "",
        size: file.size ?? 0,
        fromNick: file.fromNick ?? "",
      };
      return { ...state, files: [...state.files, known].slice(-MAX_KNOWN_FILES) };
    }
  }
}

function update(state: TransfersState, id: string, change: (t: Transfer) => Transfer): TransfersState {
  const index = state.transfers.findIndex((t) => t.id === id);
  if (index < 0) return state;
  const transfers = state.transfers.slice();
  transfers[index] = change(transfers[index]!);
  return { ...state, transfers };
}

/** Keeps every running transfer and the newest MAX_FINISHED_SHOWN finished ones. */
function prune(state: TransfersState): TransfersState {
  const finished = state.transfers
    .filter((t) => t.finishedAtMs !== null)
    .sort((a, b) => (b.finishedAtMs ?? 0) - (a.finishedAtMs ?? 0))
    .slice(0, MAX_FINISHED_SHOWN);
  const keep = new Set(finished.map((t) => t.id));
  return { ...state, transfers: state.transfers.filter((t) => t.finishedAtMs === null || keep.has(t.id)) };
}

/** True while bytes may still move (not done, failed or cancelled). */
export function isRunning(transfer: Transfer): boolean {
  return transfer.finishedAtMs === null;
}

/**
 * Turns a `/get` argument into a file id: a full id as it is; otherwise a prefix (4 characters or
 * more) of exactly one announced file; an empty argument means the newest announced file.
 */
export function resolveFileRef(
  state: { files: readonly KnownFile[] },
  ref: string,
): { ok: true; id: string } | { ok: false; reason: string } {
  const wanted = ref.trim().toLowerCase();
  if (/^[0-9a-f]{32}$/.test(wanted)) return { ok: true, id: wanted };
  if (wanted === "") {
    const newest = state.files[state.files.length - 1];
    return newest
      ? { ok: true, id: newest.id }
      : { ok: false, reason: "No file has been announced here yet." };
  }
  if (wanted.length < 4) return { ok: false, reason: "Give at least the first 4 characters of the file id." };
  const matches = state.files.filter((f) => f.id.startsWith(wanted));
  if (matches.length === 1) return { ok: true, id: matches[0]!.id };
  if (matches.length === 0)
    return { ok: false, reason: `No announced file has an id starting with ${wanted}.` };
  return { ok: false, reason: `${matches.length} files have ids starting with ${wanted}: give more of it.` };
}

/** How a FILE message reads in a conversation: "sent a file: report.pdf (1.2 MiB) · /get 3fa9c2d1". */
export function describeFileMessage(file: FileInfo): string {
  return `sent a file: ${file.name ?? ""} (${formatBytes(file.size ?? 0)}) · /get ${(file.id ?? "").slice(0, 8)}`;
}

/** Reads a `/send` or `--to` target: "#room" is a room, anything else a nick. Null if empty or malformed. */
export function parseTarget(text: string): { room: string } | { nick: string } | null {
  const word = text.trim();
  if (word === "" || /\s/.test(word)) return null;
  if (word.startsWith("#")) return word.length > 1 ? { room: word.slice(1) } : null;
  return { nick: word };
}
