// A load-generator process, forked by the coordinator: runs one plan against the server and reports.
// Separate processes keep the client side's CPU apart from the server's and off its event loop.
import { nowUs, sleep } from "./clock.js";
import type { FromWorker, ToWorker } from "./ipc.js";
import { runFile } from "./load/file.js";
import { IdleLoad } from "./load/idle.js";
import { Tally } from "./load/tally.js";
import { TrafficLoad } from "./load/traffic.js";
import type { Plan } from "./plan.js";

const tally = new Tally();
let load: TrafficLoad | IdleLoad | undefined;

function send(message: FromWorker): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(message, () => resolve());
  });
}

async function onPlan(plan: Plan): Promise<void> {
  if (plan.kind === "file") {
    await runFile(plan, tally);
    send({ type: "done", report: tally.report() });
    return;
  }
  load = plan.kind === "traffic" ? new TrafficLoad(plan, tally) : new IdleLoad(plan, tally);
  await load.connect();
  send({ type: "ready", report: tally.report() });
}

async function onStart(atUs: number, warmup: boolean): Promise<void> {
  if (!(load instanceof TrafficLoad)) return;
  load.prepare(warmup);
  await sleep(Math.max(0, (atUs - nowUs()) / 1000));
  tally.startCpu();
  await load.run(atUs);
  tally.stopCpu();
  send({ type: "done", report: tally.report() });
}

process.on("message", (message: ToWorker) => {
  const fail = (error: unknown) => {
    send({ type: "failed", message: (error as Error).stack ?? String(error) });
  };
  if (message.type === "plan") onPlan(message.plan).catch(fail);
  else if (message.type === "start") onStart(message.atUs, message.warmup ?? false).catch(fail);
  else if (message.type === "stop") {
    load?.close();
    const last =
      load instanceof IdleLoad ? send({ type: "done", report: tally.report() }) : Promise.resolve();
    last.then(() => process.exit(0));
  }
});
process.on("disconnect", () => process.exit(0));
send({ type: "online" });
