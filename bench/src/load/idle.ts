// Idle sessions: connect, complete the handshake, then only answer the server's pings until told to stop.
import type { ChatSink } from "../clients/types.js";
import { type IdlePlan, nickOf, roomOf } from "../plan.js";
import { connectAll } from "./connect.js";
import type { Tally } from "./tally.js";

export class IdleLoad {
  private closeAll: (() => void) | undefined;

  constructor(
    private readonly plan: IdlePlan,
    private readonly tally: Tally,
  ) {}

  async connect(): Promise<void> {
    const sink: ChatSink = {
      onChat: () => {},
      onLost: () => {
        this.tally.disconnects++;
      },
      onServerError: (code) => this.tally.countError(code),
    };
    const clients = await connectAll(
      this.plan.target.kind,
      this.plan.clientIndices.map((i) => ({
        port: this.plan.target.port,
        nick: nickOf(i),
        rooms: [roomOf(i, this.plan.roomSize)],
      })),
      this.plan.clientIndices.map(() => sink),
      this.plan.connectConcurrency,
      this.tally,
    );
    this.closeAll = () => {
      for (const client of clients) client?.close();
    };
  }

  close(): void {
    this.closeAll?.();
  }
}
