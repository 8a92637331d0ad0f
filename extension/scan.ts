/**
 * What no bundle of the extension may contain: a way to send what a person types elsewhere (fetch, XHR, WebSocket,
 * beacon, EventSource, WebRTC) or to run code that is not in the package (eval, the Function constructor, string timers, dynamic
 * import, a script element, importScripts).
 */
const FORBIDDEN: readonly { name: string; pattern: RegExp }[] = [
  { name: "fetch", pattern: /\bfetch\s*\(/ },
  { name: "XMLHttpRequest", pattern: /\bXMLHttpRequest\b/ },
  { name: "WebSocket", pattern: /\bWebSocket\b/ },
  { name: "sendBeacon", pattern: /\bsendBeacon\b/ },
  { name: "EventSource", pattern: /\bEventSource\b/ },
  { name: "RTCPeerConnection", pattern: /\bRTCPeerConnection\b/ },
  { name: "eval", pattern: /(?<![.\w$])eval\s*\(/ },
  // With or without `new`: `Function("return this")()` is eval too.
  { name: "Function constructor", pattern: /(?<![.\w$])(?:new\s+)?Function\s*\(/ },
  { name: "string timer", pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
  { name: "dynamic import", pattern: /(?<![.\w$])import\s*\(/ },
  { name: "importScripts", pattern: /\bimportScripts\s*\(/ },
  { name: "script element", pattern: /createElement\s*\(\s*["'`]script["'`]/i },
  { name: "remote script", pattern: /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i },
];

/** The forbidden APIs a bundle (or page) contains, each with a short excerpt of where. */
export function forbiddenApis(source: string): string[] {
  const found: string[] = [];
  for (const { name, pattern } of FORBIDDEN) {
    const m = pattern.exec(source);
    if (m) found.push(`${name} at "${source.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, " ")}"`);
  }
  return found;
}
