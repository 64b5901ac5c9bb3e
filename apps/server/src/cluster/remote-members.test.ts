// RemoteMembers: the heartbeat's records with the presences heard since the read began applied on top.
import { encodeFrame, PresenceKind } from "@parley/protocol";
import { describe, expect, it } from "vitest";
import type { SessionRecord } from "./backplane.js";
import { RemoteMembers } from "./remote-members.js";

const record = (id: number, nick: string, rooms: string[], account = ""): SessionRecord => ({
  id,
  nodeId: "n2",
  nick,
  rooms,
  remoteAddress: "127.0.0.1",
  clientName: "test",
  connectedAtMs: 0,
  account,
});

const presence = (kind: PresenceKind, sessionId: number, nick: string, room = "") =>
  encodeFrame({ presence: { kind, sessionId, nick, room } });

const nicks = (members: RemoteMembers, room: string, here: string[] = []) =>
  members.people(room, new Set(here)).map((member) => `${member.id}:${member.nick}`);

describe("RemoteMembers", () => {
  it("lists a person once, under its earliest session, and not when it has a client here", () => {
    const members = new RemoteMembers();
    members.reconcile(
      [record(9, "Ana", ["tea"], "ana"), record(5, "ana", ["tea"], "ana"), record(7, "bo", ["tea"])],
      0,
    );
    expect(nicks(members, "tea")).toEqual(["5:ana", "7:bo"]);
    expect(nicks(members, "tea", ["ana"])).toEqual(["7:bo"]);
    expect(nicks(members, "lobby")).toEqual([]);
    // A member the next read still has is the same object, so a room's encoded list keeps its entry.
    const [first] = members.people("tea", new Set());
    members.reconcile([record(5, "ana", ["tea"], "ana"), record(7, "bo", ["tea"])], 1);
    expect(members.people("tea", new Set())[0]).toBe(first);
  });

  it("follows joins, renames and leaves, and applies those heard since a read began to that read", () => {
    const members = new RemoteMembers();
    members.reconcile([record(1, "bo", ["tea"])], 100);
    members.presence(["tea"], presence(PresenceKind.PRESENCE_KIND_JOIN, 2, "cy", "tea"), 110);
    members.presence(["tea"], presence(PresenceKind.PRESENCE_KIND_NICK, 1, "bob"), 120);
    expect(nicks(members, "tea")).toEqual(["1:bob", "2:cy"]);
    // A read begun at 105 saw neither the join nor the rename: both are applied to it again.
    members.reconcile([record(1, "bo", ["tea"])], 105);
    expect(nicks(members, "tea")).toEqual(["1:bob", "2:cy"]);
    members.presence(["tea"], presence(PresenceKind.PRESENCE_KIND_LEAVE, 2, "cy", "tea"), 130);
    members.presence(["tea"], presence(PresenceKind.PRESENCE_KIND_QUIT, 1, "bob"), 140);
    expect(nicks(members, "tea")).toEqual([]);
    // A later read that has them gone forgets what was heard before it.
    members.reconcile([], 200);
    members.presence(["tea"], presence(PresenceKind.PRESENCE_KIND_JOIN, 3, "di", "tea"), 210);
    members.reconcile([], 205);
    expect(nicks(members, "tea")).toEqual(["3:di"]);
  });
});
