// The packed form of SQLite history: a committed batch of one conversation is one row of
// `message_batches`, its messages a JSON array of tuples; pure packing and unpacking, no I/O.
import type { ChatMessage } from "@parley/protocol";
import { type MessageRow, toMessage } from "../rows.js";
import { MESSAGE_OVERHEAD_BYTES, messageBytes } from "../store.js";

/**
 * Most messages in one row, and the stride of search ids: message `seq` of batch `id` has the search
 * id `id * MESSAGES_PER_BATCH_ROW + (seq - base_seq)`. Part of the stored format (changing it would
 * renumber the search index), not a tunable limit: a larger batch is split into rows of this size.
 */
export const MESSAGES_PER_BATCH_ROW = 1024;

/**
 * One stored message, in column order: seq, room, from nick, to nick, text, client id, kind, sent at,
 * file (the FileInfo as JSON text, or null), sender (case-folded nick, '' for none). The migration
 * from one row per message builds the same tuples in SQL (db.ts), and the search index reads text
 * (index 4) and file (index 8) in SQL (search.ts).
 */
export type PackedMessage = [
  seq: number,
  room: string,
  fromNick: string,
  toNick: string,
  text: string,
  clientMsgId: string,
  kind: number,
  sentAtMs: number,
  file: string | null,
  sender: string,
];

/** A `message_batches` row. */
export interface BatchRow {
  /** Insert order, never reused: the search ids of its messages count from it. */
  id: number;
  conversation: string;
  /** Seq of the batch's first message when stored; stays when older messages are cut from it. */
  base_seq: number;
  /** Seq of its newest message: (conversation, last_seq) is the index history reads follow. */
  last_seq: number;
  /** Its oldest remaining message's sent-at: retention by age goes by it (rows in id order). */
  sent_at_ms: number;
  /** Its messages' size as historyRetentionBytes counts it (messageBytes summed). */
  bytes: number;
  /** JSON array of PackedMessage. */
  messages: string;
}

/** A message as the log stores it. */
export function packMessage(
  seq: number,
  sender: string,
  m: ChatMessage & { sentAtMs: number },
): PackedMessage {
  return [
    seq,
    m.room ?? "",
    m.fromNick ?? "",
    m.toNick ?? "",
    m.text ?? "",
    m.clientMsgId ?? "",
    m.kind ?? 0,
    m.sentAtMs,
    m.file ? JSON.stringify(m.file) : null,
    sender,
  ];
}

/** A packed message's size as historyRetentionBytes counts it. */
export function packedBytes(p: PackedMessage): number {
  return messageBytes(p[4], p[8]);
}

/** The stored messages of a row, in seq order. */
export function unpack(row: Pick<BatchRow, "messages">): PackedMessage[] {
  return JSON.parse(row.messages) as PackedMessage[];
}

/** A packed message as the server's record: the same conversion as a row of one message. */
export function toChatMessage(p: PackedMessage): ChatMessage {
  return toMessage(toRow(p));
}

/** A packed message as a `messages` row (what search pages are built from). */
export function toRow(p: PackedMessage): MessageRow {
  return {
    seq: p[0],
    room: p[1],
    from_nick: p[2],
    to_nick: p[3],
    text: p[4],
    client_msg_id: p[5],
    kind: p[6],
    sent_at_ms: p[7],
    file: p[8],
  };
}

/** The message with `seq` in a row's messages (seq order, possibly with gaps after cuts), or undefined. */
export function findPacked(messages: readonly PackedMessage[], seq: number): PackedMessage | undefined {
  let low = 0;
  let high = messages.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = messages[mid]![0];
    if (at === seq) return messages[mid];
    if (at < seq) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/**
 * The schema migration from one row per message (db.ts lists it): every stored message becomes a
 * row of its own, in the order the size cap deletes them, so existing databases keep their history
 * and ids; batches stored from then on are packed. search.ts's SEARCH_BY_BATCH follows it in the
 * same migration and rebuilds the search index over the new ids.
 */
export const PACKED_HISTORY_SCHEMA = `
  CREATE TABLE message_batches (
    id INTEGER PRIMARY KEY,
    conversation TEXT NOT NULL,
    base_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    sent_at_ms INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    messages TEXT NOT NULL           -- JSON array of [seq, room, from, to, text, client id, kind, sent at, file, sender]
  );
  CREATE UNIQUE INDEX message_batches_last_seq ON message_batches (conversation, last_seq);
  CREATE INDEX message_batches_sent_at ON message_batches (sent_at_ms);
  INSERT INTO message_batches (conversation, base_seq, last_seq, sent_at_ms, bytes, messages)
    SELECT conversation, seq, seq, sent_at_ms,
      LENGTH(CAST(text AS BLOB)) + COALESCE(LENGTH(CAST(file AS BLOB)), 0) + ${MESSAGE_OVERHEAD_BYTES},
      json_array(json_array(seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, file, sender))
    FROM messages ORDER BY sent_at_ms, seq;
  DROP TABLE messages;`;
