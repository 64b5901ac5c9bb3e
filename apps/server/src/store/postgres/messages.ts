// History in PostgreSQL: a batch is one statement (unnest multi-row insert) that bumps each
// conversation's counter row and inserts the rows with the seqs it handed out, so seqs are dense and
// totally ordered across every server on the database; reads for join, resume and paging.
import type { ChatMessage } from "@parley/protocol";
import { type MessageRow, toMessage } from "../rows.js";
import { indexWords } from "../search-terms.js";
import { MESSAGE_OVERHEAD_BYTES, type MessageLog, type NewMessage } from "../store.js";
import { directWithParty, MESSAGE_COLUMNS, type Queries } from "./queries.js";

/** A row's size as historyRetentionBytes counts it; the same sum as messageBytes in JS. */
const ROW_BYTES_SQL = `octet_length(text) + COALESCE(octet_length(file), 0) + ${MESSAGE_OVERHEAD_BYTES}`;

/** Far above any seq a request names: "no upper bound" for the reads that take one. */
const NO_LIMIT_SEQ = Number.MAX_SAFE_INTEGER;

/**
 * One statement, so one transaction: the counter rows are bumped (locked in conversation order, so
 * two servers storing into the same conversations wait for each other rather than deadlock) and the
 * rows inserted with seqs counted back from each new counter value.
 */
const APPEND_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                       $7::int[], $8::bigint[], $9::text[], $10::text[], $11::text[]) WITH ORDINALITY
    AS t(conversation, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, file, sender, words, ord)
), counts AS (
  SELECT conversation, count(*) AS n FROM input GROUP BY conversation ORDER BY conversation
), bumped AS (
  INSERT INTO conversations AS c (conversation, last_seq) SELECT conversation, n FROM counts
  ON CONFLICT (conversation) DO UPDATE SET last_seq = c.last_seq + EXCLUDED.last_seq
  RETURNING c.conversation, c.last_seq
)
INSERT INTO messages (conversation, seq, room, from_nick, to_nick, text, client_msg_id, kind, sent_at_ms, file, sender, words)
SELECT i.conversation,
       b.last_seq - n.n + row_number() OVER (PARTITION BY i.conversation ORDER BY i.ord),
       i.room, i.from_nick, i.to_nick, i.text, i.client_msg_id, i.kind, i.sent_at_ms, i.file, i.sender,
       array_to_tsvector(string_to_array(i.words, ' '))
FROM input i JOIN bumped b USING (conversation) JOIN counts n USING (conversation)
RETURNING conversation, seq`;

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

  async append(batch: readonly NewMessage[]): Promise<number[]> {
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
    const rows = await this.db.rows<{ conversation: string; seq: string }>(APPEND_SQL, columns);
    // Within a conversation the seqs follow batch order: hand out its range from the lowest up.
    const next = new Map<string, number>();
    for (const row of rows) {
      const seq = Number(row.seq);
      const lowest = next.get(row.conversation);
      if (lowest === undefined || seq < lowest) next.set(row.conversation, seq);
    }
    return batch.map(({ conversation }) => {
      const seq = next.get(conversation)!;
      next.set(conversation, seq + 1);
      return seq;
    });
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
