// What a chaos run observed, as plain data: every send, acknowledgement, room view and final stored
// history. Client actors fill it in; the checker judges it without any I/O.

/** One chat message as a client saw it (or as the server stored it). */
export interface Entry {
  seq: number;
  /** Sender's nick. */
  from: string;
  clientMsgId: string;
  text: string;
}

/**
 * One continuous stretch of a client's view of a room: from a Joined (at login, JoinRoom or resume)
 * until the client leaves the room or the connection ends.
 */
export interface Segment {
  client: string;
  connection: number;
  room: string;
  /** The client's resume point: it asked for every message with seq > resumeFrom. */
  resumeFrom: number;
  /** Joined.last_seq: the last committed seq; History covers (resumeFrom, lastSeq], live is > lastSeq. */
  lastSeq: number;
  /** History of the join and its paging, oldest first, capped at lastSeq. */
  history: Entry[];
  /** True once the history reached lastSeq (false when the connection ended while paging). */
  historyComplete: boolean;
  /** Live messages (others' and the client's own acknowledgements) in arrival order. */
  live: Entry[];
  /** True when the segment was still going when the run ended. */
  open: boolean;
}

/** A SendMessage written to the server (resends and double sends each get a record). */
export interface SentRecord {
  client: string;
  connection: number;
  clientMsgId: string;
  /** Room name, or the direct conversation key (see `directConversation`). */
  conversation: string;
  text: string;
}

/** The server's reply to one SendMessage: the stored copy (`seq` > 0) or an error code. */
export interface OutcomeRecord {
  client: string;
  connection: number;
  clientMsgId: string;
  conversation: string;
  /** Set for an acknowledgement. */
  seq?: number;
  /** Set for an Error reply: the code's short name. */
  error?: string;
}

/** How a client connection ended. */
export type ConnectionEnd =
  /** The client sent Quit and the server closed: every stored message must have been acknowledged. */
  | "quit"
  /** The client destroyed its socket. */
  | "drop"
  /** The server process was killed while it was open. */
  | "killed"
  /** The server was shutting down (SIGTERM): every stored message must have been acknowledged first. */
  | "shutdown"
  /** An operator kicked the session: every stored message must have been acknowledged before Kicked. */
  | "kicked"
  /** The server closed it while running, without being asked to. */
  | "server-closed"
  /** Still open when the run ended (after the quiet period): every stored message must have been acknowledged. */
  | "open";

export interface ConnectionRecord {
  id: number;
  client: string;
  end: ConnectionEnd;
  /** For "server-closed": the last Error the server sent, if any. */
  detail?: string;
}

/** Messages of one conversation read with FetchHistory during or after the run. */
export interface FetchRecord {
  client: string;
  conversation: string;
  entries: Entry[];
  /** The whole stored history (paged from seq 0 to the end), not a window of it. */
  complete: boolean;
}

/** A direct message received live (not the receiver's own acknowledgement). */
export interface DirectLiveRecord {
  client: string;
  connection: number;
  conversation: string;
  entry: Entry;
}

export interface Observations {
  segments: Segment[];
  sent: SentRecord[];
  outcomes: OutcomeRecord[];
  connections: ConnectionRecord[];
  fetches: FetchRecord[];
  directLive: DirectLiveRecord[];
  /** The final stored history of every conversation, as read after the quiet period. */
  stored: Record<string, Entry[]>;
  /** Problems seen by the harness itself: a server that exited on its own, failed to restart, ... */
  incidents: string[];
}

/** Key of the direct conversation between two nicks, the same whichever of them sends. */
export function directConversation(a: string, b: string): string {
  return a < b ? `@${a} ${b}` : `@${b} ${a}`;
}

export function emptyObservations(): Observations {
  return {
    segments: [],
    sent: [],
    outcomes: [],
    connections: [],
    fetches: [],
    directLive: [],
    stored: {},
    incidents: [],
  };
}

/**
 * The client's resume point after a segment: the newest seq it holds with nothing missing below it.
 * Live messages count only once the History reached Joined.last_seq; before that they sit above a
 * hole, and the next resume fetches from the end of the History again.
 */
export function resumePointAfter(seg: Segment): number {
  const history = seg.history.length ? seg.history[seg.history.length - 1]!.seq : seg.resumeFrom;
  if (!seg.historyComplete) return history;
  return Math.max(seg.lastSeq, seg.resumeFrom, history, ...seg.live.map((e) => e.seq));
}
