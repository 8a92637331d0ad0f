import { createEngine, type Engine } from "../engine.js";
import { engineOptionsFor, selectPacks } from "./pack.js";

/**
 * One engine per department's built-in packs (none: the core alone), each built on first use, since building compiles
 * the lexicons (about 200 ms): the page and the extension judge a draft the way the CLI and the server do.
 */
export function departmentEngines(): (department: string | undefined) => Engine {
  const engines = new Map<string, Engine>();
  return (department) => {
    const key = department ?? "";
    let engine = engines.get(key);
    if (!engine) engines.set(key, (engine = createEngine(engineOptionsFor(selectPacks(department ? { department } : {})))));
    return engine;
  };
}
