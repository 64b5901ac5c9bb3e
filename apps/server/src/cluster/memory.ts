// The backplane of a node that is the whole system: there is no other node, so nothing is published
// or received, and the node behaves exactly as a single server always has.
import type { Backplane, ClusterCommand, NodeInbox, RoomPublication, SessionRecord } from "./backplane.js";

export class MemoryBackplane implements Backplane {
  readonly nodeId = "local";
  readonly solo = true;
  readonly firstSessionId = 1;
  readonly rooms = {
    publish(_publication: RoomPublication): void {},
    async subscribe(_room: string): Promise<void> {},
    unsubscribe(_room: string): void {},
  };
  readonly presence = {
    publishPresence(_rooms: readonly string[], _frame: Uint8Array): void {},
  };
  readonly commands = {
    broadcast(_command: ClusterCommand): void {},
  };

  readonly sessions = {
    claim: async (_record: SessionRecord, _previousKey?: string): Promise<boolean> => true,
    put(_record: SessionRecord): void {},
    remove(_sessionId: number): void {},
    holders: async (_nickKey: string): Promise<SessionRecord[]> => [],
    elsewhere: (): readonly SessionRecord[] => [],
    ofAccount: (_account: string): readonly SessionRecord[] => [],
    learn(_records: readonly SessionRecord[]): void {},
  };

  async start(_inbox: NodeInbox): Promise<void> {}

  async close(): Promise<void> {}
}
