/**
 * Output lines, each encoded as it is made, written together: encoding a batch of lines joined into one string cost
 * about twice as much (the long string built by concatenation is flattened first). `scan --jsonl` and `check --jsonl`
 * write through it.
 */
export class EncodedLines {
  private chunks: Uint8Array[] = [];
  /** The bytes pushed since the last `take`. */
  bytes = 0;

  push(line: string): void {
    const chunk = Buffer.from(line);
    this.chunks.push(chunk);
    this.bytes += chunk.length;
  }

  /** Lines already encoded. */
  pushBytes(bytes: Uint8Array): void {
    this.chunks.push(bytes as Buffer);
    this.bytes += bytes.length;
  }

  /** Every line pushed since the last call, as one buffer (empty when none was). */
  take(): Buffer {
    const all = Buffer.concat(this.chunks, this.bytes);
    this.chunks = [];
    this.bytes = 0;
    return all;
  }
}
