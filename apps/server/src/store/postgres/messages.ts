// History in PostgreSQL: a batch is one statement (unnest multi-row insert) that bumps each
// conversation's counter row and inserts the rows with the seqs it handed out, so seqs are dense and
// totally ordered across every server on the database; reads for join, resume and paging.
import type { ChatMessage } from "@parley/protocol";
import { type MessageRow, toMessage } from "../rows.js";
import { indexWords } from "../search-terms.js";
import { type Appended, MESSAGE_OVERHEAD_BYTES, type MessageLog, type NewMessage } from "../store.js";
import { directWithParty, MESSAGE_COLUMNS, messageColumnsOf, type Queries } from "./queries.js";

/** A row's size as historyRetentionBytes counts it; the same sum as messageBytes in JS. */
const ROW_BYTES_SQL = `octet_length(text) + COALESCE(octet_length(file), 0) + ${MESSAGE_OVERHEAD_BYTES}`;

/** Far above any seq a request names: "no upper bound" for the reads that take one. */
const NO_LIMIT_SEQ = Number.MAX_SAFE_INTEGER;

/**
 * One statement, so one transaction: the counter rows are bumped (locked in conversation order, so
 * two servers storing into the same conversations wait for each other rather than deadlock) and the
 * rows inserted with seqs counted back from each new counter value.
 *
 * A message whose copy (same conversation, sender and client id) is already stored, because the
 * client resent it through another server before this one stored it, is left out before any seq is
 * handed out: only the rows actually inserted are counted, so the counter leaves no hole, and the
 * statement returns the stored copy (`copy`, with the message's ordinal) in its place. The copies
 * are read in the statement's snapshot; one committed after that snapshot was taken still fails the
 * statement on the unique index (see append, which runs it again).
 */
const APPEND_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                       $7::int[], $8::bigint[], $9::text[], $10::text[], $11::text[]) WITH ORDINALITY
    AS t(conversation, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, file, sender, words, ord)
), copies AS (
  SELECT i.ord, ${messageColumnsOf("m")} FROM input i JOIN messages m
    ON m.conversation = i.conversation AND m.sender = i.sender AND m.client_msg_id = i.client_msg_id
   AND m.client_msg_id <> '' AND m.sender <> '' -- the unique index's own predicate, so it is used
), fresh AS (
  SELECT * FROM input WHERE ord NOT IN (SELECT ord FROM copies)
), counts AS (
  SELECT conversation, count(*) AS n FROM fresh GROUP BY conversation ORDER BY conversation
), bumped AS (
  INSERT INTO conversations AS c (conversation, last_seq) SELECT conversation, n FROM counts
  ON CONFLICT (conversation) DO UPDATE SET last_seq = c.last_seq + EXCLUDED.last_seq
  RETURNING c.conversation, c.last_seq
), inserted AS (
  INSERT INTO messages (conversation, seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, file, sender, words)
  SELECT i.conversation,
         b.last_seq - n.n + row_number() OVER (PARTITION BY i.conversation ORDER BY i.ord),
         i.room, i.from_nick, i.to_nick, i.text, i.client_msg_id, i.kind, i.sent_at_ms, i.file, i.sender,
         array_to_tsvector(string_to_array(i.words, ' '))
  FROM fresh i JOIN bumped b USING (conversation) JOIN counts n USING (conversation)
  RETURNING conversation, seq
)
SELECT conversation, seq, NULL::bigint AS ord, NULL::json AS copy FROM inserted
UNION ALL
SELECT NULL, NULL, ord, to_json(c) FROM copies c`;

/** The unique index a second copy of a message (conversation, sender, client id) runs into. */
const CLIENT_ID_INDEX = "messages_client_msg_id";

/** A copy of one of the batch's messages committed after the statement's snapshot was taken. */
function isConcurrentCopy(error: unknown): boolean {
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === "23505" && constraint === CLIENT_ID_INDEX;
}

type AppendRow =
  | { conversation: string; seq: string; ord: null; copy: null }
  | { conversation: null; seq: null; ord: string; copy: MessageRow };

export class PostgresMessageLog implements MessageLog {
  constructor(private readonly db: Queries) {}

  async lastSeqs(): Promise<Map<string, number>> {
    const rows = await this.db.rows<{ conversation: string; last_seq: string }>(
      "SELECT conversation, last_seq FROM conversations",
    );
    return new Map(rows.map((row) => [row.conversation, Number(row.last_seq)]));
  }

  async seqsOf(party: string, conversations: readonly string[]): Promise<Map<string, number>> {
    // A direct conversation is "@a b" with its parties in order: `party` first or second.
    const escaped = party.replace(/[\\%_]/g, (c) => `\\${c}`);
    const rows = await this.db.rows<{ conversation: string; last_seq: string }>(
      `SELECT conversation, last_seq FROM conversations
        WHERE conversation = ANY($1::text[]) OR conversation LIKE $2 OR conversation LIKE $3`,
      [conversations, `@${escaped} %`, `@% ${escaped}`],
    );
    return new Map(rows.map((row) => [row.conversation, Number(row.last_seq)]));
  }

  async append(batch: readonly NewMessage[]): Promise<Appended[]> {
    const columns: unknown[][] = Array.from({ length: 11 }, () => new Array(batch.length));
    batch.forEach(({ conversation, sender, message: m }, i) => {
      columns[0]![i] = conversation;
      columns[1]![i] = m.room ?? "";
      columns[2]![i] = m.fromNick ?? "";
      columns[3]![i] = m.toNick ?? "";
      columns[4]![i] = m.text ?? "";
      columns[5]![i] = m.clientMsgId ?? "";
      columns[6]![i] = m.kind ?? 0;
      columns[7]![i] = m.sentAtMs;
      columns[8]![i] = m.file ? JSON.stringify(m.file) : null;
      columns[9]![i] = sender;
      // The words it is found by (indexWords holds no spaces), as the file name is too.
      columns[10]![i] = indexWords(m.file?.name ? `${m.text ?? ""} ${m.file.name}` : (m.text ?? "")).join(
        " ",
      );
    });
    const rows = await this.appendRows(columns, batch);
    const copies = new Map<number, ChatMessage>();
    // Within a conversation the seqs follow batch order: hand out its range from the lowest up.
    const next = new Map<string, number>();
    for (const row of rows) {
      if (row.copy) {
        copies.set(Number(row.ord) - 1, toMessage(row.copy));
        continue;
      }
      const seq = Number(row.seq);
      const lowest = next.get(row.conversation);
      if (lowest === undefined || seq < lowest) next.set(row.conversation, seq);
    }
    return batch.map(({ conversation }, i) => {
      const copy = copies.get(i);
      if (copy) return copy;
      const seq = next.get(conversation)!;
      next.set(conversation, seq + 1);
      return seq;
    });
  }

  /**
   * Runs APPEND_SQL, again when a copy of one of its messages was committed by another server after
   * the statement's snapshot: the failed statement stored nothing and handed out no seq, and the next
   * run sees that copy and answers with it. Each run that fails so found a different message newly
   * stored, so it is run at most once more than the batch has messages with a client id.
   */
  private async appendRows(columns: unknown[][], batch: readonly NewMessage[]): Promise<AppendRow[]> {
    let runs = 1 + batch.filter(({ sender, message }) => sender && message.clientMsgId).length;
    for (;;) {
      try {
        return await this.db.rows<AppendRow>(APPEND_SQL, columns);
      } catch (error) {
        if (--runs === 0 || !isConcurrentCopy(error)) throw error;
      }
    }
  }

  async byClientId(
    conversation: string,
    sender: string,
    clientMsgId: string,
  ): Promise<ChatMessage | undefined> {
    const [row] = await this.db.rows<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation = $1 AND sender = $2 AND client_msg_id = $3
         AND client_msg_id <> '' AND sender <> ''`,
      [conversation, sender, clientMsgId],
    );
    return row ? toMessage(row) : undefined;
  }

  async after(
    conversation: string,
    afterSeq: number,
    limit: number,
    upToSeq = NO_LIMIT_SEQ,
  ): Promise<ChatMessage[]> {
    const rows = await this.db.rows<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT $4`,
      [conversation, afterSeq, upToSeq, limit],
    );
    return rows.map(toMessage);
  }

  async before(conversation: string, beforeSeq: number, limit: number): Promise<ChatMessage[]> {
    const rows = await this.db.rows<MessageRow>(
      `SELECT * FROM (SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3) page ORDER BY seq`,
      [conversation, beforeSeq, limit],
    );
    return rows.map(toMessage);
  }

  async latest(conversation: string, limit: number, upToSeq = NO_LIMIT_SEQ): Promise<ChatMessage[]> {
    if (limit <= 0) return [];
    const rows = await this.db.rows<MessageRow>(
      `SELECT * FROM (SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation = $1 AND seq <= $2 ORDER BY seq DESC LIMIT $3) page ORDER BY seq`,
      [conversation, upToSeq, limit],
    );
    return rows.map(toMessage);
  }

  async hasAny(conversation: string): Promise<boolean> {
    const rows = await this.db.rows("SELECT 1 FROM messages WHERE conversation = $1 LIMIT 1", [conversation]);
    return rows.length > 0;
  }

  async totalBytes(): Promise<number> {
    const [row] = await this.db.rows<{ bytes: string }>(
      `SELECT COALESCE(SUM(${ROW_BYTES_SQL}), 0) AS bytes FROM messages`,
    );
    return Number(row?.bytes ?? 0);
  }

  async trim(totalBytes: number, targetBytes: number, maxRows: number): Promise<number> {
    if (totalBytes <= targetBytes) return 0;
    // The oldest rows, as many as it takes for their sizes to add up to the excess (at most maxRows).
    const [row] = await this.db.rows<{ bytes: string; rows: string }>(
      `WITH oldest AS (
         SELECT conversation, seq, bytes, SUM(bytes) OVER (ORDER BY sent_at_ms, seq) - bytes AS before
         FROM (SELECT conversation, seq, sent_at_ms, ${ROW_BYTES_SQL} AS bytes FROM messages
               ORDER BY sent_at_ms, seq LIMIT $2) page
       ), gone AS (
         DELETE FROM messages m USING oldest o
         WHERE m.conversation = o.conversation AND m.seq = o.seq AND o.before < $1
         RETURNING o.bytes
       )
       SELECT COALESCE(SUM(bytes), 0) AS bytes, COUNT(*) AS rows FROM gone`,
      [totalBytes - targetBytes, maxRows],
    );
    if (Number(row?.rows ?? 0) === 0) return totalBytes;
    return Number(row?.bytes ?? 0);
  }

  async prune(keepCount: number, beforeMs: number): Promise<{ removed: number; bytes: number }> {
    const total = { removed: 0, bytes: 0 };
    const add = ({ removed, bytes }: { removed: number; bytes: number }) => {
      total.removed += removed;
      total.bytes += bytes;
    };
    if (keepCount > 0)
      add(
        await this.deleteCounted(
          "DELETE FROM messages m USING conversations c WHERE m.conversation = c.conversation AND m.seq <= c.last_seq - $1",
          [keepCount],
        ),
      );
    if (beforeMs > 0)
      add(await this.deleteCounted("DELETE FROM messages m WHERE m.sent_at_ms < $1", [beforeMs]));
    return total;
  }

  dropDirect(party: string): Promise<{ removed: number; bytes: number }> {
    // The counter rows go too, in the same statement: as on SQLite after a restart, nothing is left
    // of the conversations, not even how many messages they held.
    return this.deleteCounted(
      `DELETE FROM messages m WHERE ${directWithParty("m.conversation", "$1")}`,
      [party],
      `DELETE FROM conversations c WHERE ${directWithParty("c.conversation", "$1")}`,
    );
  }

  /**
   * Runs `deleteSql` (a DELETE of messages aliased m), and `alsoSql` (a statement of the same
   * parameters) with it as one statement; the messages and bytes it deleted.
   */
  private async deleteCounted(
    deleteSql: string,
    params: unknown[],
    alsoSql?: string,
  ): Promise<{ removed: number; bytes: number }> {
    const [row] = await this.db.rows<{ bytes: string; rows: string }>(
      `WITH gone AS (${deleteSql} RETURNING ${ROW_BYTES_SQL.replace(/(text|file)/g, "m.$1")} AS bytes)
       ${alsoSql ? `, also AS (${alsoSql})` : ""}
       SELECT COALESCE(SUM(bytes), 0) AS bytes, COUNT(*) AS rows FROM gone`,
      params,
    );
    return { removed: Number(row?.rows ?? 0), bytes: Number(row?.bytes ?? 0) };
  }
}
