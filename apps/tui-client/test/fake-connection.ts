// A scripted stand-in for the chat connection in component tests: records every call and lets the
// test emit client events as if they came from a server.
import type { ChatConnection } from "../src/client/chat-client.js";
import type { ClientEvent, Target } from "../src/client/events.js";

type Call =
  | { method: "send"; target: Target; text: string; action: boolean; clientMsgId: string }
  | { method: "join"; room: string }
  | { method: "part"; room: string; reason: string }
  | { method: "openDirect" | "closeDirect" | "setNick"; nick: string }
  | { method: "loadOlder"; target: Target; beforeSeq: number }
  | { method: "loadNewer"; target: Target; afterSeq: number }
  | { method: "loadLatest"; target: Target }
  | { method: "setTopic"; room: string; topic: string }
  | { method: "register"; password: string }
  | { method: "markRead"; target: Target; seq: number }
  | { method: "whois"; nick: string }
  | { method: "setAway"; message: string }
  | { method: "listRooms" }
  | { method: "listMembers"; room: string }
  | { method: "search"; query: string; scope: Target | null; cursor: number }
  | { method: "loadAround"; target: Target; seq: number }
  | { method: "quit"; reason: string };

export class FakeConnection implements ChatConnection {
  readonly calls: Call[] = [];
  private readonly listeners = new Set<(event: ClientEvent) => void>();
  private nextId = 1;
  started = false;

  onEvent(listener: (event: ClientEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Delivers events to the app, as the real client would from the socket. */
  emit(...events: ClientEvent[]): void {
    for (const event of events) for (const listener of this.listeners) listener(event);
  }
  /** Calls of one method, in order. */
  callsOf<M extends Call["method"]>(method: M): Extract<Call, { method: M }>[] {
    return this.calls.filter((c): c is Extract<Call, { method: M }> => c.method === method);
  }
  start(): void {
    this.started = true;
  }
  send(target: Target, text: string, action: boolean): string {
    const clientMsgId = `c${this.nextId++}`;
    this.calls.push({ method: "send", target, text, action, clientMsgId });
    return clientMsgId;
  }
  join(room: string): void {
    this.calls.push({ method: "join", room });
  }
  part(room: string, reason: string): void {
    this.calls.push({ method: "part", room, reason });
  }
  openDirect(nick: string): void {
    this.calls.push({ method: "openDirect", nick });
  }
  loadOlder(target: Target, beforeSeq: number): void {
    this.calls.push({ method: "loadOlder", target, beforeSeq });
  }
  loadNewer(target: Target, afterSeq: number): void {
    this.calls.push({ method: "loadNewer", target, afterSeq });
  }
  loadLatest(target: Target): void {
    this.calls.push({ method: "loadLatest", target });
  }
  closeDirect(nick: string): void {
    this.calls.push({ method: "closeDirect", nick });
  }
  search(query: string, scope: Target | null, cursor: number): void {
    this.calls.push({ method: "search", query, scope, cursor });
  }
  loadAround(target: Target, seq: number): void {
    this.calls.push({ method: "loadAround", target, seq });
  }
  setNick(nick: string): void {
    this.calls.push({ method: "setNick", nick });
  }
  markRead(target: Target, seq: number): void {
    this.calls.push({ method: "markRead", target, seq });
  }
  register(password: string): void {
    this.calls.push({ method: "register", password });
  }
  setTopic(room: string, topic: string): void {
    this.calls.push({ method: "setTopic", room, topic });
  }
  whois(nick: string): void {
    this.calls.push({ method: "whois", nick });
  }
  setAway(message: string): void {
    this.calls.push({ method: "setAway", message });
  }
  listRooms(): void {
    this.calls.push({ method: "listRooms" });
  }
  listMembers(room: string): void {
    this.calls.push({ method: "listMembers", room });
  }
  async quit(reason: string): Promise<void> {
    this.calls.push({ method: "quit", reason });
  }
}
