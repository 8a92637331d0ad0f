// One judging worker of a JudgePool (judge-pool.ts): builds the scan's judge once, then judges each chunk it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { configuredAssess } from "../config/config.js";
import { assess } from "../core/engine.js";
import { Collector } from "./heap.js";
import { assessItem } from "./judge.js";
import { toThread } from "./judge-pool.js";
import { BilingualError } from "../core/message.js";
import type { JudgeJob, JudgeReply, JudgeSpec } from "./judge-pool.js";

if (parentPort) {
  const port = parentPort;
  const spec = workerData as JudgeSpec;
  const judge = spec.loaded ? configuredAssess(spec.loaded, { packs: spec.packs }) : assess;
  // This thread's heap grows as lazily as the reading thread's: it is collected as often (heap.ts).
  const collector = new Collector();
  port.on("message", ({ id, jobs }: { id: number; jobs: JudgeJob[] }) => {
    let reply: JudgeReply;
    try {
      // Sent with each cited statement as its id (compact.ts): the reading thread reads them back as the corpus's own
      // objects, and a finding's guidance, most of its size, is not copied between threads.
      reply = { id, assessments: jobs.map((job) => toThread(assessItem(job.item, job.context, spec.lang, judge))) };
    } catch (e) {
      reply = { id, error: { message: (e as Error).message, name: (e as Error).name, ...(e instanceof BilingualError ? { text: e.text } : {}) } };
    }
    port.postMessage(reply);
    collector.counted(jobs.length);
  });
}
