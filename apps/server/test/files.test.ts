// File transfer through the server over real sockets: round trips, resume, every bad input, expiry,
// and chat frames interleaving with a large download.
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode, MessageKind, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { download, sha256, upload } from "./file-transfer.js";
import { isKind, loggedIn, startServer } from "./helpers.js";

describe("file transfer", () => {
  it("round-trips small and multi-megabyte files byte for byte in a room", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    for (const size of [0, 1, 1000, 5 * 1024 * 1024 + 123]) {
      const data = randomBytes(size);
      const { done } = await upload(alice, { room: "lobby" }, `f${size}.bin`, data);
      expect(done.message).toMatchObject({
        kind: MessageKind.MESSAGE_KIND_FILE,
        room: "lobby",
        fromNick: "alice",
      });
      expect(done.message?.file).toMatchObject({ name: `f${size}.bin`, size, sha256: sha256(data) });
      const announced = await bob.waitFor(isKind("message"));
      const got = await download(bob, announced.message!.file!.id!);
      expect(got.bytes.equals(data)).toBe(true);
    }
  });

  it("sends a file directly to one user, who alone may fetch it", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const carol = await loggedIn(port, "carol");
    const data = randomBytes(200_000);
    const { done } = await upload(alice, { toNick: "bob" }, "secret.txt", data);
    expect(done.message).toMatchObject({ toNick: "bob", kind: MessageKind.MESSAGE_KIND_FILE });
    const announced = await bob.waitFor(isKind("message"));
    expect((await download(bob, announced.message!.file!.id!)).bytes.equals(data)).toBe(true);
    const refused = (await carol
      .request({ fileGet: { fileId: announced.message!.file!.id! } })
      .catch((e) => e)) as ServerError;
    expect(refused.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_FILE);
  });

  it("resumes an interrupted upload and download from the last confirmed offset", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const data = randomBytes(3 * 1024 * 1024);
    const ready = await alice.request({
      fileOffer: { room: "lobby", name: "big.bin", size: data.length, sha256: sha256(data) },
    });
    const id = ready.fileUploadReady!.uploadId!;
    const chunk = ready.fileUploadReady!.chunkBytes!;
    for (let offset = 0; offset < 5 * chunk; offset += chunk) {
      await alice.request({ fileChunk: { id, offset, data: data.subarray(offset, offset + chunk) } });
    }
    alice.conn.destroy();
    const again = await loggedIn(port, "alice2");
    // Another nick may not resume it ...
    const stranger = (await again
      .request({ fileOffer: { resumeUploadId: id } })
      .catch((e) => e)) as ServerError;
    expect(stranger.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_FILE);
    await again.request({ setNick: { nick: "alice" } });
    const resumed = await again.request({ fileOffer: { resumeUploadId: id } });
    expect(resumed.fileUploadReady?.offset).toBe(5 * chunk);
    const { done } = await upload(again, { room: "lobby" }, "big.bin", data, 5 * chunk, id);
    const fileId = done.message!.file!.id!;
    const half = 300_000;
    const rest = await download(again, fileId, half);
    expect(rest.start.offset).toBe(half);
    expect(rest.bytes.equals(data.subarray(half))).toBe(true);
  });

  it("refuses bad names, sizes, offsets, checksums, ids and quota, and stays usable", async () => {
    const { port, config } = await startServer({ maxFileBytes: 100_000, fileQuotaBytes: 150_000 });
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const offer = async (name: string, size = 10, hash = sha256(new Uint8Array(10))): Promise<ServerError> =>
      (await alice
        .request({ fileOffer: { room: "lobby", name, size, sha256: hash } })
        .catch((e) => e)) as ServerError;
    for (const name of [
      "../etc/passwd",
      "a/b",
      "a\\b",
      "nul\u0000.txt",
      "bell\u0007",
      "..",
      "x".repeat(256),
      "",
    ]) {
      expect((await offer(name)).code, JSON.stringify(name)).toBe(ErrorCode.ERROR_CODE_INVALID_FILE_NAME);
    }
    expect((await offer("big", 100_001)).code).toBe(ErrorCode.ERROR_CODE_FILE_TOO_LARGE);
    expect((await offer("bad-hash", 10, "xyz")).code).toBe(ErrorCode.ERROR_CODE_BAD_REQUEST);

    // More bytes than declared: refused, partial deleted.
    const over = await alice.request({
      fileOffer: { room: "lobby", name: "over", size: 4, sha256: sha256(new Uint8Array(4)) },
    });
    const overId = over.fileUploadReady!.uploadId!;
    const tooMuch = (await alice
      .request({ fileChunk: { id: overId, offset: 0, data: new Uint8Array(5) } })
      .catch((e) => e)) as ServerError;
    expect(tooMuch.code).toBe(ErrorCode.ERROR_CODE_FILE_TOO_LARGE);
    expect(existsSync(join(config.dataDir, "files", "partial", overId))).toBe(false);

    // A chunk out of order.
    const data = new Uint8Array(10).fill(7);
    const ok = await alice.request({
      fileOffer: { room: "lobby", name: "ok", size: 10, sha256: sha256(data) },
    });
    const okId = ok.fileUploadReady!.uploadId!;
    const gap = (await alice
      .request({ fileChunk: { id: okId, offset: 5, data: data.subarray(5) } })
      .catch((e) => e)) as ServerError;
    expect(gap.code).toBe(ErrorCode.ERROR_CODE_BAD_OFFSET);

    // Checksum mismatch: refused, partial deleted.
    const lie = await alice.request({
      fileOffer: { room: "lobby", name: "lie", size: 10, sha256: sha256(new Uint8Array(10)) },
    });
    const lieId = lie.fileUploadReady!.uploadId!;
    await alice.request({ fileChunk: { id: lieId, offset: 0, data } });
    const mismatch = (await alice
      .request({ fileUploadDone: { uploadId: lieId } })
      .catch((e) => e)) as ServerError;
    expect(mismatch.code).toBe(ErrorCode.ERROR_CODE_CHECKSUM_MISMATCH);
    expect(readdirSync(join(config.dataDir, "files", "partial"))).not.toContain(lieId);

    // Unknown ids.
    for (const request of [
      { fileGet: { fileId: "0".repeat(32) } },
      { fileGet: { fileId: "../../parley.db" } },
      { fileChunk: { id: "nope", offset: 0, data } },
      { fileUploadDone: { uploadId: "nope" } },
      { fileCancel: { id: "nope" } },
    ]) {
      expect(((await alice.request(request).catch((e) => e)) as ServerError).code).toBe(
        ErrorCode.ERROR_CODE_NO_SUCH_FILE,
      );
    }

    // Quota: 150 000 bytes; "ok" (10) is reserved, so 100 000 + 60 000 is too much.
    await upload(alice, { room: "lobby" }, "first", randomBytes(100_000));
    expect((await offer("second", 60_000)).code).toBe(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED);

    // Cancel deletes the partial upload.
    await alice.request({ fileCancel: { id: okId } });
    expect(existsSync(join(config.dataDir, "files", "partial", okId))).toBe(false);

    // Still usable, and nobody else was affected.
    expect(
      (await alice.request({ sendMessage: { room: "lobby", text: "still here" } })).message,
    ).toBeTruthy();
    expect((await bob.request({ sendMessage: { room: "lobby", text: "me too" } })).message).toBeTruthy();
  });

  it("survives a cancel while chunk writes are still pending", async () => {
    const { port } = await startServer();
    const alice = await loggedIn(port, "alice");
    const data = randomBytes(4 * 1024 * 1024);
    const ready = await alice.request({
      fileOffer: { room: "lobby", name: "cancel.bin", size: data.length, sha256: sha256(data) },
    });
    const id = ready.fileUploadReady!.uploadId!;
    const chunk = ready.fileUploadReady!.chunkBytes!;
    // Every chunk at once, then the cancel in the same write: the server cancels with writes pending.
    const acks = [];
    for (let offset = 0; offset < data.length; offset += chunk) {
      acks.push(
        alice
          .request({ fileChunk: { id, offset, data: data.subarray(offset, offset + chunk) } })
          .catch(() => undefined),
      );
    }
    const cancelled = await alice.request({ fileCancel: { id } });
    expect(cancelled.ok).toBeTruthy();
    // Oversize after pending writes: the other path that discards a stream mid-write.
    const other = await alice.request({
      fileOffer: { room: "lobby", name: "over.bin", size: 10, sha256: sha256(new Uint8Array(10)) },
    });
    const otherId = other.fileUploadReady!.uploadId!;
    alice.send({ requestId: 9001, fileChunk: { id: otherId, offset: 0, data: new Uint8Array(6) } });
    await alice
      .request({ fileChunk: { id: otherId, offset: 6, data: new Uint8Array(6) } })
      .catch(() => undefined);
    // The server is alive and the session usable.
    expect((await alice.request({ sendMessage: { room: "lobby", text: "still up" } })).message?.text).toBe(
      "still up",
    );
    void acks;
  });

  it("expires files after fileRetentionSeconds and removes them from disk", async () => {
    const clock = new ManualClock();
    const { port, config } = await startServer({ fileRetentionSeconds: 1 }, { options: { clock } });
    const alice = await loggedIn(port, "alice");
    const { done } = await upload(alice, { room: "lobby" }, "short-lived", randomBytes(1000));
    const fileId = done.message!.file!.id!;
    const path = join(config.dataDir, "files", fileId);
    clock.advance(999);
    expect(existsSync(path)).toBe(true);
    expect((await alice.request({ fileGet: { fileId } })).body).toBe("fileDownloadStart");
    await alice.waitFor(isKind("fileDownloadDone"));
    clock.advance(1);
    // Removed in the timer's turn on SQLite, and once the store answers on PostgreSQL.
    await expect.poll(() => existsSync(path), { timeout: 10_000 }).toBe(false);
    const gone = (await alice.request({ fileGet: { fileId } }).catch((e) => e)) as ServerError;
    expect(gone.code).toBe(ErrorCode.ERROR_CODE_NO_SUCH_FILE);
  });

  it("interleaves chat with a large download on the same connection", async () => {
    const { port } = await startServer({ ratePerSecond: 1000, rateBurst: 1000 });
    const alice = await loggedIn(port, "alice");
    const bob = await loggedIn(port, "bob");
    const data = randomBytes(20 * 1024 * 1024);
    const { done } = await upload(alice, { room: "lobby" }, "huge.bin", data);
    await bob.waitFor(isKind("message"));
    const pending = download(bob, done.message!.file!.id!);
    await bob.waitFor(isKind("fileChunk"), 5000).catch(() => undefined);
    await alice.request({ sendMessage: { room: "lobby", text: "during the download" } });
    const { bytes, seen } = await pending;
    expect(bytes.equals(data)).toBe(true);
    const chatAt = seen.findIndex((e) => e.message?.text === "during the download");
    const lastChunkAt = seen.findLastIndex((e) => e.body === "fileChunk");
    expect(chatAt).toBeGreaterThan(-1);
    expect(chatAt).toBeLessThan(lastChunkAt);
  });
});
