// One judging worker of a JudgePool (judge-pool.ts): builds the scan's judge once, then judges each chunk it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { configuredAssess } from "../config/config.js";
import { judgedByCalendar } from "../core/calendar.js";
import { assess, type Batchable } from "../core/engine.js";
import { Collector } from "./heap.js";
import { assessItems } from "./judge.js";
import { answerChecks, checkReply, toThread } from "./judge-pool.js";
import { BilingualError } from "../core/message.js";
import type { JudgeReply, JudgeRequest, JudgeSpec } from "./judge-pool.js";

if (parentPort) {
  const port = parentPort;
  const spec = workerData as JudgeSpec;
  const judge = spec.loaded ? configuredAssess(spec.loaded, { packs: spec.packs }) : assess;
  // `check`'s judge, made at its first chunk: its department, and the election calendar where the activity says none.
  let checker: Batchable | undefined;
  const checkJudge = () =>
    (checker ??= spec.loaded
      ? judgedByCalendar(configuredAssess(spec.loaded, { ...(spec.department !== undefined ? { department: spec.department } : {}), packs: spec.packs }), spec.loaded.config.profile)
      : judgedByCalendar(assess, undefined));
  const options = spec.lang ? { lang: spec.lang } : {};
  // This thread's heap grows as lazily as the reading thread's: it is collected as often (heap.ts).
  const collector = new Collector();
  port.on("message", (request: JudgeRequest) => {
    let reply: JudgeReply;
    try {
      // Sent with each cited statement as its id (compact.ts): the reading thread reads them back as the corpus's own
      // objects, and a finding's guidance, most of its size, is not copied between threads.
      if ("checks" in request) {
        const check = checkJudge();
        const lines = spec.lines ?? { config: [], visible: false, newline: true };
        reply = { id: request.id, ...checkReply(answerChecks(check, request.checks, options, lines), lines) };
      } else reply = { id: request.id, assessments: assessItems(request.jobs, spec.lang, judge).map(toThread) };
    } catch (e) {
      reply = { id: request.id, error: { message: (e as Error).message, name: (e as Error).name, ...(e instanceof BilingualError ? { text: e.text } : {}) } };
    }
    // A chunk's lines are one buffer, moved to the reading thread rather than copied.
    port.postMessage(reply, "bytes" in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
    collector.counted("checks" in request ? request.checks.length : request.jobs.length);
  });
}
