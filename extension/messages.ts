/** What the loader asks the background: inject the full content script into the frame that sent it. */
export const INJECT_MESSAGE = "impartial:inject";
