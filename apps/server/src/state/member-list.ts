// A room's member list as Joined carries it, encoded once and kept between joins: every join lists up
// to a frame of members, and a login storm into a room of a hundred would otherwise encode the same
// members again for every login. Checked against the room on each use, and encoded again only from the
// first member that differs: a join appends, so only the newcomer is encoded.
import { pb, varintLength, writeVarint } from "@parley/protocol";

/** Joined.members is field 3, length-delimited: tag (3 << 3) | 2. */
const MEMBERS_TAG = (3 << 3) | 2;

/** Member flags as bits: what, besides nick and id, a listed member says. */
export const REGISTERED = 1;
export const AWAY = 2;

/** Someone a member list shows. */
export interface ListedMember {
  readonly id: number;
  readonly nick: string;
}

/** One page of the list: the entries' bytes (to splice into Joined), how many, and the last id. */
export interface EncodedPage {
  readonly bytes: Uint8Array;
  readonly count: number;
  /** Session id of the last member in the page (0 for an empty page). */
  readonly lastId: number;
  /** Members follow that did not fit. */
  readonly more: boolean;
}

export class EncodedMemberList<M extends ListedMember = ListedMember> {
  /** Who each entry is, with the nick and flags it was encoded with. */
  private readonly members: M[] = [];
  private readonly nicks: string[] = [];
  private readonly flags: number[] = [];
  /** Byte offset just past each entry in `bytes`. */
  private readonly ends: number[] = [];
  /** The entries (Joined.members fields) back to back; grown by doubling. */
  private bytes: Buffer = Buffer.allocUnsafe(0);

  /**
   * Brings the list in line with `people` (in list order) and `flagsOf` (REGISTERED, AWAY), keeping
   * the entries before the first that differs.
   */
  update(people: readonly M[], flagsOf: (member: M) => number): void {
    const kept = this.members.length;
    let same = 0;
    while (same < kept && same < people.length) {
      const member = people[same]!;
      if (
        member !== this.members[same] ||
        member.nick !== this.nicks[same] ||
        flagsOf(member) !== this.flags[same]
      )
        break;
      same++;
    }
    if (same < kept) this.truncate(same);
    for (let i = same; i < people.length; i++) this.append(people[i]!, flagsOf(people[i]!));
  }

  /** The longest run of entries from the start whose bytes fit in `budgetBytes`, at most `limit` (0: any). */
  page(budgetBytes: number, limit = 0): EncodedPage {
    const total = this.members.length;
    let count = limit > 0 ? Math.min(limit, total) : total;
    if (count > 0 && this.ends[count - 1]! > budgetBytes) {
      // Binary search: the last entry that still ends within the budget.
      let low = 0;
      let high = count;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (this.ends[mid]! <= budgetBytes) low = mid + 1;
        else high = mid;
      }
      count = low;
    }
    return {
      bytes: this.bytes.subarray(0, count > 0 ? this.ends[count - 1] : 0),
      count,
      lastId: count > 0 ? this.members[count - 1]!.id : 0,
      more: count < total,
    };
  }

  private truncate(count: number): void {
    this.members.length = count;
    this.nicks.length = count;
    this.flags.length = count;
    this.ends.length = count;
  }

  private append(member: M, flags: number): void {
    const body = pb.Member.encode({
      nick: member.nick,
      sessionId: member.id,
      registered: (flags & REGISTERED) !== 0,
      away: (flags & AWAY) !== 0,
    }).finish();
    const start = this.ends.length > 0 ? this.ends[this.ends.length - 1]! : 0;
    const end = start + 1 + varintLength(body.length) + body.length;
    if (end > this.bytes.length) {
      // Not from the shared pool: a small slice of it would keep a whole pool slab alive per room.
      const grown = Buffer.allocUnsafeSlow(Math.max(end, 2 * this.bytes.length, 256));
      this.bytes.copy(grown, 0, 0, start);
      this.bytes = grown;
    }
    this.bytes[start] = MEMBERS_TAG;
    this.bytes.set(body, writeVarint(this.bytes, start + 1, body.length));
    this.members.push(member);
    this.nicks.push(member.nick);
    this.flags.push(flags);
    this.ends.push(end);
  }
}
