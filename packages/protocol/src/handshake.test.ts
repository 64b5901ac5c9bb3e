// logInResuming, the login both clients make on every connection: one round trip when it can, the
// default room when it must wait for the Welcome, retries while the client says so, a refused Hello
// reported once.
import { describe, expect, it } from "vitest";
import { ServerError } from "./errors.js";
import { type LoginResult, logInResuming, type ResumingLogin } from "./handshake.js";
import { ErrorCode, type JoinRoom, type Welcome } from "./messages.js";

/** A promise with its settling functions, to decide in the test when the server "answers". */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const granted = (nick: string): LoginResult => ({ welcome: {}, loggedIn: { nick }, nick });
const nickInUse = () => new ServerError(ErrorCode.ERROR_CODE_NICK_IN_USE, "nick in use", false, 0, 0);

/** A plan over a list of rooms, recording each Login's rooms and the order of events. */
function planOf(answers: (() => Promise<LoginResult>)[], options: Partial<ResumingLogin> = {}) {
  const events: string[] = [];
  const sent: JoinRoom[][] = [];
  const rooms: JoinRoom[] = [{ room: "ops", resume: true, sinceSeq: 7 }];
  const plan: ResumingLogin = {
    rooms: () => [...rooms],
    login: (asked) => {
      sent.push(asked);
      events.push(`login ${sent.length}`);
      return answers[sent.length - 1]!();
    },
    awaitWelcome: false,
    welcomed: (welcome) => events.push(`welcome ${welcome.defaultRoom}`),
    retry: () => false,
    ...options,
  };
  return { plan, events, sent, rooms };
}

describe("logInResuming", () => {
  it("sends the Login right behind the Hello, before the Welcome is in", async () => {
    const hello = deferred<Welcome>();
    const { plan, events } = planOf([() => Promise.resolve(granted("ana"))]);
    const done = logInResuming(hello.promise, plan);
    expect(events).toEqual(["login 1"]);
    hello.resolve({ defaultRoom: "lobby" });
    await expect(done).resolves.toMatchObject({ nick: "ana" });
    expect(events).toEqual(["login 1", "welcome lobby"]);
  });

  it("holds the first Login for the Welcome when it must, and sends the rooms as the Welcome left them", async () => {
    const hello = deferred<Welcome>();
    const { plan, events, sent, rooms } = planOf([() => Promise.resolve(granted("ana"))], {
      awaitWelcome: true,
      welcomed: (welcome) => {
        events.push("welcome");
        rooms.unshift({ room: welcome.defaultRoom!, historyLimit: 50 });
      },
    });
    const done = logInResuming(hello.promise, plan);
    await Promise.resolve();
    expect(events).toEqual([]);
    hello.resolve({ defaultRoom: "lobby" });
    await done;
    expect(events).toEqual(["welcome", "login 1"]);
    expect(sent[0]!.map((r) => r.room)).toEqual(["lobby", "ops"]);
  });

  it("sends another Login while retry says so, and fails with the refusal once it does not", async () => {
    let nick = "ana";
    const attempts: number[] = [];
    const retry = (error: unknown, attempt: number) => {
      attempts.push(attempt);
      if (!(error instanceof ServerError) || attempt >= 1) return false;
      nick += "_";
      return true;
    };
    const granting = planOf([() => Promise.reject(nickInUse()), () => Promise.resolve(granted(nick))], {
      retry,
    });
    await expect(logInResuming(Promise.resolve({}), granting.plan)).resolves.toMatchObject({ nick: "ana_" });
    expect(granting.sent).toHaveLength(2);
    expect(attempts).toEqual([0]);

    attempts.length = 0;
    const refusing = planOf([() => Promise.reject(nickInUse()), () => Promise.reject(nickInUse())], {
      retry,
    });
    await expect(logInResuming(Promise.resolve({}), refusing.plan)).rejects.toMatchObject({
      code: ErrorCode.ERROR_CODE_NICK_IN_USE,
    });
    expect(attempts).toEqual([0, 1]);
  });

  it("rejects with the Hello's refusal, not the Login it left unserved, and sends no other", async () => {
    const refusal = new ServerError(ErrorCode.ERROR_CODE_PROTOCOL_VERSION, "too old", true, 0, 0);
    const { plan, sent } = planOf([() => Promise.reject(new Error("connection closed"))]);
    await expect(logInResuming(Promise.reject(refusal), plan)).rejects.toBe(refusal);
    expect(sent).toHaveLength(1);
  });
});
