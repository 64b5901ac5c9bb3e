// The session registry: every open session by id, and logged-in sessions by case-folded nick.
// Behind an interface so a multi-node backplane can answer "who is online" later.
import type { Session } from "../session.js";

export interface SessionRegistry {
  /** Open sessions, logged in or not. */
  readonly size: number;
  add(session: Session): void;
  /** Forgets the session and releases its nick. */
  remove(session: Session): void;
  byId(id: number): Session | undefined;
  /** The logged-in session holding this case-folded nick. */
  byNick(foldedNick: string): Session | undefined;
  /** Gives `session` the nick if free (or already its own); false if another session holds it. */
  claimNick(session: Session, foldedNick: string): boolean;
  releaseNick(session: Session): void;
  all(): IterableIterator<Session>;
}

export class LocalSessionRegistry implements SessionRegistry {
  private readonly sessions = new Map<number, Session>();
  private readonly nicks = new Map<string, Session>();

  get size(): number {
    return this.sessions.size;
  }

  add(session: Session): void {
    this.sessions.set(session.id, session);
  }

  remove(session: Session): void {
    this.sessions.delete(session.id);
    this.releaseNick(session);
  }

  byId(id: number): Session | undefined {
    return this.sessions.get(id);
  }

  byNick(foldedNick: string): Session | undefined {
    return this.nicks.get(foldedNick);
  }

  claimNick(session: Session, foldedNick: string): boolean {
    const holder = this.nicks.get(foldedNick);
    if (holder && holder !== session) return false;
    this.releaseNick(session);
    this.nicks.set(foldedNick, session);
    return true;
  }

  releaseNick(session: Session): void {
    if (session.foldedNick && this.nicks.get(session.foldedNick) === session)
      this.nicks.delete(session.foldedNick);
  }

  all(): IterableIterator<Session> {
    return this.sessions.values();
  }
}
