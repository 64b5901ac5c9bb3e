// File transfer between clients over real sockets: round trips in a room and directly, resume after a
// dropped connection (upload and download), bad input with the session left usable, several transfers
// at once through the TUI's manager, and chat staying responsive during a large transfer.
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DecodedEnvelope, MessageKind } from "@parley/protocol";
import { describe, expect, it, vi } from "vitest";
import { ChatClient } from "../src/client/chat-client.js";
import { type DownloadEvent, downloadFile } from "../src/files/download.js";
import { TransferCancelledError, TransferError } from "../src/files/errors.js";
import { TransferManager } from "../src/files/manager.js";
import { partPath } from "../src/files/names.js";
import { type UploadEvent, uploadFile } from "../src/files/upload.js";
import type { TransferEvent } from "../src/state/transfers.js";
import { onCleanup, randomFile, session, startServer, tempDir } from "./helpers.js";

const MiB = 1024 * 1024;

/** The failure a promise rejects with (the test fails if it resolves). */
async function failure(promise: Promise<unknown>): Promise<TransferError> {
  const result = await promise.then(
    () => new Error("expected a failure"),
    (error: unknown) => error,
  );
  expect(result).toBeInstanceOf(TransferError);
  return result as TransferError;
}

describe("file transfer between two clients", () => {
  it("round-trips small and multi-megabyte files byte for byte in a room", async () => {
    const { port } = await startServer();
    const alice = await session(port, "alice");
    const bob = await session(port, "bob");
    const announced: DecodedEnvelope[] = [];
    (await bob.connection()).onEvent((e) => {
      if (e.message?.kind === MessageKind.MESSAGE_KIND_FILE) announced.push(e);
    });
    const src = tempDir();
    const dest = tempDir();
    for (const size of [0, 1, 1000, 5 * MiB + 123]) {
      const { path, data } = randomFile(src, `f${size}.bin`, size);
      const sent = await uploadFile(alice, { path, target: { room: "lobby" } });
      expect(sent.message).toMatchObject({
        kind: MessageKind.MESSAGE_KIND_FILE,
        room: "lobby",
        fromNick: "alice",
      });
      expect(sent.file).toMatchObject({ name: `f${size}.bin`, size });
      await vi.waitFor(() => expect(announced.at(-1)?.message?.file?.id).toBe(sent.file.id));
      const got = await downloadFile(bob, { fileId: sent.file.id!, dir: dest });
      expect(got.path).toBe(join(dest, `f${size}.bin`));
      expect(readFileSync(got.path).equals(data)).toBe(true);
    }
    // Only finished files are left: no partial download lingers.
    expect(readdirSync(dest).filter((n) => n.endsWith(".part"))).toEqual([]);
  });

  it("sends a file directly to one user, saves it without overwriting, and refuses anyone else", async () => {
    const { port } = await startServer();
    const alice = await session(port, "alice");
    const bob = await session(port, "bob");
    const carol = await session(port, "carol");
    const { path, data } = randomFile(tempDir(), "notes.txt", 3 * MiB + 7);
    const sent = await uploadFile(alice, { path, target: { nick: "bob" } });
    expect(sent.message).toMatchObject({ toNick: "bob", kind: MessageKind.MESSAGE_KIND_FILE });
    const dest = tempDir();
    const first = await downloadFile(bob, { fileId: sent.file.id!, dir: dest });
    const second = await downloadFile(bob, { fileId: sent.file.id!, dir: dest });
    expect(first.path).toBe(join(dest, "notes.txt"));
    expect(second.path).toBe(join(dest, "notes (1).txt"));
    expect(readFileSync(second.path).equals(data)).toBe(true);
    const carolDir = tempDir();
    const refused = await failure(downloadFile(carol, { fileId: sent.file.id!, dir: carolDir }));
    expect(refused.code).toBe("no_such_file");
    expect(readdirSync(carolDir)).toEqual([]);
  });

  it("resumes an upload from the confirmed offset after the connection drops", async () => {
    const { port } = await startServer();
    const alice = await session(port, "alice");
    const bob = await session(port, "bob");
    const { path, data } = randomFile(tempDir(), "big.bin", 8 * MiB);
    const events: UploadEvent[] = [];
    let dropped = false;
    const sent = await uploadFile(alice, {
      path,
      target: { room: "lobby" },
      onEvent(event) {
        events.push(event);
        if (!dropped && event.type === "progress" && event.bytes >= 2 * MiB) {
          dropped = true;
          void alice.connection().then((conn) => conn.conn.destroy());
        }
      },
    });
    const resumedAt = events.find((e) => e.type === "sending" && e.resumed);
    expect(events.some((e) => e.type === "interrupted")).toBe(true);
    expect(resumedAt).toMatchObject({ type: "sending", resumed: true });
    expect((resumedAt as { offset: number }).offset).toBeGreaterThanOrEqual(2 * MiB);
    const got = await downloadFile(bob, { fileId: sent.file.id!, dir: tempDir() });
    expect(readFileSync(got.path).equals(data)).toBe(true);
  });

  it("resumes a download from its partial file after the connection drops", async () => {
    const { port } = await startServer();
    const alice = await session(port, "alice");
    const bob = await session(port, "bob");
    const { path, data } = randomFile(tempDir(), "movie.bin", 16 * MiB);
    const sent = await uploadFile(alice, { path, target: { room: "lobby" } });
    const events: DownloadEvent[] = [];
    let dropped = false;
    const dest = tempDir();
    const got = await downloadFile(bob, {
      fileId: sent.file.id!,
      dir: dest,
      onEvent(event) {
        events.push(event);
        if (!dropped && event.type === "progress" && event.bytes >= MiB) {
          dropped = true;
          void bob.connection().then((conn) => conn.conn.destroy());
        }
      },
    });
    const starts = events.filter((e) => e.type === "receiving");
    expect(starts).toHaveLength(2);
    expect(starts[1]).toMatchObject({ resumed: true });
    expect((starts[1] as { offset: number }).offset).toBeGreaterThanOrEqual(MiB);
    expect(readFileSync(got.path).equals(data)).toBe(true);
    expect(readdirSync(dest)).toEqual(["movie.bin"]);
  });

  it("resumes from a partial file left by an earlier run, and discards a wrong one", async () => {
    const { port } = await startServer();
    const alice = await session(port, "alice");
    const bob = await session(port, "bob");
    const { path, data } = randomFile(tempDir(), "doc.bin", 2 * MiB);
    const sent = await uploadFile(alice, { path, target: { room: "lobby" } });
    const fileId = sent.file.id!;
    const dest = tempDir();
    const part = partPath(dest, fileId);

    writeFileSync(part, data.subarray(0, 700_000));
    const events: DownloadEvent[] = [];
    const got = await downloadFile(bob, { fileId, dir: dest, onEvent: (e) => events.push(e) });
    expect(events.find((e) => e.type === "receiving")).toMatchObject({ offset: 700_000, resumed: true });
    expect(readFileSync(got.path).equals(data)).toBe(true);

    // Longer than the file: not this file's bytes, so it starts over.
    writeFileSync(part, randomBytes(3 * MiB));
    const again = await downloadFile(bob, { fileId, dir: dest });
    expect(readFileSync(again.path).equals(data)).toBe(true);

    // A partial file holding the wrong bytes: caught by the SHA-256, deleted, nothing saved.
    writeFileSync(part, randomBytes(1000));
    const damaged = await failure(downloadFile(bob, { fileId, dir: dest }));
    expect(damaged.code).toBe("checksum_mismatch");
    expect(damaged.message).toBe(
      '"doc.bin" arrived damaged (SHA-256 mismatch) and was discarded; fetch it again.',
    );
    expect(readdirSync(dest).sort()).toEqual(["doc (1).bin", "doc.bin"]);
  });

  it("resumes both ways through the TUI's reconnecting chat client", async () => {
    const { port } = await startServer();
    const chat = (nick: string) => {
      const client = new ChatClient({
        host: "127.0.0.1",
        port,
        nick,
        clientVersion: "test",
        backoff: { initialMs: 100, maxMs: 200, jitter: 0 },
      });
      client.start();
      onCleanup(() => client.quit("test over"));
      return { connection: () => client.whenOnline() };
    };
    const alice = chat("alice");
    const bob = chat("bob");
    const drop = (link: { connection(): Promise<{ conn: { destroy(): void } }> }) =>
      void link.connection().then((c) => c.conn.destroy());
    const { path, data } = randomFile(tempDir(), "both.bin", 12 * MiB);
    const upEvents: UploadEvent[] = [];
    const sent = await uploadFile(alice, {
      path,
      target: { room: "lobby" },
      onEvent: (e) => {
        upEvents.push(e);
        if (e.type === "progress" && e.bytes >= 3 * MiB && !upEvents.some((x) => x.type === "interrupted"))
          drop(alice);
      },
    });
    expect(upEvents.filter((e) => e.type === "sending" && e.resumed && e.offset >= 3 * MiB)).toHaveLength(1);
    const downEvents: DownloadEvent[] = [];
    const got = await downloadFile(bob, {
      fileId: sent.file.id!,
      dir: tempDir(),
      onEvent: (e) => {
        downEvents.push(e);
        if (e.type === "progress" && e.bytes >= 3 * MiB && !downEvents.some((x) => x.type === "interrupted"))
          drop(bob);
      },
    });
    expect(downEvents.filter((e) => e.type === "receiving" && e.resumed && e.offset >= 3 * MiB)).toHaveLength(
      1,
    );
    expect(readFileSync(got.path).equals(data)).toBe(true);
  });

  it("gives up with a clear reason when the server stays away", async () => {
    const { port, server } = await startServer();
    const alice = await session(port, "alice");
    const { path } = randomFile(tempDir(), "late.bin", 8 * MiB);
    let closing: Promise<void> | undefined;
    const gone = await failure(
      uploadFile(alice, {
        path,
        target: { room: "lobby" },
        onEvent: (e) => {
          if (e.type === "progress" && e.bytes > MiB) closing ??= server.close();
        },
      }),
    );
    await closing;
    expect(gone.message).toBe("lost the connection and could not reconnect (connection refused)");
  });

  it("refuses bad input with a clear error, deletes partial files, and stays usable", async () => {
    const { port, dataDir } = await startServer({ maxFileBytes: 100_000, fileQuotaBytes: 150_000 });
    const alice = await session(port, "alice");
    const bob = await session(port, "bob");
    const src = tempDir();
    const lobby = { room: "lobby" };

    const tooBig = randomFile(src, "big.bin", 100_001);
    const large = await failure(uploadFile(alice, { path: tooBig.path, target: lobby }));
    expect(large.code).toBe("file_too_large");
    // The limit in the units people read everywhere else (100,000 bytes is 97.7 KiB), not in bytes.
    expect(large.message).toMatch(/^"big.bin" is too large: .* 97.7 KiB\.$/);

    expect((await failure(uploadFile(alice, { path: join(src, "missing"), target: lobby }))).code).toBe(
      "not_found",
    );
    expect((await failure(uploadFile(alice, { path: src, target: lobby }))).code).toBe("not_a_file");
    const small = randomFile(src, "small.txt", 10);
    const offline = await failure(uploadFile(alice, { path: small.path, target: { nick: "nobody" } }));
    expect(offline.code).toBe("no_such_user");
    expect(offline.message).toBe("No user called nobody is online.");
    const notMember = await failure(uploadFile(alice, { path: small.path, target: { room: "elsewhere" } }));
    expect(notMember.code).toMatch(/not_in_room|no_such_room/);

    // Quota: 150 000 bytes per nick.
    await uploadFile(alice, { path: randomFile(src, "a.bin", 90_000).path, target: lobby });
    const quota = await failure(
      uploadFile(alice, { path: randomFile(src, "b.bin", 90_000).path, target: lobby }),
    );
    expect(quota.code).toBe("quota_exceeded");

    // Unknown file: nothing is left behind in the download directory.
    const dest = tempDir();
    const missing = await failure(downloadFile(bob, { fileId: "0".repeat(32), dir: dest }));
    expect(missing.code).toBe("no_such_file");
    expect(readdirSync(dest)).toEqual([]);

    // Cancelled mid-way: the server deletes the partial upload.
    const controller = new AbortController();
    const cancelled = uploadFile(alice, {
      path: randomFile(src, "c.bin", 50_000).path,
      target: lobby,
      windowChunks: 1,
      onEvent: (e) => {
        if (e.type === "progress" && e.bytes > 0) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(cancelled).rejects.toBeInstanceOf(TransferCancelledError);
    await vi.waitFor(() => expect(readdirSync(join(dataDir, "files", "partial"))).toEqual([]));

    // Both sessions still work.
    const conn = await alice.connection();
    expect((await conn.request({ sendMessage: { room: "lobby", text: "still here" } })).message).toBeTruthy();
    const ok = await uploadFile(alice, { path: small.path, target: { nick: "bob" } });
    const got = await downloadFile(bob, { fileId: ok.file.id!, dir: dest });
    expect(readFileSync(got.path).equals(small.data)).toBe(true);
  });

  it("runs several transfers at once through the manager, reporting each one", async () => {
    const { port } = await startServer();
    const alice = await session(port, "alice");
    const bob = await session(port, "bob");
    const src = tempDir();
    const one = randomFile(src, "one.bin", 3 * MiB);
    const two = randomFile(src, "two.bin", 2 * MiB);
    const first = await uploadFile(alice, { path: one.path, target: { room: "lobby" } });

    const events: TransferEvent[] = [];
    const finished: string[] = [];
    const dest = tempDir();
    const manager = new TransferManager({
      link: bob,
      downloadDir: dest,
      onEvent: (e) => events.push(e),
      onUploaded: (r) => finished.push(`up ${r.file.name}`),
      onDownloaded: (r) => finished.push(`down ${r.path}`),
      keepFinishedMs: 50,
    });
    const up = manager.send({ nick: "alice" }, two.path);
    const down = manager.get(first.file.id!);
    expect(manager.get(first.file.id!)).toBeInstanceOf(Error);
    await vi.waitFor(() => expect(finished).toHaveLength(2), { timeout: 15_000 });
    expect(finished).toContain(`down ${join(dest, "one.bin")}`);
    expect(finished).toContain("up two.bin");
    expect(readFileSync(join(dest, "one.bin")).equals(one.data)).toBe(true);
    for (const id of [up, down]) {
      const mine = events.filter((e) => "id" in e && e.id === id);
      expect(mine[0]).toMatchObject({ type: "transferStarted" });
      expect(mine.some((e) => e.type === "transferProgress")).toBe(true);
      expect(mine.find((e) => e.type === "transferDone")).toBeTruthy();
    }
    expect(events.find((e) => e.type === "transferDescribed" && e.id === down)).toMatchObject({
      name: "one.bin",
      peer: "alice",
      totalBytes: 3 * MiB,
    });
    await vi.waitFor(() => expect(events.filter((e) => e.type === "transferRemoved")).toHaveLength(2));
    expect(manager.runningIds()).toEqual([]);
  });

  it("keeps chat moving on the same connection while a large file goes up and down", async () => {
    const { port } = await startServer({ ratePerSecond: 1000, rateBurst: 1000 });
    const alice = await session(port, "alice");
    const bob = await session(port, "bob");
    const { path, data } = randomFile(tempDir(), "huge.bin", 30 * MiB);
    let uploadDoneAt = 0;
    let started = false;
    const upload = uploadFile(alice, {
      path,
      target: { room: "lobby" },
      onEvent: (e) => {
        if (e.type === "progress" && e.bytes > 0) started = true;
      },
    }).then((r) => {
      uploadDoneAt = Date.now();
      return r;
    });
    await vi.waitFor(() => expect(started).toBe(true));
    const conn = await alice.connection();
    const reply = await conn.request({ sendMessage: { room: "lobby", text: "during the upload" } });
    const chatAckAt = Date.now();
    expect(reply.message?.text).toBe("during the upload");
    const sent = await upload;
    expect(chatAckAt).toBeLessThan(uploadDoneAt);

    // Download: bob's chat arrives between chunks, not after the last one.
    const bobConn = await bob.connection();
    const seen: string[] = [];
    bobConn.onEvent((e) => {
      if (e.fileChunk) seen.push("chunk");
      else if (e.message?.text === "during the download") seen.push("chat");
    });
    let chatted = false;
    const got = await downloadFile(bob, {
      fileId: sent.file.id!,
      dir: tempDir(),
      onEvent: (e) => {
        if (!chatted && e.type === "progress" && e.bytes > MiB) {
          chatted = true;
          void conn.request({ sendMessage: { room: "lobby", text: "during the download" } });
        }
      },
    });
    expect(readFileSync(got.path).equals(data)).toBe(true);
    expect(seen).toContain("chat");
    expect(seen.indexOf("chat")).toBeLessThan(seen.lastIndexOf("chunk"));
    expect(existsSync(got.path)).toBe(true);
  });
});
