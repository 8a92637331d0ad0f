import type { Lang } from "./model.js";

/** A text in both official languages. */
export interface Message {
  en: string;
  fr: string;
}

/**
 * An error whose message is written in both official languages, so the command line, the HTTP API and the pages can
 * each say it in their user's language. `message` is the English text, for logs and for code that only knows `Error`.
 */
export class BilingualError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
  }
}

/** An error's message in `lang`: the chosen language for a bilingual error, the message as written for any other. */
export function messageIn(error: unknown, lang: Lang): string {
  if (error instanceof BilingualError) return error.text[lang];
  return error instanceof Error ? error.message : String(error);
}
