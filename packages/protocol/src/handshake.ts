// The opening of every chat session, in one place: Hello → Welcome (the server's name and limits),
// then Login → LoggedIn (the nick granted, rooms joined or resumed). Written over a bare `request`,
// so the ProtocolClient and the load generator's raw-socket client share it.
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
  const reply = await requester.request({ login: { nick: options.nick, rooms } });
  const loggedIn = reply.loggedIn ?? {};
  const nick = loggedIn.nick || options.nick;
  if (options.resume) options.resume.nick = nick;
  return { welcome, loggedIn, nick };
}

/** Hello then Login: the whole handshake of a fresh connection. */
export async function handshake(
  requester: Requester,
  options: HelloOptions & LoginOptions,
): Promise<LoginResult> {
  return login(requester, await hello(requester, options), options);
}
