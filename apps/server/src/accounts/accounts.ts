// The accounts of this server, in memory and written through to the store: which nicks are owned
// (look-alikes included), the verifier a SCRAM login is checked against, and the password lockouts.
import { createHmac, randomBytes } from "node:crypto";
import { nameSkeleton, type ScramVerifier } from "@parley/protocol";
import { AuthLockout } from "../net/address-limits.js";
import {
  type AccountChange,
  type AccountRecord,
  type AccountRecords,
  type Awaitable,
  andThen,
  isPromise,
} from "../store/store.js";
import type { Credentials } from "./passwords.js";

/** The settings the service reads. */
export interface AccountSettings {
  maxAuthFailuresPerAccount: number;
  maxAuthFailuresPerAddress: number;
  authLockoutMs: number;
  scramIterations: number;
}

/**
 * The other nodes of a cluster sharing the store: each change to an account is announced once stored,
 * so their caches follow, and a name this node does not know is looked up in the store.
 */
export interface AccountPeers {
  /** Tells the other nodes that `name`'s stored record changed (or is gone). */
  announce(name: string): void;
}

/** A registration raced another one for the same nick (on this node or, in a cluster, another), and lost. */
export class AccountExistsError extends Error {
  override name = "AccountExistsError";
}

export class Accounts {
  private readonly byName = new Map<string, AccountRecord>();
  /** Account name by the skeleton of its name, so a look-alike nick is owned too. */
  private readonly bySkeleton = new Map<string, string>();
  /** Wrong passwords per account name and per address. */
  readonly accountFailures: AuthLockout;
  readonly addressFailures: AuthLockout;
  /** Salts the stand-in verifiers of names with no account, so probing them looks like a real account. */
  private readonly decoySecret = randomBytes(32);

  constructor(
    private readonly store: AccountRecords,
    private readonly settings: AccountSettings,
    /** Told when a write no caller waits for (seen) fails on an engine that answers later; the change stays in memory. */
    private readonly onStoreError: (error: unknown) => void,
    /** Set in a cluster; alone, the cache is the whole truth. */
    private readonly peers?: AccountPeers,
  ) {
    this.accountFailures = new AuthLockout(settings.maxAuthFailuresPerAccount, settings.authLockoutMs);
    this.addressFailures = new AuthLockout(settings.maxAuthFailuresPerAddress, settings.authLockoutMs);
  }

  /** Takes the accounts the store holds (at start). */
  load(records: readonly AccountRecord[]): void {
    for (const record of records) this.index(record);
  }

  /** Every account, by name. */
  all(): AccountRecord[] {
    return [...this.byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get size(): number {
    return this.byName.size;
  }

  get(name: string): AccountRecord | undefined {
    return this.byName.get(name);
  }

  /** The account owning the case-folded nick, or one that looks like it; undefined if it is free. */
  ownerOf(foldedNick: string): string | undefined {
    if (this.byName.has(foldedNick)) return foldedNick;
    return this.bySkeleton.get(nameSkeleton(foldedNick));
  }

  /**
   * Creates an account; throws AccountExistsError if the nick (or a look-alike) is owned already.
   * Settles once the account is stored, so a registration is acknowledged only then; the nick is
   * reserved meanwhile, and free again if the store refuses it.
   */
  create(name: string, display: string, credentials: Credentials, nowMs: number): Awaitable<AccountRecord> {
    if (this.ownerOf(name) !== undefined) throw new AccountExistsError(`the nick "${display}" is registered`);
    const record: AccountRecord = {
      name,
      display,
      ...credentials,
      createdAtMs: nowMs,
      lastSeenMs: 0,
      locked: false,
    };
    // SQLite stores it here (and throws before anything is indexed); PostgreSQL answers later, and
    // refuses a name another node stored meanwhile.
    const stored = this.store.insert(record);
    if (!isPromise(stored)) {
      if (!stored) throw new AccountExistsError(`the nick "${display}" is registered`);
      this.index(record);
      return this.announced(name, record);
    }
    this.index(record);
    return stored.then(
      (inserted) => {
        if (inserted) return this.announced(name, record);
        this.unindex(record);
        throw new AccountExistsError(`the nick "${display}" is registered`);
      },
      (error: unknown) => {
        this.unindex(record);
        throw error;
      },
    );
  }

  /** Replaces an account's password; settles once stored. */
  setCredentials(record: AccountRecord, credentials: Credentials): Awaitable<void> {
    return this.announced(record.name, this.update(record, credentials));
  }

  /** Locks or unlocks; settles once stored. */
  setLocked(record: AccountRecord, locked: boolean): Awaitable<void> {
    return this.announced(record.name, this.update(record, { locked }));
  }

  /** Notes a login or logout; no one waits for it to be stored. */
  seen(record: AccountRecord, nowMs: number): void {
    this.write(this.update(record, { lastSeenMs: nowMs }));
  }

  /** Forgets the account at once; settles once its row is deleted. */
  delete(record: AccountRecord): Awaitable<void> {
    const deleted = this.store.delete(record.name);
    this.unindex(record);
    this.accountFailures.succeed(record.name);
    return this.announced(record.name, deleted);
  }

  /**
   * The account `name`, from the cache or, in a cluster, from the store when the cache does not know
   * it: registered on another node a moment ago, before its announcement arrived.
   */
  lookup(name: string): Awaitable<AccountRecord | undefined> {
    const known = this.byName.get(name);
    if (known || !this.peers) return known;
    return this.refresh(name);
  }

  /**
   * Re-reads `name` from the store after another node changed it: the cached record is updated in
   * place (sessions hold it), added, or forgotten when the row is gone.
   */
  refresh(name: string): Awaitable<AccountRecord | undefined> {
    return andThen(this.store.get(name), (stored) => {
      const known = this.byName.get(name);
      if (!stored) {
        if (known) {
          this.unindex(known);
          this.accountFailures.succeed(name);
        }
        return undefined;
      }
      if (!known) {
        this.index(stored);
        return stored;
      }
      Object.assign(known, stored);
      return known;
    });
  }

  /**
   * The verifier to challenge a login for `name` with: the account's own, or for a name with no
   * account a stand-in with a salt derived from the name (the same on every try), so the exchange
   * looks the same and fails only at the proof, with the same delay.
   */
  verifierFor(name: string): ScramVerifier {
    const record = this.byName.get(name);
    if (record) return record.scram;
    const salt = createHmac("sha256", this.decoySecret).update(name).digest().subarray(0, 16);
    const key = randomBytes(32).toString("base64");
    return {
      salt: salt.toString("base64"),
      iterations: this.settings.scramIterations,
      storedKey: key,
      serverKey: key,
    };
  }

  /**
   * Writes only the changed fields (SQLite throws before anything changes), then changes the record
   * in memory; settles once stored. Only those: this node's copy of the rest may be older than the
   * store's, changed through another node whose announcement has not arrived.
   */
  private update(record: AccountRecord, change: AccountChange): Awaitable<void> {
    const done = this.store.update(record.name, change);
    Object.assign(record, change);
    return done;
  }

  /** Announces `name` to the other nodes once `done` is stored, and passes its value on. */
  private announced<T>(name: string, done: Awaitable<T>): Awaitable<T> {
    if (!this.peers) return done;
    const peers = this.peers;
    return andThen(done, (value) => {
      peers.announce(name);
      return value;
    });
  }

  /** SQLite writes at once (and throws, which the caller sees); a later answer's failure is reported. */
  private write(done: Awaitable<void>): void {
    if (isPromise(done)) done.catch(this.onStoreError);
  }

  private index(record: AccountRecord): void {
    this.byName.set(record.name, record);
    this.bySkeleton.set(nameSkeleton(record.name), record.name);
  }

  private unindex(record: AccountRecord): void {
    if (this.byName.get(record.name) !== record) return;
    this.byName.delete(record.name);
    this.bySkeleton.delete(nameSkeleton(record.name));
  }
}
