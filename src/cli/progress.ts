import type { Lang } from "../core/model.js";
import { fractionRead, type ReadingPosition } from "../importers/reading.js";
import { terminalSafe } from "./terminal.js";

/**
 * Items read, items per second and the file being read (with how far into it, when its size is known) on stderr,
 * redrawn at most ten times a second, only on a terminal.
 */
export class Progress {
  private count = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly live: boolean;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly lang: Lang,
    private readonly reading: () => ReadingPosition | undefined = () => undefined,
  ) {
    this.live = stream.isTTY === true && !process.env.CI;
  }

  tick(): void {
    this.count++;
    if (!this.live) return;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw(now);
  }

  done(): void {
    if (!this.live) return;
    this.draw(Date.now());
    this.stream.write("\n");
  }

  private draw(now: number): void {
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = Math.round(this.count / seconds);
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 50));
    const filled = Math.floor((now / 120) % (width + 1));
    const bar = `${"░".repeat(filled)}█${"░".repeat(Math.max(0, width - filled))}`;
    const label = this.lang === "fr" ? `${this.count} éléments · ${rate}/s · ${seconds.toFixed(1)} s` : `${this.count} items · ${rate}/s · ${seconds.toFixed(1)} s`;
    this.stream.write(`\r${bar} ${label}${readingLabel(this.reading(), this.lang)}\u001b[K`);
  }
}

/** " · tweets.js 45 %": the file being read and how far into it; the name alone when its size is unknown. */
export function readingLabel(position: ReadingPosition | undefined, lang: Lang): string {
  if (!position) return "";
  // The name comes from the export (a zip entry's): shown inert, like every text of it.
  const name = terminalSafe(position.file.slice(position.file.lastIndexOf("/") + 1), "escape");
  const fraction = fractionRead(position);
  if (fraction === undefined) return ` · ${name}`;
  const percent = Math.floor(fraction * 100);
  return ` · ${name} ${lang === "fr" ? `${percent}\u00a0%` : `${percent}%`}`;
}
