import { createHash } from "node:crypto";
import { CarWriter, type CarReader } from "@ipld/car";
import * as dagCbor from "@ipld/dag-cbor";

export type Cid = Awaited<ReturnType<CarReader["getRoots"]>>[number];

export interface Block {
  cid: Cid;
  bytes: Uint8Array;
}

/** A CIDv1 (dag-cbor, sha2-256) for these bytes, made by decoding CBOR tag 42 so no extra library is needed. */
export function cidOf(bytes: Uint8Array): Cid {
  const digest = createHash("sha256").update(bytes).digest();
  const cid = Buffer.concat([Buffer.from([0x01, 0x71, 0x12, 0x20]), digest]);
  return dagCbor.decode(Buffer.concat([Buffer.from([0xd8, 0x2a, 0x58, cid.length + 1, 0x00]), cid])) as Cid;
}

export function block(value: unknown): Block {
  const bytes = dagCbor.encode(value);
  return { cid: cidOf(bytes), bytes };
}

/** A CAR file of these blocks, in this order; the reader checks no hashes, so a block may carry a forged CID. */
export async function writeCar(root: Cid, blocks: Block[]): Promise<Buffer> {
  const { writer, out } = CarWriter.create([root]);
  const chunks: Uint8Array[] = [];
  const reading = (async () => {
    for await (const chunk of out) chunks.push(chunk);
  })();
  for (const each of blocks) await writer.put(each);
  await writer.close();
  await reading;
  return Buffer.concat(chunks);
}

export const mstKey = (text: string): Uint8Array => new TextEncoder().encode(text);
