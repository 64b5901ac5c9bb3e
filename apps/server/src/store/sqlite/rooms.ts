// Room metadata in SQLite: a room's topic survives a restart.
import type { RoomRecords, StoredRoom } from "../store.js";
import type { Db } from "./db.js";

export class SqliteRoomRecords implements RoomRecords {
  private readonly upsert;
  private readonly setTopicStmt;
  private readonly all;
  private readonly remove;

  constructor(db: Db) {
    this.upsert = db.prepare("INSERT OR IGNORE INTO rooms (name, created_at_ms) VALUES (?, ?)");
    this.setTopicStmt = db.prepare(
      "INSERT INTO rooms (name, topic, topic_by, topic_at_ms, created_at_ms) VALUES (?, ?, ?, ?, ?) " +
        "ON CONFLICT(name) DO UPDATE SET topic = excluded.topic, topic_by = excluded.topic_by, topic_at_ms = excluded.topic_at_ms",
    );
    this.all = db.prepare("SELECT name, topic, topic_by, topic_at_ms FROM rooms");
    this.remove = db.prepare("DELETE FROM rooms WHERE name = ?");
  }

  create(name: string, nowMs: number): void {
    this.upsert.run(name, nowMs);
  }

  delete(name: string): void {
    this.remove.run(name);
  }

  setTopic(name: string, topic: string, by: string, nowMs: number): void {
    this.setTopicStmt.run(name, topic, by, nowMs, nowMs);
  }

  load(): StoredRoom[] {
    return (this.all.all() as { name: string; topic: string; topic_by: string; topic_at_ms: number }[]).map(
      (r) => ({ name: r.name, topic: r.topic, topicBy: r.topic_by, topicAtMs: r.topic_at_ms }),
    );
  }
}
