// The opening of every chat session, in one place: Hello → Welcome (the server's name and limits),
// then Login → LoggedIn (the nick granted, rooms joined or resumed), through SCRAM for an account. Written over a bare `request`,
// so the ProtocolClient and the load generator's raw-socket client share it.

import { ScramError } from "./errors.js";
import {
  type DecodedEnvelope,
  type Envelope,
  type JoinRoom,
  type LoggedIn,
  PROTOCOL_VERSION,
  type Welcome,
} from "./messages.js";
import type { ResumePoints } from "./resume.js";

/** Anything that sends a request and resolves with its reply (rejecting with ServerError on an Error reply). */
export interface Requester {
  request(envelope: Envelope, timeoutMs?: number): Promise<DecodedEnvelope>;
}

/** Who is calling, as Hello tells the server (shown to operators in `parley-admin sessions`). */
export interface HelloOptions {
  clientName: string;
  clientVersion: string;
}

export interface LoginOptions {
  nick: string;
  /**
   * Rooms to join at login, each with its history request. Empty (and no resume points): the server
   * joins its default room with recent history.
   */
  rooms?: JoinRoom[];
  /** Resume every room these points hold from the last message seen; they come before `rooms`. */
  resume?: ResumePoints;
  /**
   * The account's password, for a registered nick: the login is a SCRAM-SHA-256 exchange, the
   * password never crosses the wire, and the server's proof is checked (ScramError if it fails).
   */
  password?: string;
  /**
   * Makes the client half of the SCRAM exchange for a password login. The Node client supplies one on
   * node:crypto (ScramClient); where none is given, a password login is refused with ScramError.
   */
  scram?: (nick: string, password: string) => ScramSteps;
}

/** The client half of a SCRAM exchange as the handshake drives it (ScramClient in scram.ts). */
export interface ScramSteps {
  clientFirst(): string;
  clientFinal(serverFirst: string): string;
  /** Throws ScramError unless the server proved it holds the password's verifier. */
  verifyServer(serverFinal: string): void;
}

/** A finished handshake. */
export interface LoginResult {
  /** The server's Welcome: its name, limits, default room and heartbeat. */
  welcome: Welcome;
  /** The server's LoggedIn reply. */
  loggedIn: LoggedIn;
  /** The nick the server granted (as it spelled it). */
  nick: string;
}

/** Sends Hello and resolves with the server's Welcome; rejects with ServerError (e.g. an unsupported version). */
export async function hello(requester: Requester, options: HelloOptions): Promise<Welcome> {
  const reply = await requester.request({
    hello: {
      protocolVersion: PROTOCOL_VERSION,
      clientName: options.clientName,
      clientVersion: options.clientVersion,
    },
  });
  return reply.welcome ?? {};
}

/**
 * Sends Login after a Welcome and resolves with the result. The Joined and History of each room
 * follow the reply as events. Rejects with ServerError (nick in use or invalid, banned, server full).
 */
export async function login(
  requester: Requester,
  welcome: Welcome,
  options: LoginOptions,
): Promise<LoginResult> {
  const rooms = [...(options.resume?.loginRooms() ?? []), ...(options.rooms ?? [])];
  let scram: ScramSteps | undefined;
  if (options.password !== undefined) {
    if (!options.scram) throw new ScramError("this client cannot log in with a password (no SCRAM support)");
    scram = options.scram(options.nick, options.password);
  }
  let reply = await requester.request({
    login: { nick: options.nick, rooms, scramClientFirst: scram?.clientFirst() },
  });
  if (scram) {
    const serverFirst = reply.authChallenge?.serverFirst;
    if (!serverFirst) throw new ScramError("the server did not answer the login with a SCRAM challenge");
    reply = await requester.request({ authResponse: { clientFinal: scram.clientFinal(serverFirst) } });
    scram.verifyServer(reply.loggedIn?.scramServerFinal ?? "");
  }
  const loggedIn = reply.loggedIn ?? {};
  const nick = loggedIn.nick || options.nick;
  if (options.resume) options.resume.nick = nick;
  return { welcome, loggedIn, nick };
}

/**
 * Registers an account for `nick` (the connection must be TLS or loopback). Before Login it only
 * creates the account; after Login it registers the session's own nick. Rejects with ServerError
 * (NICK_REGISTERED, WEAK_PASSWORD, REGISTRATION_CLOSED, INSECURE_TRANSPORT, RATE_LIMITED).
 */
export async function register(requester: Requester, nick: string, password: string): Promise<void> {
  await requester.request({ register: { nick, password } });
}

/**
 * Hello then Login: the whole handshake of a fresh connection, in one round trip. Login is sent
 * right behind Hello rather than after Welcome: the server serves a session's requests in order, so
 * Login is served as soon as Hello is accepted, and not at all if Hello is refused; a refused Hello
 * rejects with its own error, not the Login's. `greeting` is the Hello, when the caller sends it
 * itself (to keep the Welcome even if the Login is refused).
 */
export async function handshake(
  requester: Requester,
  options: HelloOptions & LoginOptions,
  greeting: Promise<Welcome> = hello(requester, options),
): Promise<LoginResult> {
  const loggingIn = login(requester, {}, options);
  // Awaited below only once Hello was accepted: its rejection must not go unhandled before that.
  loggingIn.catch(() => {});
  const welcome = await greeting;
  return { ...(await loggingIn), welcome };
}

/** What a client that logs in again on every connection gives logInResuming. */
export interface ResumingLogin {
  /** The rooms for a Login, as they stand when it is sent (welcomed may add the default room). */
  rooms(): JoinRoom[];
  /** Sends one Login joining `rooms`, with the nick (and password) as they stand. */
  login(rooms: JoinRoom[]): Promise<LoginResult>;
  /**
   * Hold the first Login until the Welcome is in: it must name the server's default room, which
   * only the Welcome tells (a first login with nothing to resume).
   */
  awaitWelcome: boolean;
  /** The Welcome is in; called before any Login is awaited. */
  welcomed(welcome: Welcome): void;
  /**
   * A Login (the `attempt`-th, from 0) was refused: true once the client has changed what the next
   * one sends (a nick with "_" added), false to fail with `error`.
   */
  retry(error: unknown, attempt: number): boolean;
}

/**
 * A client's login on each connection: Hello (`greeting`, already sent), then Login, again while
 * `retry` says so. The first Login goes right behind the Hello, one round trip in all, unless it
 * must wait for the Welcome; a refused Hello rejects with its own error, and the Login it left
 * unserved is not reported twice. The terminal and web clients share it.
 */
export async function logInResuming(greeting: Promise<Welcome>, plan: ResumingLogin): Promise<LoginResult> {
  const early = plan.awaitWelcome ? undefined : plan.login(plan.rooms());
  // Awaited below once the Welcome is in; a refused Hello rejects it too, and that is reported once.
  early?.catch(() => {});
  plan.welcomed(await greeting);
  for (let attempt = 0; ; attempt++) {
    try {
      return await (attempt === 0 && early ? early : plan.login(plan.rooms()));
    } catch (error) {
      if (!plan.retry(error, attempt)) throw error;
    }
  }
}
