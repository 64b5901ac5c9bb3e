// Room metadata in PostgreSQL: a room's topic survives a restart and is shared by every server.
import type { RoomRecords, StoredRoom } from "../store.js";
import type { Queries } from "./queries.js";

export class PostgresRoomRecords implements RoomRecords {
  constructor(private readonly db: Queries) {}

  async create(name: string, nowMs: number): Promise<void> {
    await this.db.rows("INSERT INTO rooms (name, created_at_ms) VALUES ($1, $2) ON CONFLICT DO NOTHING", [
      name,
      nowMs,
    ]);
  }

  async delete(name: string): Promise<void> {
    await this.db.rows("DELETE FROM rooms WHERE name = $1", [name]);
  }

  async setTopic(name: string, topic: string, by: string, nowMs: number): Promise<void> {
    await this.db.rows(
      `INSERT INTO rooms (name, topic, topic_by, topic_at_ms, created_at_ms) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (name) DO UPDATE SET topic = excluded.topic, topic_by = excluded.topic_by, topic_at_ms = excluded.topic_at_ms`,
      [name, topic, by, nowMs],
    );
  }

  async load(): Promise<StoredRoom[]> {
    const rows = await this.db.rows<{ name: string; topic: string; topic_by: string; topic_at_ms: string }>(
      "SELECT name, topic, topic_by, topic_at_ms FROM rooms",
    );
    return rows.map((r) => ({
      name: r.name,
      topic: r.topic,
      topicBy: r.topic_by,
      topicAtMs: Number(r.topic_at_ms),
    }));
  }
}
