// The chaos run's judge: checks what clients observed against the final stored histories and returns
// every broken delivery promise. Pure: no I/O, so it is unit-tested on small hand-made histories.
import {
  type ConnectionEnd,
  type Entry,
  type Observations,
  resumePointAfter,
  type Segment,
} from "./observations.js";

/** One broken promise, with enough detail to find it in the trace. */
export interface Violation {
  invariant:
    | "stored-gap-free"
    | "stored-once"
    | "no-phantom"
    | "acked-stored"
    | "ack-arrives"
    | "view-gap-free"
    | "view-matches-store"
    | "member-sees-all"
    | "server";
  detail: string;
}

const same = (a: Entry, b: Entry) =>
  a.seq === b.seq && a.from === b.from && a.clientMsgId === b.clientMsgId && a.text === b.text;
const show = (e: Entry) => `#${e.seq} ${e.from}/${e.clientMsgId}`;

/** Every invariant, in a stable order; an empty list means the run kept every promise. */
export function check(obs: Observations): Violation[] {
  const out: Violation[] = [];
  for (const incident of obs.incidents) out.push({ invariant: "server", detail: incident });
  for (const c of obs.connections) {
    if (c.end === "server-closed") {
      out.push({
        invariant: "server",
        detail: `${c.client} connection ${c.id} was closed by the running server${c.detail ? `: ${c.detail}` : ""}`,
      });
    }
  }
  checkStored(obs, out);
  checkAcks(obs, out);
  checkViews(obs, out);
  checkReads(obs, out);
  return out;
}

/** Stored histories: seq 1, 2, 3 ... with no hole; each (sender, client_msg_id) once; nothing unsent. */
function checkStored(obs: Observations, out: Violation[]): void {
  const seen = new Map<string, string>();
  const sentTexts = new Map<string, Set<string>>();
  for (const s of obs.sent) {
    const key = `${s.client} ${s.clientMsgId}`;
    const texts = sentTexts.get(key) ?? new Set<string>();
    texts.add(`${s.conversation}\n${s.text}`);
    sentTexts.set(key, texts);
  }
  for (const [conversation, entries] of Object.entries(obs.stored)) {
    entries.forEach((e, i) => {
      if (e.seq !== i + 1) {
        out.push({
          invariant: "stored-gap-free",
          detail: `${conversation}: stored message ${i + 1} has seq ${e.seq}, expected ${i + 1}`,
        });
      }
      if (!e.clientMsgId) return;
      const key = `${e.from} ${e.clientMsgId}`;
      const first = seen.get(key);
      if (first !== undefined) {
        out.push({
          invariant: "stored-once",
          detail: `${e.from}'s ${e.clientMsgId} is stored twice: ${first} and ${conversation}#${e.seq}`,
        });
      } else seen.set(key, `${conversation}#${e.seq}`);
      if (!sentTexts.get(key)?.has(`${conversation}\n${e.text}`)) {
        out.push({
          invariant: "no-phantom",
          detail: `${conversation}#${e.seq} (${e.from}/${e.clientMsgId}) was never sent with that text there`,
        });
      }
    });
  }
}

/**
 * Acknowledgements name the stored copy; and on a connection that ended by Quit, a kick or the
 * server's shutdown, or was still open at the end, every SendMessage whose message is stored got its outcome
 * on that connection.
 */
function checkAcks(obs: Observations, out: Violation[]): void {
  const storedAt = new Map<string, Entry & { conversation: string }>();
  for (const [conversation, entries] of Object.entries(obs.stored)) {
    for (const e of entries)
      if (e.clientMsgId) storedAt.set(`${e.from} ${e.clientMsgId}`, { ...e, conversation });
  }
  for (const o of obs.outcomes) {
    if (o.seq === undefined) continue;
    const stored = storedAt.get(`${o.client} ${o.clientMsgId}`);
    if (!stored) {
      out.push({
        invariant: "acked-stored",
        detail: `${o.client}'s ${o.clientMsgId} was acknowledged as ${o.conversation}#${o.seq} but is not stored`,
      });
    } else if (stored.conversation !== o.conversation || stored.seq !== o.seq) {
      out.push({
        invariant: "acked-stored",
        detail: `${o.client}'s ${o.clientMsgId} was acknowledged as ${o.conversation}#${o.seq} but is stored as ${stored.conversation}#${stored.seq}`,
      });
    }
  }
  const ends = new Map(obs.connections.map((c) => [c.id, c.end]));
  const count = new Map<
    string,
    { sent: number; outcomes: number; client: string; id: string; conn: number }
  >();
  for (const s of obs.sent) {
    const key = `${s.connection} ${s.clientMsgId}`;
    const c = count.get(key) ?? {
      sent: 0,
      outcomes: 0,
      client: s.client,
      id: s.clientMsgId,
      conn: s.connection,
    };
    c.sent++;
    count.set(key, c);
  }
  for (const o of obs.outcomes) {
    const c = count.get(`${o.connection} ${o.clientMsgId}`);
    if (c) c.outcomes++;
  }
  const sentOn = new Map<string, Set<number>>();
  for (const s of obs.sent) {
    const key = `${s.client} ${s.clientMsgId}`;
    sentOn.set(key, (sentOn.get(key) ?? new Set()).add(s.connection));
  }
  for (const c of count.values()) {
    const end = ends.get(c.conn);
    if (end !== "quit" && end !== "open" && end !== "shutdown" && end !== "kicked") continue;
    const stored = storedAt.get(`${c.client} ${c.id}`);
    if (!stored || !storedBy(obs, stored, c.client, c.conn, sentOn.get(`${c.client} ${c.id}`)!, ends))
      continue;
    // An open connection answers every send. One the server closed answers the message once: a
    // second send of it still waiting to be served when the close was decided is dropped unread
    // (docs/protocol.md, "Server contract"), and the client's next session is answered instead.
    if (end === "open" ? c.outcomes < c.sent : c.outcomes === 0) {
      out.push({
        invariant: "ack-arrives",
        detail: `${c.client}'s ${c.id} is stored, but connection ${c.conn} (ended: ${end}) got ${c.outcomes} replies to ${c.sent} sends`,
      });
    }
  }
}

/**
 * Whether the copy that is stored was stored through connection `conn`, as far as the observations
 * tell. A connection the client dropped may still be served after the client's next one logged in:
 * the server answers what it had read from it and frees the nick at once (docs/protocol.md, 5.3), so
 * a message also sent on an earlier dropped connection may be that one's, and `conn`'s send of it may
 * have been dropped unread by `conn`'s close: it is not known to be `conn`'s. Otherwise the client
 * has one session at a time, so a room message stored above the Joined.last_seq of `conn`'s segment
 * of the room, and at or below the Joined.last_seq of the client's next segment of the room (on a
 * later connection), was stored while `conn` was the client's session. A direct message has no
 * Joined: only one sent on `conn` alone is known to be stored through it.
 */
function storedBy(
  obs: Observations,
  stored: Entry & { conversation: string },
  client: string,
  conn: number,
  sentOn: Set<number>,
  ends: Map<number, ConnectionEnd>,
): boolean {
  for (const other of sentOn) if (other < conn && ends.get(other) === "drop") return false;
  if (stored.conversation.startsWith("@")) return sentOn.size === 1;
  const mine = obs.segments.filter((s) => s.client === client && s.room === stored.conversation);
  const here = mine.find((s) => s.connection === conn);
  if (!here || stored.seq <= here.lastSeq) return false; // not logged in, or stored before this session
  const next = mine.find((s) => s.connection > conn);
  return !next || stored.seq <= next.lastSeq;
}

/**
 * Each client's view of each room, segment after segment: History from the resume point up to
 * Joined.last_seq, then live messages from last_seq + 1, with no gap, no repeat, and the stored
 * content; and a client still in a room at the end has seen every stored message of it exactly once.
 */
function checkViews(obs: Observations, out: Violation[]): void {
  const byView = new Map<string, Segment[]>();
  for (const s of obs.segments) {
    const key = `${s.client} ${s.room}`;
    const list = byView.get(key);
    if (list) list.push(s);
    else byView.set(key, [s]);
  }
  for (const [key, segments] of byView) {
    const stored = obs.stored[segments[0]!.room] ?? [];
    const view: Entry[] = [];
    let highest = 0;
    for (const seg of segments) {
      const where = `${key} (connection ${seg.connection}, resume ${seg.resumeFrom}, last_seq ${seg.lastSeq})`;
      if (seg.resumeFrom !== highest) {
        out.push({
          invariant: "view-gap-free",
          detail: `${where}: resumed from ${seg.resumeFrom}, had ${highest}`,
        });
      }
      if (seg.lastSeq < seg.resumeFrom) {
        out.push({
          invariant: "view-gap-free",
          detail: `${where}: Joined.last_seq is below a seq this client had already received`,
        });
      }
      let expect = seg.resumeFrom + 1;
      for (const e of seg.history) {
        if (e.seq !== expect) {
          out.push({
            invariant: "view-gap-free",
            detail: `${where}: History has ${show(e)} where ${expect} was due`,
          });
        }
        expect = e.seq + 1;
      }
      if (seg.historyComplete && expect !== Math.max(seg.lastSeq, seg.resumeFrom) + 1) {
        out.push({
          invariant: "view-gap-free",
          detail: `${where}: History ended at ${expect - 1}, short of last_seq ${seg.lastSeq}`,
        });
      }
      let liveExpect = Math.max(seg.lastSeq, seg.resumeFrom) + 1;
      for (const e of seg.live) {
        if (e.seq <= seg.lastSeq) {
          out.push({
            invariant: "view-gap-free",
            detail: `${where}: live ${show(e)} is at or below Joined.last_seq ${seg.lastSeq}`,
          });
        } else if (e.seq < liveExpect) {
          out.push({ invariant: "view-gap-free", detail: `${where}: live ${show(e)} repeats or goes back` });
        } else if (e.seq > liveExpect) {
          out.push({
            invariant: "view-gap-free",
            detail: `${where}: live ${show(e)} skips ${liveExpect}..${e.seq - 1}`,
          });
        }
        liveExpect = Math.max(liveExpect, e.seq + 1);
      }
      for (const e of [...seg.history, ...seg.live]) {
        const s = stored[e.seq - 1];
        if (!s || !same(s, e)) {
          out.push({
            invariant: "view-matches-store",
            detail: `${where}: saw ${show(e)} "${e.text}", stored ${s ? `${show(s)} "${s.text}"` : "nothing"}`,
          });
        }
      }
      // What the client keeps: the history, and the live part only when the history is whole.
      view.push(...seg.history);
      if (seg.historyComplete) view.push(...seg.live.filter((e) => e.seq > seg.lastSeq));
      highest = resumePointAfter(seg);
    }
    if (segments[segments.length - 1]!.open) {
      const seqs = view.map((e) => e.seq);
      const unique = new Set(seqs);
      const missing = stored.filter((e) => !unique.has(e.seq)).map((e) => e.seq);
      if (missing.length || unique.size !== seqs.length || seqs.length !== stored.length) {
        out.push({
          invariant: "member-sees-all",
          detail: `${key}: saw ${seqs.length} messages (${unique.size} distinct) of ${stored.length} stored; missing ${summarize(missing)}`,
        });
      }
    }
  }
}

/** History fetched mid-run and direct messages received live match the store and go forward. */
function checkReads(obs: Observations, out: Violation[]): void {
  for (const f of obs.fetches) {
    const stored = obs.stored[f.conversation] ?? [];
    let previous = 0;
    for (const e of f.entries) {
      const s = stored[e.seq - 1];
      if (e.seq <= previous) {
        out.push({
          invariant: "view-gap-free",
          detail: `${f.client} fetched ${f.conversation} ${show(e)} out of order`,
        });
      }
      if (!s || !same(s, e)) {
        out.push({
          invariant: "view-matches-store",
          detail: `${f.client} fetched ${f.conversation} ${show(e)} "${e.text}", stored ${s ? show(s) : "nothing"}`,
        });
      }
      previous = e.seq;
    }
    if (f.complete && f.entries.length !== stored.length) {
      out.push({
        invariant: "member-sees-all",
        detail: `${f.client} fetched all of ${f.conversation}: ${f.entries.length} messages, stored ${stored.length}`,
      });
    }
  }
  const lastByStream = new Map<string, number>();
  for (const d of obs.directLive) {
    const stored = obs.stored[d.conversation] ?? [];
    const s = stored[d.entry.seq - 1];
    if (!s || !same(s, d.entry)) {
      out.push({
        invariant: "view-matches-store",
        detail: `${d.client} got direct ${d.conversation} ${show(d.entry)}, stored ${s ? show(s) : "nothing"}`,
      });
    }
    const stream = `${d.connection} ${d.conversation}`;
    const last = lastByStream.get(stream) ?? 0;
    if (d.entry.seq <= last) {
      out.push({
        invariant: "view-gap-free",
        detail: `${d.client} got direct ${d.conversation} ${show(d.entry)} after #${last} on connection ${d.connection}`,
      });
    }
    lastByStream.set(stream, Math.max(last, d.entry.seq));
  }
}

function summarize(seqs: number[]): string {
  if (seqs.length === 0) return "none";
  return seqs.length > 8 ? `${seqs.slice(0, 8).join(", ")} ... (${seqs.length})` : seqs.join(", ");
}
