// The routes of "this finding looks wrong": the page adds a report, lists them, downloads them as JSON lines and
// deletes them. Reports hold a person's drafts, so even the reading routes answer only the page's own origin.

import type { IncomingMessage } from "node:http";
import { rulesVersion } from "../core/engine.js";
import { FeedbackError } from "../store/feedback.js";
import type { ReviewStore } from "../store/store.js";
import { HttpError, readJsonBody, textOf } from "./http.js";
import type { Route } from "./server.js";

/** The name a JSONL export is saved under. */
export const FEEDBACK_FILENAME = "impartial-feedback.jsonl";

/**
 * The browser says where a request comes from (Sec-Fetch-Site); a page of another site that links or points a script
 * at these routes is refused, as POSTs already are, though it could not read the answer anyway (no CORS, CORP same-origin).
 */
function refuseOtherSites(req: IncomingMessage): void {
  const site = req.headers["sec-fetch-site"];
  if (site === "cross-site" || site === "same-site") throw new HttpError(403, { en: "requests from another site are refused", fr: "les requêtes d'un autre site sont refusées" });
}

function fromStore<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof FeedbackError) throw new HttpError(e.kind === "missing" ? 404 : 400, textOf(e));
    throw e;
  }
}

/** `{"id": 3}` deletes one report, `{"all": true, "confirm": true}` every one. */
function deletionOf(body: unknown): { id: number } | { all: true } {
  const usage = { en: 'send {"id": 3} to delete one report, or {"all": true, "confirm": true} to delete every one', fr: 'envoyez {"id": 3} pour supprimer un signalement, ou {"all": true, "confirm": true} pour tous les supprimer' };
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HttpError(400, usage);
  const o = body as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!["id", "all", "confirm"].includes(key)) throw new HttpError(400, { en: `"${key}" is not a field here; ${usage.en}`, fr: `« ${key} » n'est pas un champ accepté ici ; ${usage.fr}` });
  if (o.id !== undefined) {
    if (o.all !== undefined || o.confirm !== undefined) throw new HttpError(400, usage);
    if (typeof o.id !== "number" || !Number.isSafeInteger(o.id) || o.id < 1) throw new HttpError(400, { en: '"id" must be a report\'s number, a whole number from 1', fr: "« id » doit être le numéro d'un signalement, un nombre entier à partir de 1" });
    return { id: o.id };
  }
  if (o.all !== true) throw new HttpError(400, usage);
  if (o.confirm !== true) throw new HttpError(400, { en: `deleting every report cannot be undone, so it takes "confirm": true; ${usage.en}`, fr: `la suppression de tous les signalements est définitive : elle demande "confirm": true ; ${usage.fr}` });
  return { all: true };
}

/** The feedback routes, reading the review database `store` gives (which throws a 503 when none is open). */
export function feedbackRoutes(store: () => ReviewStore): Record<string, Route> {
  const version = rulesVersion();
  return {
    "/api/feedback": {
      method: "GET",
      handle: ({ req }) => {
        refuseOtherSites(req);
        const reports = store().feedback.list();
        return [200, { total: reports.length, reports }];
      },
    },
    "/api/feedback/report": {
      method: "POST",
      handle: async ({ req }) => {
        const reports = store().feedback;
        const body = await readJsonBody(req);
        return [201, fromStore(() => reports.add(body, version))];
      },
    },
    "/api/feedback/export.jsonl": {
      method: "GET",
      handle: ({ req, url }) => {
        refuseOtherSites(req);
        for (const key of url.searchParams.keys()) if (key !== "lang") throw new HttpError(400, { en: `"${key}" is not a parameter of ${url.pathname}; it takes lang (en or fr) only`, fr: `« ${key} » n'est pas un paramètre de ${url.pathname} ; seul lang (en ou fr) est accepté` });
        return { download: { body: store().feedback.jsonl(), contentType: "application/x-ndjson; charset=utf-8", filename: FEEDBACK_FILENAME } };
      },
    },
    "/api/feedback/delete": {
      method: "POST",
      handle: async ({ req }) => {
        const reports = store().feedback;
        const what = deletionOf(await readJsonBody(req));
        if ("id" in what) {
          fromStore(() => reports.delete(what.id));
          return [200, { deleted: 1 }];
        }
        return [200, { deleted: reports.deleteAll() }];
      },
    },
  };
}
