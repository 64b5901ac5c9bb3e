// Login: claim a nick (checked, unique case-insensitively, not banned, not owned by an account unless
// proven with SCRAM), then join the requested rooms (or the default room) with their history or resume
// points before any live traffic. A Login with a SCRAM client-first message is answered with the
// challenge; auth-response.ts finishes it.
import {
  ErrorCode,
  formatInstant,
  type parley,
  parseClientFirst,
  ScramError,
  ScramServer,
} from "@parley/protocol";
import type { SessionRecord } from "../cluster/backplane.js";
import { canonicalRoom, foldName, nickProblem } from "../names.js";
import { errorReply, RequestError } from "../request-error.js";
import { type Awaitable, andThen, eachInTurn, isPromise } from "../store/store.js";
import { requireNotLockedOut } from "./account-checks.js";
import { announceAwayChange, awayMessageOf } from "./away-presence.js";
import { accountClientsElsewhere, claimNick } from "./cluster-directory.js";
import type { ChatSession, EventHold, Handler, SessionPhase } from "./handler.js";
import { historyBudget } from "./history-budget.js";
import { enterRoom } from "./join-room.js";
import { deliverQueued } from "./offline-delivery.js";
import { unreadAtLogin } from "./read-markers.js";
import { clientsOf, onlineClients } from "./user-lookup.js";

export const login: Handler = {
  needsLogin: false,
  rateLimited: true,
  run(session, envelope) {
    const { stats } = session.ctx;
    // Counted once online; a SCRAM login is counted when its proof is judged (auth-response.ts).
    const counted = (online: boolean) => {
      if (online) stats.loginsTotal++;
    };
    const refused = (error: unknown): never => {
      stats.loginFailuresTotal++;
      throw error;
    };
    let outcome: Awaitable<boolean>;
    try {
      outcome = logInOrChallenge(session, envelope);
    } catch (error) {
      return refused(error);
    }
    // A guest on a single node waits for nothing: served in the turn that read it, without a promise
    // or a pause of reading, and its whole reply leaves in one write.
    if (isPromise(outcome)) return outcome.then(counted, refused);
    counted(outcome);
  },
};

/**
 * Logs in as a guest (true once online), or starts a SCRAM login (false: the challenge is sent);
 * throws RequestError for a login refused. A promise only when something has to wait (an account
 * read in a cluster, the store, another node).
 */
function logInOrChallenge(
  session: ChatSession,
  { requestId, login }: Parameters<Handler["run"]>[1],
): Awaitable<boolean> {
  const { ctx } = session;
  // In a cluster, an account registered on another node may not be announced here yet: read it
  // first, so every check below runs in one turn, as on a single node.
  const lookup = ctx.accounts.lookup(foldName((login?.nick ?? "").normalize("NFC")));
  if (isPromise(lookup)) return lookup.then(() => checkAndLogIn(session, requestId, login));
  return checkAndLogIn(session, requestId, login);
}

/** logInOrChallenge once the account (if any) is known here. */
function checkAndLogIn(
  session: ChatSession,
  requestId: number,
  login: parley.v1.ILogin | null | undefined,
): Awaitable<boolean> {
  const { ctx } = session;
  if (session.state === "online") {
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "already logged in; use SetNick to change nick");
  }
  if (ctx.shuttingDown) {
    throw new RequestError(ErrorCode.ERROR_CODE_SHUTTING_DOWN, "the server is shutting down", {
      closeReason: "server shutdown",
    });
  }
  const nick = (login?.nick ?? "").normalize("NFC");
  const problem = nickProblem(nick, ctx.config.maxNickChars);
  if (problem) {
    throw new RequestError(ErrorCode.ERROR_CODE_INVALID_NICK, problem);
  }
  if (session.pendingAuth) throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "a login is in progress");
  const folded = foldName(nick);
  refuseBanned(session, folded);
  const rooms = login?.rooms ?? [];
  if (login?.scramClientFirst) {
    challenge(session, requestId, nick, folded, rooms, login.scramClientFirst);
    return false;
  }
  if (ctx.accounts.ownerOf(folded) !== undefined)
    throw new RequestError(
      ErrorCode.ERROR_CODE_NICK_REGISTERED,
      `the nick "${nick}" is registered: log in with its password, or pick another nick`,
    );
  if (!ctx.config.allowGuests)
    throw new RequestError(
      ErrorCode.ERROR_CODE_GUESTS_NOT_ALLOWED,
      "this server admits registered users only: log in to an account",
    );
  return andThen(goOnline(session, requestId, nick, folded, rooms), () => true);
}

/** Throws BANNED (fatal) if the nick or the session's address is banned. */
function refuseBanned(session: ChatSession, folded: string): void {
  const { ctx } = session;
  const ban = ctx.bans.find(ctx.now(), folded, session.remoteAddress);
  if (ban) {
    const until = ban.untilMs ? `until ${formatInstant(Number(ban.untilMs))}` : "permanently";
    throw new RequestError(
      ErrorCode.ERROR_CODE_BANNED,
      `you are banned ${until}${ban.reason ? `: ${ban.reason}` : ""}`,
      { banUntilMs: ban.untilMs ?? 0, closeReason: "banned" },
    );
  }
}

/**
 * Starts a SCRAM login: answers AuthChallenge. A name with no account is challenged like any other
 * and fails at the proof, so the exchange does not tell who has an account.
 */
function challenge(
  session: ChatSession,
  requestId: number,
  nick: string,
  folded: string,
  rooms: parley.v1.IJoinRoom[],
  clientFirst: string,
): void {
  let first: ReturnType<typeof parseClientFirst>;
  try {
    first = parseClientFirst(clientFirst);
  } catch (error) {
    if (error instanceof ScramError) throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, error.message);
    throw error;
  }
  if (foldName(first.user.normalize("NFC")) !== folded)
    throw new RequestError(ErrorCode.ERROR_CODE_BAD_REQUEST, "the SCRAM user name must be the Login nick");
  requireNotLockedOut(session, folded);
  const scram = new ScramServer(first, session.ctx.accounts.verifierFor(folded));
  session.pendingAuth = { nick, foldedNick: folded, rooms, scram, failed: false };
  session.send({ requestId, authChallenge: { serverFirst: scram.serverFirst } });
}

/**
 * Claims the nick and goes online (as `account`, or as a guest), answers LoggedIn, then joins the
 * requested rooms, or the default room when there are none. A promise only when something waits
 * (another node, the store); a guest on a single node is online when this returns.
 */
export function goOnline(
  session: ChatSession,
  requestId: number,
  nick: string,
  folded: string,
  rooms: parley.v1.IJoinRoom[],
  account = "",
  scramServerFinal = "",
): Awaitable<void> {
  // In a cluster the account's clients may be on other nodes too.
  const { cluster } = session.ctx;
  const login: Going = { requestId, nick, folded, rooms, account, scramServerFinal };
  if (account && !cluster.solo)
    return accountClientsElsewhere(session, account, folded).then((elsewhere) =>
      claimAndJoin(session, login, elsewhere),
    );
  return claimAndJoin(session, login, []);
}

/** A login on its way online: what goOnline was asked, the nick as the account's clients change it. */
interface Going {
  readonly requestId: number;
  nick: string;
  folded: string;
  rooms: parley.v1.IJoinRoom[];
  readonly account: string;
  readonly scramServerFinal: string;
}

/** goOnline once the account's clients on other nodes (`elsewhere`) are known. */
function claimAndJoin(
  session: ChatSession,
  login: Going,
  elsewhere: readonly SessionRecord[],
): Awaitable<void> {
  const { account } = login;
  const clients = account ? onlineClients(session, account) : [];
  const count = clients.length + elsewhere.length;
  const { maxClientsPerAccount } = session.ctx.config;
  if (maxClientsPerAccount > 0 && count >= maxClientsPerAccount)
    throw new RequestError(
      ErrorCode.ERROR_CODE_TOO_MANY_CLIENTS,
      `this account has ${count} clients logged in, the most allowed (maxClientsPerAccount); log out of one first`,
    );
  // The account's clients are one person with one nick: a later client takes the nick they have now,
  // and joins the rooms they are in besides its own.
  const first = clients[0];
  const remote = elsewhere[0];
  if (first) {
    login.nick = first.nick;
    login.folded = first.foldedNick;
    login.rooms = withRoomsOf(session, [...session.ctx.rooms.roomsOf(first)], login.rooms);
  } else if (remote) {
    login.nick = remote.nick;
    login.folded = foldName(remote.nick);
    login.rooms = withRoomsOf(session, remote.rooms, login.rooms);
  }
  // Set before the claims: the registry and the cluster let the account's clients share its nick.
  session.account = account;
  const online = () => {
    if (!session.logIn(login.nick, login.folded)) {
      session.account = "";
      session.releaseInCluster();
      throw new RequestError(ErrorCode.ERROR_CODE_NICK_IN_USE, `the nick "${login.nick}" is in use`);
    }
    // A client that is not away makes an away person back (away only when all its clients are).
    const awayBefore = awayMessageOf(clients, elsewhere);
    return andThen(replyAndJoin(session, login), () => {
      if (count > 0 && session.state === "online")
        announceAwayChange(session.ctx, clientsOf(session), awayBefore, elsewhere);
    });
  };
  if (session.ctx.cluster.solo) return online();
  return claimNick(session, login.nick, login.folded)
    .catch(undoAccount(session))
    .then((won) => {
      if (won) return online();
      session.account = "";
      throw new RequestError(ErrorCode.ERROR_CODE_NICK_IN_USE, `the nick "${login.nick}" is in use`);
    });
}

/**
 * Answers LoggedIn, joins the rooms and, for an account, delivers what was queued for it, all held
 * behind the reply: live traffic for the session waits until they are out.
 */
function replyAndJoin(session: ChatSession, login: Going): Awaitable<void> {
  const { requestId, nick, account, scramServerFinal } = login;
  const hold = session.holdEvents();
  let done: Awaitable<void>;
  try {
    done = andThen(account ? unreadAtLogin(session) : [], (unread) => {
      hold.send({ requestId, loggedIn: { nick, sessionId: session.id, account, scramServerFinal, unread } });
      return andThen(joinRooms(session, hold, requestId, login.rooms), () =>
        account ? deliverQueued(session, hold) : undefined,
      );
    });
  } catch (error) {
    hold.release();
    throw error;
  }
  if (isPromise(done)) return done.finally(() => hold.release());
  hold.release();
}

/** Gives up the account a refused login was about to take, and passes the refusal on. */
function undoAccount(session: ChatSession) {
  return (error: unknown): never => {
    session.account = "";
    throw error;
  };
}

/**
 * A Login's rooms, or the default room when it names none, followed by the rooms `theirs` (another
 * client of the account is in, here or on another node) that it does not name, each with recent history.
 */
function withRoomsOf(
  session: ChatSession,
  theirs: readonly (string | { name: string })[],
  requested: parley.v1.IJoinRoom[],
): parley.v1.IJoinRoom[] {
  const { config } = session.ctx;
  const own = requested.length
    ? requested
    : [{ room: config.defaultRoom, historyLimit: config.historyOnJoin }];
  const named = new Set(own.map((request) => canonicalRoom(request.room ?? "", config.maxRoomNameChars)));
  const more = theirs
    .map((room) => (typeof room === "string" ? room : room.name))
    .filter((room) => !named.has(room))
    .map((room) => ({ room, historyLimit: config.historyOnJoin }));
  return [...own, ...more];
}

/**
 * Joins a Login's rooms (or the default room), each with its history, in the order named. Not a
 * promise when the store answered every room at once: the whole reply then leaves in one write.
 */
function joinRooms(
  session: ChatSession,
  hold: EventHold,
  requestId: number,
  requested: parley.v1.IJoinRoom[],
): Awaitable<void> {
  const { ctx } = session;
  const rooms = requested.length
    ? requested
    : [{ room: ctx.config.defaultRoom, historyLimit: ctx.config.historyOnJoin }];
  // Each room is answered on its own: one refused room does not stop the others. A room named
  // twice is joined once (its first mention counts), and all the History shares one budget.
  const budget = historyBudget(ctx.config.maxHistoryBytesPerRequest);
  const refused = (error: unknown) =>
    hold.send(errorReply(requestId, error, (bug) => ctx.logger.error({ err: bug }, "joining a room failed")));
  const distinct = distinctRooms(rooms, ctx.config.maxRoomNameChars).slice(0, ctx.config.maxRoomsPerSession);
  return eachInTurn(distinct, (request) => {
    // Over the send-queue limit the session closes mid-loop: join nothing more.
    if ((session.state as SessionPhase) !== "online") return;
    let entering: Promise<void> | undefined;
    try {
      entering = enterRoom(session, hold, requestId, request, budget);
    } catch (error) {
      refused(error);
      return;
    }
    return entering?.catch(refused);
  });
}

/** The rooms of a Login with later mentions of the same room (by its canonical name) dropped. */
function distinctRooms(rooms: parley.v1.IJoinRoom[], maxRoomNameChars: number): parley.v1.IJoinRoom[] {
  const seen = new Set<string>();
  return rooms.filter((request) => {
    const key = canonicalRoom(request.room ?? "", maxRoomNameChars) || (request.room ?? "");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
