// StatusFeed: listeners hear changes at once; iterators start at the current status, yield every
// change in order however fast they come, and finish on end() or break.
import { describe, expect, it } from "vitest";
import type { Status } from "./status.js";
import { StatusFeed } from "./status-feed.js";

const online: Status = { type: "online" };
const lost: Status = { type: "reconnecting", attempt: 2, retryAtMs: 5000, reason: "connection reset" };
const closed: Status = { type: "closed", reason: "you quit" };

describe("StatusFeed", () => {
  it("calls listeners on each change until they unsubscribe", () => {
    const feed = new StatusFeed({ type: "connecting", attempt: 1 });
    const heard: string[] = [];
    const unsubscribe = feed.onStatus((s) => heard.push(s.type));
    feed.publish(online);
    feed.publish(lost);
    unsubscribe();
    feed.publish(online);
    expect(heard).toEqual(["online", "reconnecting"]);
    expect(feed.current).toBe(online);
  });

  it("publishes a change only: the same status again is not news", () => {
    const feed = new StatusFeed({ type: "connecting", attempt: 1 });
    const heard: Status[] = [];
    feed.onStatus((s) => heard.push(s));
    feed.publish({ type: "connecting", attempt: 1 });
    feed.publish({ type: "connecting", attempt: 2 });
    feed.publish({ type: "connecting", attempt: 2 });
    expect(heard).toEqual([{ type: "connecting", attempt: 2 }]);
  });

  it("iterates from the current status through every change, and ends with the feed", async () => {
    const feed = new StatusFeed({ type: "connecting", attempt: 1 });
    const seen: Status[] = [];
    const reading = (async () => {
      for await (const status of feed) seen.push(status);
    })();
    // Published in one turn, before the reader has run: nothing is lost or merged.
    feed.publish(online);
    feed.publish(lost);
    feed.publish(closed);
    feed.end();
    await reading;
    expect(seen.map((s) => s.type)).toEqual(["connecting", "online", "reconnecting", "closed"]);
    expect(seen[2]).toEqual(lost);
    feed.publish(online);
    expect(feed.current).toBe(closed);
  });

  it("wakes a reader waiting for the next change, and detaches one that breaks out", async () => {
    const feed = new StatusFeed(online);
    const iterator = feed[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: online, done: false });
    const next = iterator.next();
    feed.publish(lost);
    expect(await next).toEqual({ value: lost, done: false });
    for await (const status of feed) {
      expect(status).toBe(lost);
      break;
    }
    // The broken-out reader is gone; the first one still hears changes.
    feed.publish(closed);
    expect(await iterator.next()).toEqual({ value: closed, done: false });
    await iterator.return?.();
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it("gives a reader that starts after the end only where things stopped", async () => {
    const feed = new StatusFeed(online);
    feed.publish(closed);
    feed.end();
    const seen: string[] = [];
    for await (const status of feed) seen.push(status.type);
    expect(seen).toEqual(["closed"]);
    expect(feed.isEnded).toBe(true);
  });
});
