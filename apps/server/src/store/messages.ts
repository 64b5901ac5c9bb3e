// Message history over any engine: messages queued in one batch per event-loop turn, stored in one
// transaction (the engine assigns the seqs), and only then acknowledged and delivered; de-duplication
// by client id across the open batch, the batch being written and the store.
import type { ChatMessage } from "@parley/protocol";
import {
  type Appended,
  type Awaitable,
  andThen,
  isPromise,
  type MessageLog,
  messageBytes,
  type NewMessage,
  directParties as parties,
} from "./store.js";

export { directConversation } from "./store.js";

/** A stored message: seq and time are always set. */
export type StoredMessage = ChatMessage & { seq: number; sentAtMs: number };

/** A message waiting for its batch to commit, with the caller's ticket saying what to do after. */
export interface PendingMessage<Ticket> extends NewMessage {
  /** Seq 0 until the batch commits. */
  message: StoredMessage;
  ticket: Ticket;
  /**
   * Set when the batch committed without this message because the store already held a copy of it
   * (same client id, stored meanwhile through another server of a cluster): the copy to answer with,
   * as a resend of a stored message is answered. The message itself has no seq and goes nowhere.
   */
  storedCopy?: ChatMessage;
}

/** An earlier message with the same client id: not yet committed, or stored. */
export type EarlierCopy<Ticket> = { pending: PendingMessage<Ticket> } | { stored: ChatMessage };

/** Called once per committed batch (or with the error that rolled it back), in append order. */
export type CommitHandler<Ticket> = (batch: PendingMessage<Ticket>[], error?: Error) => void;

/**
 * Most rows one commit deletes for the size cap, so a trim never holds the store for long; a
 * commit that leaves the total above the cap trims again, and each commit deletes far more than
 * the rate limits let a turn add.
 */
const TRIM_MAX_ROWS_PER_COMMIT = 10_000;

function dedupKey(conversation: string, sender: string, clientMsgId: string): string {
  return `${conversation}\u0000${sender}\u0000${clientMsgId}`;
}

/** What the store holds at start: the newest seq per conversation and the history's size. */
export interface HistoryState {
  lastSeqs: Map<string, number>;
  totalBytes: number;
}

/** Reads the HistoryState from the log (synchronously for SQLite). */
export function loadHistoryState(log: MessageLog): Awaitable<HistoryState> {
  const seqs = log.lastSeqs();
  const bytes = log.totalBytes();
  if (!isPromise(seqs) && !isPromise(bytes)) return { lastSeqs: seqs, totalBytes: bytes };
  return Promise.all([seqs, bytes]).then(([lastSeqs, totalBytes]) => ({ lastSeqs, totalBytes }));
}

/**
 * Appends queue the message; once per turn the queue is stored in one transaction, the engine
 * assigns each message its seq, and then the commit handler runs: that is where acknowledgements
 * and deliveries go out. One batch is written at a time, so batches commit, and are handed on, in
 * append order. One callback per batch, not a closure per message.
 */
export class MessageStore<Ticket> {
  /** Newest committed seq per conversation: what a join announces and reads up to. */
  private readonly committedSeqs = new Map<string, number>();
  /** Each party's direct conversations (with a message stored), for unread counts at login. */
  private readonly directByParty = new Map<string, Set<string>>();
  private pending: PendingMessage<Ticket>[] = [];
  /** Messages with a client id in the open batch and the batch being written, by dedupKey. */
  private readonly uncommittedByClientId = new Map<string, PendingMessage<Ticket>>();
  private flushScheduled = false;
  /** The batch being written by an engine that answers later; settles after its commit handler ran. */
  private writing: Promise<void> | undefined;
  /** Size of every committed message, as historyRetentionBytes counts it (text, file description, overhead). */
  private totalBytes = 0;

  constructor(
    private readonly log: MessageLog,
    private readonly onCommitted: CommitHandler<Ticket>,
    /**
     * Most bytes of history kept (0: no limit): past it, each commit deletes the oldest messages,
     * whatever their conversation, until the total is 1/16 under it, so a full store does not trim
     * on every commit.
     */
    private readonly maxTotalBytes = 0,
    /** Told how long each batch's commit took, in seconds, once it committed (the commit-time metric). */
    private readonly observeCommit?: (seconds: number) => void,
  ) {}

  /** Takes in what the store holds at start (loadHistoryState). */
  load(state: HistoryState): void {
    for (const [conversation, seq] of state.lastSeqs) {
      this.committedSeqs.set(conversation, seq);
      this.indexDirect(conversation);
    }
    this.totalBytes = state.totalBytes;
  }

  /**
   * Newest committed sequence number in a conversation (0 if none): what a join announces as
   * `last_seq`. Reads bounded by it never run ahead of what members were sent, and every message not
   * yet committed gets a greater seq and reaches members when it commits.
   */
  committedSeq(conversation: string): number {
    return this.committedSeqs.get(conversation) ?? 0;
  }

  /**
   * The direct conversations `party` ("~account") takes part in, with the other party and the newest
   * seq of each, from an index kept in memory: a login reads its own, not every conversation.
   */
  directConversationsOf(party: string): { conversation: string; other: string; lastSeq: number }[] {
    const found: { conversation: string; other: string; lastSeq: number }[] = [];
    for (const conversation of this.directByParty.get(party) ?? []) {
      const [a, b] = parties(conversation);
      found.push({ conversation, other: a === party ? b : a, lastSeq: this.committedSeq(conversation) });
    }
    return found;
  }

  /**
   * The newest seqs the store holds for `conversations` and for every direct conversation of `party`
   * (MessageLog.seqsOf): in a cluster the other nodes commit too. The direct ones are noted as
   * committed, so this node's index of `party`'s conversations follows.
   */
  storedSeqsOf(party: string, conversations: readonly string[]): Awaitable<Map<string, number>> {
    return andThen(this.log.seqsOf(party, conversations), (seqs) => {
      for (const [conversation, seq] of seqs)
        if (conversation.startsWith("@")) this.noteCommitted(conversation, seq);
      return seqs;
    });
  }

  /** Adds a direct conversation ("@a b") to both parties' lists; a room is not one. */
  private indexDirect(conversation: string): void {
    if (!conversation.startsWith("@")) return;
    for (const party of parties(conversation)) {
      const list = this.directByParty.get(party);
      if (list) list.add(conversation);
      else this.directByParty.set(party, new Set([conversation]));
    }
  }

  /**
   * `seq` was committed in `conversation`, here or by another node of a cluster (seen in its
   * publication or read from the shared store): reads bounded by committedSeq reach it from now on.
   */
  noteCommitted(conversation: string, seq: number): void {
    const before = this.committedSeq(conversation);
    if (seq <= before) return;
    this.committedSeqs.set(conversation, seq);
    if (before === 0) this.indexDirect(conversation);
  }

  /**
   * Queues the message for this turn's transaction; its seq is assigned when it commits. `sender`
   * is the sender's case-folded nick; a message with a client id must first be checked with
   * findByClientId, since one server's store refuses a second copy (and the whole batch with it); a
   * store shared by a cluster answers a copy stored meanwhile through another node (storedCopy).
   */
  append(conversation: string, message: ChatMessage, sentAtMs: number, ticket: Ticket, sender = ""): void {
    const stored = message as StoredMessage;
    stored.seq = 0;
    stored.sentAtMs = sentAtMs;
    const item = { conversation, sender, message: stored, ticket };
    this.pending.push(item);
    if (sender && message.clientMsgId)
      this.uncommittedByClientId.set(dedupKey(conversation, sender, message.clientMsgId), item);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(this.flushNow);
    }
  }

  /**
   * Commits everything queued, then hands it to the commit handler. Returns nothing when that is done
   * (SQLite), or a promise that settles once everything queued so far is committed and handed on.
   */
  readonly flushNow = (): Promise<void> | undefined => {
    this.flushScheduled = false;
    if (this.writing) {
      // One batch at a time: what is queued now goes in the next one, right after.
      return this.writing.then(() => this.flushNow());
    }
    const batch = this.pending;
    if (batch.length === 0) return undefined;
    this.pending = [];
    let seqs: Awaitable<Appended[]>;
    const started = this.observeCommit ? process.hrtime.bigint() : 0n;
    try {
      seqs = this.log.append(batch);
    } catch (cause) {
      this.settle(batch, undefined, cause as Error);
      return undefined;
    }
    if (!isPromise(seqs)) {
      this.committedIn(started);
      this.settle(batch, seqs);
      return undefined;
    }
    const writing = seqs.then(
      (assigned) => {
        this.committedIn(started);
        return this.settle(batch, assigned);
      },
      (cause: unknown) => this.settle(batch, undefined, cause as Error),
    );
    // A batch's commit handler runs once the size cap is applied; the next batch waits for both.
    this.writing = writing.then(() => {
      this.writing = undefined;
      if (this.pending.length > 0 && !this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(this.flushNow);
      }
    });
    return this.writing;
  };

  /** Reports a commit begun at `started` (process.hrtime) as committed now. */
  private committedIn(started: bigint): void {
    this.observeCommit?.(Number(process.hrtime.bigint() - started) / 1e9);
  }

  /**
   * A batch's outcome: seqs in place, the size cap applied, then the handler told; or the handler
   * told of the error. So once a batch is acknowledged, the history is back under its cap.
   */
  private settle(
    batch: PendingMessage<Ticket>[],
    seqs: Appended[] | undefined,
    error?: Error,
  ): Awaitable<void> {
    for (const { conversation, sender, message } of batch)
      if (sender && message.clientMsgId)
        this.uncommittedByClientId.delete(dedupKey(conversation, sender, message.clientMsgId));
    if (seqs) {
      for (let i = 0; i < batch.length; i++) {
        const item = batch[i]!;
        const { conversation, message } = item;
        const appended = seqs[i]!;
        if (typeof appended !== "number") {
          item.storedCopy = appended;
          continue;
        }
        message.seq = appended;
        this.noteCommitted(conversation, message.seq);
        this.totalBytes += messageBytes(
          message.text ?? "",
          message.file ? JSON.stringify(message.file) : null,
        );
      }
    }
    if (seqs && this.maxTotalBytes > 0 && this.totalBytes > this.maxTotalBytes) {
      let trimmed: Promise<void> | undefined;
      try {
        trimmed = this.trimToSize();
      } catch {
        // Tried again after the next commit; the batch itself is stored.
      }
      // A trim that fails (the store went down) is tried again after the next commit.
      if (trimmed)
        return trimmed.then(
          () => this.onCommitted(batch, error),
          () => this.onCommitted(batch, error),
        );
    }
    this.onCommitted(batch, error);
  }

  /**
   * The earlier copy of a message `sender` sent with this client id in this conversation, if any:
   * not yet committed, or stored (for as long as retention keeps it, across restarts).
   */
  findByClientId(
    conversation: string,
    sender: string,
    clientMsgId: string,
  ): Awaitable<EarlierCopy<Ticket> | undefined> {
    if (!sender || !clientMsgId) return undefined;
    const key = dedupKey(conversation, sender, clientMsgId);
    const pending = this.uncommittedByClientId.get(key);
    if (pending) return { pending };
    const stored = this.log.byClientId(conversation, sender, clientMsgId);
    if (!isPromise(stored)) return stored ? { stored } : undefined;
    // While the store was read, a copy may have been queued or written: the engine answers in order,
    // so a copy it did not see is still uncommitted when its answer arrives.
    return stored.then((found) => {
      if (found) return { stored: found };
      const queued = this.uncommittedByClientId.get(key);
      return queued ? { pending: queued } : undefined;
    });
  }

  /** Stored messages with seq > afterSeq up to `upToSeq` (default: the committed seq), oldest first, at most `limit`. */
  after(conversation: string, afterSeq: number, limit: number, upToSeq?: number): Awaitable<ChatMessage[]> {
    return this.log.after(conversation, afterSeq, limit, upToSeq ?? this.committedSeq(conversation));
  }

  /** The newest `limit` stored messages with seq < beforeSeq, oldest first. */
  before(conversation: string, beforeSeq: number, limit: number): Awaitable<ChatMessage[]> {
    return this.log.before(conversation, beforeSeq, limit);
  }

  /** The newest `limit` stored messages up to `upToSeq` (default: the committed seq), oldest first. */
  latest(conversation: string, limit: number, upToSeq?: number): Awaitable<ChatMessage[]> {
    if (limit <= 0) return [];
    return this.log.latest(conversation, limit, upToSeq ?? this.committedSeq(conversation));
  }

  /** True if the conversation has a message stored, or one not yet committed. */
  hasHistory(conversation: string): Awaitable<boolean> {
    for (const item of this.pending) if (item.conversation === conversation) return true;
    if (this.writing) return true;
    return this.log.hasAny(conversation);
  }

  /** Bytes of committed history, as historyRetentionBytes counts them. */
  get storedBytes(): number {
    return this.totalBytes;
  }

  /**
   * Deletes the oldest messages (by time, any conversation) until the total is 1/16 under the cap, or
   * TRIM_MAX_ROWS_PER_COMMIT are gone (the next commit goes on while the total is above the cap).
   */
  private trimToSize(): Promise<void> | undefined {
    const target = this.maxTotalBytes - Math.floor(this.maxTotalBytes / 16);
    const deleted = this.log.trim(this.totalBytes, target, TRIM_MAX_ROWS_PER_COMMIT);
    const apply = (bytes: number) => {
      this.totalBytes = Math.max(0, this.totalBytes - bytes);
    };
    if (isPromise(deleted)) return deleted.then(apply);
    apply(deleted);
    return undefined;
  }

  /** Applies retention: keeps the newest `keepCount` per conversation (0: all) and nothing older than `maxAgeMs` (0: any age). */
  prune(keepCount: number, maxAgeMs: number, nowMs: number): Awaitable<number> {
    const result = this.log.prune(keepCount, maxAgeMs > 0 ? nowMs - maxAgeMs : 0);
    const apply = ({ removed, bytes }: { removed: number; bytes: number }) => {
      this.totalBytes = Math.max(0, this.totalBytes - bytes);
      return removed;
    };
    return isPromise(result) ? result.then(apply) : apply(result);
  }

  /**
   * Deletes every direct conversation `party` ("~account") takes part in (a dropped account): what is
   * stored, after the open batch is written. Resolves with the messages deleted.
   */
  dropDirect(party: string): Awaitable<number> {
    const drop = () => {
      const result = this.log.dropDirect(party);
      const apply = ({ removed, bytes }: { removed: number; bytes: number }) => {
        this.totalBytes = Math.max(0, this.totalBytes - bytes);
        // Its conversations are gone for both sides: no one's unread counts list them any more, and a
        // later conversation under the same key is counted from what the store hands out.
        for (const conversation of this.directByParty.get(party) ?? []) {
          for (const side of parties(conversation)) this.directByParty.get(side)?.delete(conversation);
          this.committedSeqs.delete(conversation);
        }
        this.directByParty.delete(party);
        return removed;
      };
      return isPromise(result) ? result.then(apply) : apply(result);
    };
    const flushed = this.flushNow();
    return flushed ? flushed.then(drop) : drop();
  }
}
