/// <reference lib="dom" />
// How the pages ask the Impartial server on this computer: JSON in, JSON out, its refusals kept in its own words.

import type { Lang } from "../src/core/model.js";
import { errorText } from "./review-view.js";

/** A refusal of the server, with its own words; status 0 when it did not answer at all. */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Calls the server's API; `networkError` is what to say when the server does not answer. */
export async function callApi<T>(path: string, lang: Lang, networkError: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    // The server words its refusals in the page's language.
    response = await fetch(path, { ...init, headers: { Accept: "application/json", "Accept-Language": lang, ...(init?.headers ?? {}) } });
  } catch {
    throw new ServerError(0, networkError);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ServerError(response.status, errorText(response.status, body));
  return body as T;
}
