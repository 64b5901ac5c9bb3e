// File storage as a disk cost, over real sockets: quotas per nick are no longer escaped by a new nick
// or connection (per address), an account's quota follows it across nicks and connections, empty files
// count against the file-count quota, the store has a global cap, and uploads stop above the free-disk
// floor, while a bystander from another address is served.
import { createHash } from "node:crypto";
import { ErrorCode, ProtocolClient, type ServerError } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import {
  BYSTANDER_PING_BOUND_MS,
  loggedIn,
  onCleanup,
  pingMs,
  registerAccount,
  startServer,
} from "./helpers.js";

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: ServerError) => e,
  );

/** Offers and uploads `size` bytes in one chunk; resolves with the FILE message's id. */
async function upload(client: ProtocolClient, name: string, size: number): Promise<string> {
  const data = new Uint8Array(size).fill(7);
  const ready = await client.request({ fileOffer: { room: "lobby", name, size, sha256: sha256(data) } });
  const id = ready.fileUploadReady!.uploadId!;
  if (size > 0) await client.request({ fileChunk: { id, offset: 0, data } });
  const done = await client.request({ fileUploadDone: { uploadId: id } });
  return done.message!.file!.id!;
}

/** A client logged in from 127.0.0.2: another address than the attacker's 127.0.0.1. */
async function bystanderFrom127002(port: number): Promise<ProtocolClient> {
  const client = await ProtocolClient.connect({ port, localAddress: "127.0.0.2", bufferEvents: true });
  onCleanup(() => client.conn.destroy());
  await client.login({ clientName: "test", clientVersion: "1", nick: "bystander" });
  await client.waitFor((e) => e.body === "history");
  return client;
}

const offer = (client: ProtocolClient, size: number) =>
  refusal(
    client.request({
      fileOffer: { room: "lobby", name: "x.bin", size, sha256: sha256(new Uint8Array(size).fill(7)) },
    }),
  );

describe("file quotas", () => {
  it("fileQuotaBytesPerAddress: a new nick on a new connection from the same address does not reset the quota", async () => {
    const { port } = await startServer({ fileQuotaBytes: 10_000, fileQuotaBytesPerAddress: 15_000 });
    const bystander = await bystanderFrom127002(port);
    const first = await loggedIn(port, "hoarder");
    await upload(first, "a.bin", 9000);
    expect((await offer(first, 2000))?.code).toBe(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED); // per nick
    const second = await loggedIn(port, "hoarder2");
    await upload(second, "b.bin", 5000);
    const refused = await offer(second, 2000);
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED);
    expect(refused?.message).toMatch(/from this address/);
    // Another address still has its own quota, and is served meanwhile.
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    await upload(bystander, "c.bin", 9000);
  });

  it("fileQuotaBytesPerAccount: a nick change or a second connection of the account does not reset it", async () => {
    const password = "correct horse battery";
    // The address quota is off, so only the account's (and the guests' per-nick) quota can refuse.
    const { port } = await startServer({
      fileQuotaBytesPerAccount: 10_000,
      fileQuotaBytes: 3000,
      fileQuotaBytesPerAddress: 0,
    });
    const bystander = await bystanderFrom127002(port);
    await registerAccount(port, "keeper", password);
    const first = await loggedIn(port, "keeper", undefined, { password });
    // An account holder is held to its account's quota, not to the guests' per-nick one.
    await upload(first, "a.bin", 6000);
    await first.request({ setNick: { nick: "keeper_away" } });
    const renamed = await offer(first, 5000);
    expect(renamed?.code).toBe(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED);
    expect(renamed?.message).toMatch(/in use by this account/);
    // The account's name is free again, so a second connection logs in to the same account.
    const second = await loggedIn(port, "keeper", undefined, { password });
    expect((await offer(second, 5000))?.message).toMatch(/in use by this account/);
    await upload(second, "b.bin", 4000);
    expect((await offer(first, 1))?.message).toMatch(/in use by this account/);
    // A guest from the same address has its own per-nick quota.
    const guest = await loggedIn(port, "passerby");
    expect((await offer(guest, 4000))?.message).toMatch(/in use by this nick/);
    await upload(guest, "c.bin", 3000);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
  });

  it("fileQuotaFiles: empty files count, per nick and per address", async () => {
    const { port } = await startServer({ fileQuotaFiles: 3 });
    const bystander = await bystanderFrom127002(port);
    const attacker = await loggedIn(port, "empty");
    for (let i = 0; i < 3; i++) await upload(attacker, `e${i}.bin`, 0);
    const refused = await offer(attacker, 0);
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED);
    expect(refused?.message).toMatch(/3 of 3 files/);
    const renamed = await loggedIn(port, "empty2");
    expect((await offer(renamed, 0))?.message).toMatch(/this address holds 3 of 3 files/);
    expect(await pingMs(bystander)).toBeLessThan(BYSTANDER_PING_BOUND_MS);
    await upload(bystander, "mine.bin", 0);
  });

  it("fileStoreMaxBytes: the store as a whole is capped, uploads in progress included", async () => {
    const { port } = await startServer({ fileStoreMaxBytes: 20_000 });
    const bystander = await bystanderFrom127002(port);
    const attacker = await loggedIn(port, "filler");
    await upload(attacker, "big.bin", 12_000);
    // An offer reserves its size at once: a second, unfinished upload counts too.
    await attacker.request({
      fileOffer: { room: "lobby", name: "half.bin", size: 6000, sha256: sha256(new Uint8Array(6000)) },
    });
    const refused = await offer(bystander, 3000);
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED);
    expect(refused?.message).toMatch(/file storage is full/);
    await upload(bystander, "small.bin", 2000);
    const chat = await bystander.request({ sendMessage: { room: "lobby", text: "still served" } });
    expect(chat.message?.text).toBe("still served");
  });

  it("minFreeDiskBytes: uploads are refused when they would leave less free disk than the floor", async () => {
    // A floor above any disk's size: the real statfs reading is always below it.
    const { port } = await startServer({ minFreeDiskBytes: 2 ** 52 });
    const bystander = await bystanderFrom127002(port);
    const client = await loggedIn(port, "uploader");
    const refused = await offer(client, 1);
    expect(refused?.code).toBe(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED);
    expect(refused?.message).toMatch(/low on disk space/);
    expect((await offer(client, 0))?.code).toBe(ErrorCode.ERROR_CODE_QUOTA_EXCEEDED);
    const chat = await bystander.request({ sendMessage: { room: "lobby", text: "chat goes on" } });
    expect(chat.message?.text).toBe("chat goes on");
  });

  it("minFreeDiskBytes: with the default floor on this disk, uploads go through", async () => {
    const { port, config } = await startServer();
    expect(config.minFreeDiskBytes).toBe(1024 ** 3);
    const client = await loggedIn(port, "uploader");
    expect(await upload(client, "ok.bin", 1000)).toMatch(/^[0-9a-f]{32}$/);
  });
});
