// Output contract: JSON field names scripts rely on, and tables that carry no escape codes unless styled.
import {
  type AuditEntry,
  type Ban,
  type SessionInfo,
  SessionState,
  SessionTransport,
} from "@parley/protocol";
import { describe, expect, it } from "vitest";
import { SESSION_JSON_KEYS } from "../test/json-contract.js";
import {
  auditEntryJson,
  banJson,
  banUntil,
  closedSessionJson,
  jsonDocument,
  printable,
  renderAudit,
  renderBans,
  renderClosed,
  renderSessionDetail,
  renderSessions,
  renderStats,
  sessionJson,
  statsJson,
} from "./output.js";

const NOW_MS = Date.UTC(2026, 10, 22, 12, 0, 0);
const plain = { styled: false, nowMs: NOW_MS };
const ESC = "\x1b";

const alice: SessionInfo = {
  id: 7,
  nick: "alice",
  remoteAddress: "10.0.0.7",
  remotePort: 51234,
  clientName: "parley-tui",
  clientVersion: "0.1.0",
  connectedAtMs: NOW_MS - 192_000,
  idleMs: 45_000,
  rooms: ["general", "ops", "random"],
  messagesIn: 12,
  messagesOut: 340,
  bytesIn: 2048,
  bytesOut: 1_572_864,
  sendQueueBytes: 0,
  rttMs: 3,
  state: SessionState.SESSION_STATE_ONLINE,
  transport: SessionTransport.SESSION_TRANSPORT_WEBSOCKET_TLS,
};

describe("JSON records", () => {
  it("names every session field in snake_case, in a fixed order", () => {
    const json = sessionJson(alice);
    expect(Object.keys(json)).toEqual(SESSION_JSON_KEYS);
    expect(json).toMatchObject({
      id: 7,
      remote_port: 51234,
      connected_at: "2026-11-22T11:56:48.000Z",
      rooms: ["general", "ops", "random"],
      state: "online",
    });
  });

  it("fills defaults for a sparse session rather than dropping fields", () => {
    const json = sessionJson({ id: 1 });
    expect(json).toMatchObject({ nick: "", rooms: [], rtt_ms: 0, state: "unspecified", account: null });
    expect(Object.keys(json)).toHaveLength(19);
  });

  it("shows a permanent ban as permanent with until_ms null, and a nick ban with address null", () => {
    const permanent: Ban = {
      id: 3,
      nick: "bob",
      reason: "spam",
      by: "ops",
      createdAtMs: NOW_MS,
      untilMs: 0,
      permanent: true,
    };
    expect(banJson(permanent)).toEqual({
      id: 3,
      nick: "bob",
      address: null,
      reason: "spam",
      by: "ops",
      created_at_ms: NOW_MS,
      created_at: "2026-11-22T12:00:00.000Z",
      until_ms: null,
      until: null,
      permanent: true,
    });
    expect(banJson({ id: 4, address: "10.0.0.9", untilMs: NOW_MS + 1000 })).toMatchObject({
      nick: null,
      address: "10.0.0.9",
      until_ms: NOW_MS + 1000,
      permanent: false,
    });
    // A time no Date can hold is written, not thrown on.
    expect(banJson({ id: 5, nick: "eve", untilMs: 9e15 }).until).toBe("(invalid time 9000000000000000)");
  });

  it("nests the session in a closed-session record", () => {
    const json = closedSessionJson({ session: alice, closedAtMs: NOW_MS, reason: "kicked by ops: spam" });
    expect(Object.keys(json)).toEqual(["session", "closed_at_ms", "closed_at", "reason"]);
    expect(json.session.nick).toBe("alice");
  });

  it("names audit and stats fields", () => {
    const entry: AuditEntry = {
      id: 1,
      atMs: NOW_MS,
      action: "kick",
      target: "nick bob",
      result: "1 session",
      by: "ops",
    };
    expect(Object.keys(auditEntryJson(entry))).toEqual([
      "id",
      "at_ms",
      "at",
      "action",
      "target",
      "result",
      "by",
    ]);
    expect(Object.keys(statsJson({}))).toEqual([
      "server_version",
      "uptime_ms",
      "sessions",
      "rooms",
      "messages_total",
      "messages_per_second",
      "bytes_in_total",
      "bytes_out_total",
      "bytes_in_per_second",
      "bytes_out_per_second",
      "rss_bytes",
      "heap_used_bytes",
    ]);
  });
});

describe("tables", () => {
  it("renders the session table with no escape codes and no trailing spaces", () => {
    const text = renderSessions([alice], plain);
    expect(text).not.toContain(ESC);
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^ID\s+NICK\s+ADDRESS\s+VIA\s+CLIENT\s+AGE\s+IDLE\s+ROOMS\s+MSGS IN\/OUT\s+BYTES IN\/OUT/,
    );
    expect(lines[1]).toMatch(
      /^7\s+alice\s+10\.0\.0\.7:51234\s+wss\s+parley-tui 0\.1\.0\s+3m12s\s+45s\s+general,ops \+1\s+12\/340\s+2 KiB\/1\.5 MiB\s+0 B\s+3ms\s+online$/,
    );
    for (const line of lines) expect(line).toBe(line.trimEnd());
  });

  it("styles the header only when asked", () => {
    expect(renderSessions([alice], { ...plain, styled: true })).toContain(`${ESC}[1m`);
    expect(renderSessionDetail(alice, { ...plain, styled: true })).toContain(`${ESC}[1m`);
    expect(renderSessionDetail(alice, plain)).not.toContain(ESC);
  });

  it("neutralises control characters that come from users", () => {
    const hostile: SessionInfo = { ...alice, nick: "evil\x1b[2J", clientName: "x\x07" };
    const text = renderSessions([hostile], plain) + renderSessionDetail(hostile, plain);
    expect(text).not.toContain(ESC);
    expect(text).not.toContain("\x07");
    expect(text).toContain("evil\ufffd[2J");
  });

  it("shows one session in full", () => {
    const text = renderSessionDetail(alice, plain);
    expect(text).toMatch(/^id:\s+7$/m);
    expect(text).toMatch(/^rooms:\s+general, ops, random$/m);
    expect(text).toMatch(/^rtt:\s+3ms$/m);
    expect(renderSessionDetail({ ...alice, rttMs: 0 }, plain)).toMatch(/^rtt:\s+not measured yet$/m);
  });

  it("renders bans, closed sessions, audit and stats without escape codes", () => {
    const text = [
      renderBans(
        [{ id: 1, nick: "bob", untilMs: NOW_MS + 600_000, reason: "spam", by: "ops", createdAtMs: NOW_MS }],
        plain,
      ),
      renderClosed([{ session: alice, closedAtMs: NOW_MS, reason: "ping timeout" }], plain),
      renderAudit(
        [{ id: 1, atMs: NOW_MS, action: "kick", target: "nick bob", result: "ok", by: "ops" }],
        plain,
      ),
      renderStats(
        { uptimeMs: 3_600_000, sessions: 2, messagesPerSecond: 1.25, rssBytes: 50 * 1024 * 1024 },
        plain,
      ),
    ].join("");
    expect(text).not.toContain(ESC);
    expect(text).toMatch(/nick bob\s+.*\(in 10m00s\)\s+spam\s+ops/);
    expect(text).toMatch(/ping timeout$/m);
    expect(text).toMatch(/^uptime:\s+1h00m$/m);
    expect(text).toMatch(/^messages:\s+0 total, 1\.3\/s$/m);
    expect(text).toMatch(/^memory:\s+50 MiB resident/m);
  });
});

describe("cells", () => {
  it("describes a ban's end", () => {
    expect(banUntil(0, NOW_MS)).toBe("permanent");
    expect(banUntil(NOW_MS - 1, NOW_MS)).toMatch(/\(expired\)$/);
    expect(banUntil(NOW_MS + 90_000, NOW_MS)).toMatch(/\(in 1m30s\)$/);
  });

  it("keeps printable text as is", () => {
    expect(printable("héllo wörld ✓")).toBe("héllo wörld ✓");
  });

  it("replaces controls and bidi formatting in table cells, and escapes them in JSON", () => {
    expect(printable("invoice\u202efdp.exe")).toBe("invoice\ufffdfdp.exe");
    expect(printable("a\u009b31mb\x1b[2Jc\u2066d")).toBe("a\ufffd31mb\ufffd[2Jc\ufffdd");
    const doc = jsonDocument({ name: "invoice\u202efdp.exe", csi: "\u009b31m", esc: "\x1b" });
    expect(doc).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(doc).toContain("invoice\\u202efdp.exe");
    expect(JSON.parse(doc)).toEqual({ name: "invoice\u202efdp.exe", csi: "\u009b31m", esc: "\x1b" });
  });
});
