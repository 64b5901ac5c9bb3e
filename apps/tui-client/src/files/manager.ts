// Runs the TUI's transfers, several at once, over the chat connection: starts uploads and downloads,
// cancels them, and reports each step as a transfers-slice event (progress at most every 100 ms per
// transfer, so a fast transfer does not flood the screen with renders). Finished transfers are taken
// off the list after a few seconds; the outcome also goes to the caller, for the conversation.

import { basename } from "node:path";
import type { Target } from "../client/events.js";
import type { TransferEvent } from "../state/transfers.js";
import { type DownloadEvent, type DownloadResult, downloadFile } from "./download.js";
import { TransferCancelledError, toTransferError } from "./errors.js";
import type { TransferLink } from "./link.js";
import { type UploadEvent, type UploadResult, uploadFile } from "./upload.js";

export interface TransferManagerOptions {
  link: TransferLink;
  /** Where downloads go when no directory is given. */
  downloadDir: string;
  onEvent(event: TransferEvent): void;
  /** An upload is stored and announced (the result carries the sender's copy of the FILE message). */
  onUploaded?(result: UploadResult): void;
  onDownloaded?(result: DownloadResult): void;
  /** A transfer failed or was cancelled; `text` is one sentence for a person. */
  onFailed?(text: string): void;
  /** Least time between two progress events of one transfer, in ms (default 100). */
  progressIntervalMs?: number;
  /** How long a finished transfer stays on the list, in ms (default 8 s). */
  keepFinishedMs?: number;
  now?(): number;
}

type Running = { controller: AbortController; fileId?: string; dir?: string };
/** Reports bytes done; at most once per progress interval unless `force` or the last byte is in. */
type Progress = (bytes: number, totalBytes: number, force?: boolean) => void;
/** The events an upload and a download share. */
type CommonStep = Extract<UploadEvent | DownloadEvent, { type: "progress" | "interrupted" | "verifying" }>;

export class TransferManager {
  private readonly running = new Map<string, Running>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private nextId = 1;

  constructor(private readonly options: TransferManagerOptions) {}

  /** Starts sending `path` to `target`; returns the transfer id. */
  send(target: Target, path: string): string {
    const name = basename(path);
    const peer = "room" in target ? `#${target.room}` : target.nick;
    const { id, signal, progress } = this.start("upload", name, peer, {});
    uploadFile(this.options.link, {
      path,
      target,
      signal,
      onEvent: (event) => {
        switch (event.type) {
          case "hashing":
            if (event.bytes === 0)
              this.options.onEvent({
                type: "transferDescribed",
                id,
                name,
                peer,
                totalBytes: event.totalBytes,
              });
            return progress(event.bytes, event.totalBytes);
          case "sending":
            this.options.onEvent({ type: "transferPhase", id, phase: "active" });
            return progress(event.offset, event.totalBytes, true);
          default:
            return this.commonStep(id, progress, event);
        }
      },
    }).then(
      (result) => {
        this.finish(id, { type: "transferDone", id, detail: result.file.id ?? "" });
        this.options.onUploaded?.(result);
      },
      (error: unknown) => this.fail(id, error),
    );
    return id;
  }

  /**
   * Starts downloading file `fileId` into `dir` (default: the download directory); returns the
   * transfer id, or an Error if that file is already being downloaded.
   */
  get(fileId: string, dir = this.options.downloadDir): string | Error {
    for (const running of this.running.values())
      if (running.fileId === fileId && running.dir === dir)
        return new Error("That file is already being downloaded.");
    const { id, signal, progress } = this.start("download", fileId.slice(0, 8), "", { fileId, dir });
    downloadFile(this.options.link, {
      fileId,
      dir,
      signal,
      onEvent: (event) => {
        switch (event.type) {
          case "receiving":
            this.options.onEvent({
              type: "transferDescribed",
              id,
              name: event.file.name ?? "",
              peer: event.file.fromNick ?? "",
              totalBytes: event.file.size ?? 0,
            });
            this.options.onEvent({ type: "transferPhase", id, phase: "active" });
            return progress(event.offset, event.file.size ?? 0, true);
          default:
            return this.commonStep(id, progress, event);
        }
      },
    }).then(
      (result) => {
        this.finish(id, { type: "transferDone", id, detail: result.path });
        this.options.onDownloaded?.(result);
      },
      (error: unknown) => this.fail(id, error),
    );
    return id;
  }

  /** Cancels one transfer: an upload's partial file is deleted on the server, a download's locally. */
  cancel(id: string): boolean {
    const running = this.running.get(id);
    running?.controller.abort(new TransferCancelledError());
    return running !== undefined;
  }

  /** Ids of the transfers still running, oldest first. */
  runningIds(): string[] {
    return [...this.running.keys()];
  }

  /** Cancels everything and forgets pending timers (on quit). */
  close(): void {
    for (const id of this.running.keys()) this.cancel(id);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Registers a transfer and announces it; returns its id, its abort signal and its progress reporter. */
  private start(
    direction: "upload" | "download",
    name: string,
    peer: string,
    running: Omit<Running, "controller">,
  ): { id: string; signal: AbortSignal; progress: Progress } {
    const id = `t${this.nextId++}`;
    const controller = new AbortController();
    this.running.set(id, { controller, ...running });
    this.options.onEvent({ type: "transferStarted", id, direction, name, peer, totalBytes: 0 });
    return { id, signal: controller.signal, progress: this.throttled(id) };
  }

  /** The steps uploads and downloads report alike: progress, a lost connection waited out, the final check. */
  private commonStep(id: string, progress: Progress, event: CommonStep): void {
    if (event.type === "progress") progress(event.bytes, event.totalBytes);
    else {
      const phase = event.type === "interrupted" ? "waiting" : "verifying";
      this.options.onEvent({ type: "transferPhase", id, phase });
    }
  }

  private throttled(id: string): Progress {
    const interval = this.options.progressIntervalMs ?? 100;
    let lastAtMs = Number.NEGATIVE_INFINITY;
    return (bytes, totalBytes, force = false) => {
      const now = this.now();
      if (!force && bytes < totalBytes && now - lastAtMs < interval) return;
      lastAtMs = now;
      this.options.onEvent({ type: "transferProgress", id, bytes });
    };
  }

  private fail(id: string, error: unknown): void {
    const failure = toTransferError(error);
    const cancelled = failure instanceof TransferCancelledError;
    this.finish(id, { type: "transferFailed", id, reason: failure.message, cancelled });
    this.options.onFailed?.(cancelled ? "Transfer cancelled." : failure.message);
  }

  private finish(id: string, event: TransferEvent): void {
    this.running.delete(id);
    this.options.onEvent(event);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.options.onEvent({ type: "transferRemoved", id });
    }, this.options.keepFinishedMs ?? 8000);
    timer.unref();
    this.timers.add(timer);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}
