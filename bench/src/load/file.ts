// File transfer with chat on the same connection: Parley uploads (FileOffer, chunks, FileUploadDone) then
// downloads (FileGet) a file; the relay streams the same bytes as lines to a second client. Meanwhile the
// transferring connection sends a chat message every few ms and times its acknowledgement.
import { createHash, randomBytes } from "node:crypto";
import { type DecodedEnvelope, ServerError } from "@parley/protocol";
import { ParleyClient } from "../clients/parley.js";
import { RelayClient } from "../clients/relay.js";
import type { ChatSink } from "../clients/types.js";
import { nowUs, sleep } from "../clock.js";
import { Histogram } from "../histogram.js";
import type { FileReport } from "../ipc.js";
import { makePayload, type PayloadHeader, readPayloadHeader } from "../payload.js";
import type { FilePlan } from "../plan.js";
import type { Tally } from "./tally.js";

const ROOM = "files";
/** How long the server may take to answer a FileOffer before the feature counts as absent. */
const OFFER_TIMEOUT_MS = 5000;
/** Bound on each transfer direction. */
const TRANSFER_TIMEOUT_MS = 120_000;
/** Relay data lines: bytes per line, as Parley's default chunk (Parley uses the size the server announces). */
const RELAY_LINE_BYTES = 256 * 1024;

/** Chat probe: sends on an interval and records acknowledgement latency into the current phase's histogram. */
class ChatProbe implements ChatSink {
  histogram = new Histogram();
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly header: PayloadHeader = { sender: 0, seq: 0, sentAtUs: 0 };
  /** Relay only: data lines reaching the downloading client. */
  onData: ((bytes: number) => void) | undefined;

  constructor(
    private readonly tally: Tally,
    private readonly payloadBytes: number,
  ) {}

  start(send: (text: string) => void, intervalMs: number): void {
    this.timer = setInterval(() => send(makePayload(0, this.seq++, nowUs(), this.payloadBytes)), intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  onChat(bytes: Uint8Array, start: number, end: number, receivedAtUs: number): void {
    if (bytes[start] === 0x46 /* F: relay data line */) {
      this.onData?.(end - start - 1);
      return;
    }
    if (readPayloadHeader(bytes, start, end, this.header) && this.header.sender === 0) {
      this.histogram.record(receivedAtUs - this.header.sentAtUs);
    }
  }

  onLost(): void {
    this.tally.disconnects++;
  }

  onServerError(code: string): void {
    this.tally.countError(code);
  }
}

/** The bytes to transfer: a 1 MiB random block repeated (the server cannot tell), and their SHA-256. */
function makeFile(fileBytes: number): { data: Buffer; sha256: string } {
  const block = randomBytes(1024 * 1024);
  const data = Buffer.allocUnsafe(fileBytes);
  for (let offset = 0; offset < fileBytes; offset += block.length) block.copy(data, offset);
  return { data, sha256: createHash("sha256").update(data).digest("hex") };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export async function runFile(plan: FilePlan, tally: Tally): Promise<void> {
  const { data, sha256 } = makeFile(plan.fileBytes);
  const probe = new ChatProbe(tally, plan.payloadBytes);
  const report = emptyFileReport(plan.fileBytes);
  tally.file = report;
  tally.startCpu();
  try {
    if (plan.target.kind === "parley") await parleyTransfer(plan, report, probe, data, sha256);
    else await relayTransfer(plan, tally, report, probe, data);
    report.available = true;
  } catch (error) {
    // A failed transfer is a result of the run (the feature or the target fell short), not a crash.
    report.available = false;
    report.reason = (error as Error).message;
  } finally {
    probe.stop();
    tally.stopCpu();
  }
}

/** Fills `report`; throws when the offer is refused or the transfer fails part way. */
async function parleyTransfer(
  plan: FilePlan,
  report: FileReport,
  probe: ChatProbe,
  data: Buffer,
  sha256: string,
): Promise<void> {
  const client = new ParleyClient({ port: plan.target.port, nick: "uploader", rooms: [ROOM] }, probe);
  try {
    await client.handshake(10_000);
    let ackedOffset = 0;
    let acksSeen = false;
    let onAck: (() => void) | undefined;
    let download: ((envelope: DecodedEnvelope) => void) | undefined;
    client.onOther = (envelope) => {
      if (envelope.body === "fileChunkAck") {
        acksSeen = true;
        ackedOffset = Math.max(ackedOffset, envelope.fileChunkAck?.offset ?? 0);
        onAck?.();
      } else download?.(envelope);
    };
    probe.start((text) => client.sendRoom(ROOM, text), plan.chatIntervalMs);

    // Upload.
    const uploadStartUs = nowUs();
    let ready: DecodedEnvelope;
    try {
      ready = await withTimeout(
        client.request({ fileOffer: { room: ROOM, name: "bench.bin", size: data.length, sha256 } }),
        OFFER_TIMEOUT_MS,
        "fileOffer",
      );
    } catch (error) {
      // A refused offer is reported by its code alone (for example FILES_DISABLED).
      throw error instanceof ServerError ? new Error(error.codeName, { cause: error }) : error;
    }
    const uploadId = ready.fileUploadReady?.uploadId ?? "";
    const chunkBytes =
      ready.fileUploadReady?.chunkBytes || client.welcome?.limits?.fileChunkBytes || 256 * 1024;
    let offset = ready.fileUploadReady?.offset ?? 0;
    const deadline = uploadStartUs + TRANSFER_TIMEOUT_MS * 1000;
    while (offset < data.length) {
      if (nowUs() > deadline) throw new Error("upload timed out");
      // Stay within the window of unacknowledged bytes when the server acknowledges chunks.
      if (acksSeen && offset - ackedOffset >= plan.windowBytes) {
        await Promise.race([new Promise<void>((resolve) => (onAck = resolve)), sleep(1000)]);
        continue;
      }
      const end = Math.min(data.length, offset + chunkBytes);
      const more = client.send({ fileChunk: { id: uploadId, offset, data: data.subarray(offset, end) } });
      offset = end;
      if (!more) await client.drained();
    }
    const done = await withTimeout(
      client.request({ fileUploadDone: { uploadId } }),
      TRANSFER_TIMEOUT_MS,
      "upload",
    );
    report.uploadMs = (nowUs() - uploadStartUs) / 1000;
    report.chatDuringUpload = probe.histogram.toJSON();
    const fileId = done.message?.file?.id ?? "";

    // Download.
    probe.histogram = new Histogram();
    const downloadStartUs = nowUs();
    let received = 0;
    const finished = new Promise<void>((resolve, reject) => {
      download = (envelope) => {
        if (envelope.body === "fileChunk") {
          received += envelope.fileChunk?.data?.length ?? 0;
        } else if (envelope.body === "fileDownloadDone") {
          if (received === data.length) resolve();
          else reject(new Error(`download ended after ${received} of ${data.length} bytes`));
        }
      };
    });
    await withTimeout(client.request({ fileGet: { fileId, offset: 0 } }), OFFER_TIMEOUT_MS, "fileGet");
    await withTimeout(finished, TRANSFER_TIMEOUT_MS, "download");
    report.downloadMs = (nowUs() - downloadStartUs) / 1000;
    report.chatDuringDownload = probe.histogram.toJSON();
  } finally {
    probe.stop();
    client.close();
  }
}

/** The relay has no file transfer: the same bytes go as data lines from one client to another. */
async function relayTransfer(
  plan: FilePlan,
  tally: Tally,
  report: FileReport,
  probe: ChatProbe,
  data: Buffer,
): Promise<void> {
  // Data lines must hold no newline: map 0x0a to another byte (the relay does not care what bytes it moves).
  const lineData = Buffer.from(data);
  for (let i = lineData.indexOf(10); i >= 0; i = lineData.indexOf(10, i + 1)) lineData[i] = 11;
  const receiver = new ChatProbe(tally, plan.payloadBytes);
  const up = new RelayClient({ port: plan.target.port, nick: "up", rooms: [ROOM] }, probe);
  const down = new RelayClient({ port: plan.target.port, nick: "down", rooms: [ROOM] }, receiver);
  try {
    await up.handshake(10_000);
    await down.handshake(10_000);
    let received = 0;
    const finished = new Promise<void>((resolve) => {
      receiver.onData = (bytes) => {
        received += bytes;
        if (received >= data.length) resolve();
      };
    });
    probe.start((text) => up.sendRoom(ROOM, text), plan.chatIntervalMs);
    const startUs = nowUs();
    const prefix = Buffer.from("@down F");
    const newline = Buffer.from("\n");
    for (let offset = 0; offset < lineData.length; offset += RELAY_LINE_BYTES) {
      up.write(prefix);
      up.write(lineData.subarray(offset, Math.min(lineData.length, offset + RELAY_LINE_BYTES)));
      if (!up.write(newline)) await up.drained();
    }
    await withTimeout(finished, TRANSFER_TIMEOUT_MS, "relay transfer");
    // One stream: the upload and the download are the same bytes moving through the relay.
    report.uploadMs = report.downloadMs = (nowUs() - startUs) / 1000;
    report.chatDuringUpload = report.chatDuringDownload = probe.histogram.toJSON();
  } finally {
    probe.stop();
    up.close();
    down.close();
  }
}

function emptyFileReport(bytes: number): FileReport {
  const empty = new Histogram().toJSON();
  return {
    available: false,
    bytes,
    uploadMs: 0,
    downloadMs: 0,
    chatDuringUpload: empty,
    chatDuringDownload: empty,
  };
}
