import type { Message } from "../core/message.js";
import { dateToIso } from "./item-fields.js";
import { CarBlockIterator } from "@ipld/car/iterator";
import * as dagCbor from "@ipld/dag-cbor";
import { entryName, errorMessage, listEntries, UNKNOWN_DATE, type ExportSource } from "./source.js";
import { filePosition, ImportError, type ExportEntry, type HistoryItem } from "./types.js";

type Json = Record<string, unknown>;

/** A content identifier as @ipld/dag-cbor decodes it: it names itself through `asCID`. */
interface Cid {
  readonly asCID: unknown;
  readonly bytes: Uint8Array;
  toString(): string;
}

interface MstNode {
  l: Cid | null;
  e: { p: number; k: Uint8Array; v: Cid; t: Cid | null }[];
}

/** One CAR holds one account's repository; the merkle search tree maps `collection/rkey` paths to record CIDs. */
interface RepoTree {
  did: string;
  /** When the repository was last written (its commit's rev, a timestamp id): the date of records that carry none. */
  revisedAt: string | undefined;
  /** Record CID → the paths that hold it (identical records share a CID). */
  paths: Map<string, string[]>;
}

const TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

/**
 * Reads Bluesky repository exports (`.car`, as "Export my data" or com.atproto.sync.getRepo gives them):
 * posts, replies, likes, reposts and follows that the repository's current commit holds.
 * Two passes over the file keep memory to the tree's size: the first reads the commit and the tree, the second the records.
 */
export async function* importBluesky(source: ExportSource): AsyncGenerator<HistoryItem> {
  for (const entry of await listEntries(source)) {
    if (entryName(entry).endsWith(".car")) yield* importRepository(entry, source.warnings);
  }
}

async function* importRepository(entry: ExportEntry, warnings: Message[]): AsyncGenerator<HistoryItem> {
  const tree = await readRepoTree(entry, warnings);
  const remaining = tree.paths;
  let index = 0;
  // An undated bio in a repository without a rev waits to be dated by the repository's newest record.
  const undated: HistoryItem[] = [];
  let newest = "";
  try {
    for await (const block of await CarBlockIterator.fromIterable(await entry.open())) {
      const paths = remaining.get(block.cid.toString());
      index += 1;
      if (!paths) continue;
      remaining.delete(block.cid.toString());
      const record = decodeBlock(block.bytes);
      if (!record) {
        warnings.push({ en: `${entry.path} (block ${index - 1}): skipped a record that is not valid DAG-CBOR`, fr: `${entry.path} (bloc ${index - 1}) : enregistrement ignoré, ce n'est pas du DAG-CBOR valide` });
        continue;
      }
      for (const path of paths) {
        const item = recordItem(tree, path, record, entry);
        if (!item) continue;
        if (item.createdAt === UNKNOWN_DATE && item.action === "profile") {
          undated.push(item);
          continue;
        }
        if (item.createdAt > newest) newest = item.createdAt;
        yield item;
      }
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError({ en: `cannot be read as a CAR file (${errorMessage(error)})`, fr: `ne peut pas être lu comme un fichier CAR (${errorMessage(error)})` }, entry.path, filePosition("block", index));
  }
  for (const item of undated) yield newest ? { ...item, createdAt: newest } : item;
  if (remaining.size > 0) warnings.push({ en: `${entry.path}: ${remaining.size} records named by the repository tree are missing from the file`, fr: `${entry.path} : ${remaining.size} enregistrements nommés par l'arbre du dépôt manquent dans le fichier` });
}

async function readRepoTree(entry: ExportEntry, warnings: Message[]): Promise<RepoTree> {
  const nodes = new Map<string, MstNode>();
  let commit: Json | undefined;
  let rootKey: string | undefined;
  let index = 0;
  try {
    const blocks = await CarBlockIterator.fromIterable(await entry.open());
    const root = (await blocks.getRoots())[0];
    if (!root) throw new ImportError({ en: "is a CAR file without a root, not a Bluesky repository export", fr: "est un fichier CAR sans racine, et non une exportation de dépôt Bluesky" }, entry.path);
    rootKey = root.toString();
    for await (const block of blocks) {
      const key = block.cid.toString();
      if (key === rootKey) commit = decodeBlock(block.bytes);
      else if (mayBeTreeNode(block.bytes)) {
        const node = decodeBlock(block.bytes);
        if (isMstNode(node)) nodes.set(key, node);
      }
      index += 1;
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError({ en: `cannot be read as a CAR file (${errorMessage(error)})`, fr: `ne peut pas être lu comme un fichier CAR (${errorMessage(error)})` }, entry.path, filePosition("block", index));
  }
  const did = asString(commit?.["did"]);
  const data = commit?.["data"];
  if (!did || !isCid(data)) throw new ImportError({ en: "is not a Bluesky repository export: its root block is not a repository commit", fr: "n'est pas une exportation de dépôt Bluesky : son bloc racine n'est pas un commit de dépôt" }, entry.path);
  const paths = new Map<string, string[]>();
  const missing = walkTree(data, nodes, (path, cid) => paths.set(cid.toString(), [...(paths.get(cid.toString()) ?? []), path]));
  if (missing > 0) warnings.push({ en: `${entry.path}: ${missing} parts of the repository tree are missing; the records under them were not read`, fr: `${entry.path} : ${missing} parties de l'arbre du dépôt manquent; les enregistrements qu'elles contiennent n'ont pas été lus` });
  const rev = asString(commit?.["rev"]);
  return { did, paths, revisedAt: rev ? tidTime(rev) : undefined };
}

/** Visits every leaf of the merkle search tree in key order; returns how many subtrees were absent from the file. */
function walkTree(root: Cid, nodes: Map<string, MstNode>, visit: (path: string, value: Cid) => void): number {
  let missing = 0;
  const decoder = new TextDecoder();
  const walk = (cid: Cid) => {
    const node = nodes.get(cid.toString());
    if (!node) {
      missing += 1;
      return;
    }
    if (node.l) walk(node.l);
    let previous = "";
    for (const entry of node.e) {
      const key = previous.slice(0, entry.p) + decoder.decode(entry.k);
      visit(key, entry.v);
      previous = key;
      if (entry.t) walk(entry.t);
    }
  };
  walk(root);
  return missing;
}

/** A tree node is a two-key map whose keys, in DAG-CBOR's order, are "e" then "l"; cheap to spot before decoding. */
function mayBeTreeNode(bytes: Uint8Array): boolean {
  return bytes[0] === 0xa2 && bytes[1] === 0x61 && bytes[2] === 0x65;
}

function isMstNode(value: unknown): value is MstNode {
  const node = asJson(value);
  if (!node || !("l" in node) || !Array.isArray(node["e"])) return false;
  if (node["l"] !== null && !isCid(node["l"])) return false;
  return node["e"].every((entry: unknown) => {
    const fields = asJson(entry);
    return fields !== undefined && typeof fields["p"] === "number" && fields["k"] instanceof Uint8Array && isCid(fields["v"]) && (fields["t"] === null || isCid(fields["t"]));
  });
}

function recordItem({ did, revisedAt }: RepoTree, path: string, record: Json, entry: ExportEntry): HistoryItem | undefined {
  const slash = path.indexOf("/");
  const collection = path.slice(0, slash);
  const rkey = path.slice(slash + 1);
  const base = {
    platform: "bluesky" as const,
    id: `at://${did}/${path}`,
    createdAt: dateToIso(asString(record["createdAt"])) ?? tidTime(rkey) ?? revisedAt ?? UNKNOWN_DATE,
    visibility: "public" as const,
    sourceFile: entry.path,
  };
  const subject = asJson(record["subject"]);
  const subjectUri = asString(subject?.["uri"]);
  switch (collection) {
    case "app.bsky.feed.post": {
      const parent = asString(asJson(asJson(record["reply"])?.["parent"])?.["uri"]);
      const text = expandLinkFacets(asString(record["text"]) ?? "", record["facets"]);
      const item: HistoryItem = { ...base, action: parent ? "reply" : "post", text, url: `https://bsky.app/profile/${did}/post/${rkey}` };
      if (parent) item.inReplyTo = parent;
      return item;
    }
    case "app.bsky.feed.like":
    case "app.bsky.feed.repost":
      if (!subjectUri) return undefined;
      return { ...base, action: collection === "app.bsky.feed.like" ? "like" : "share", text: subjectUri, ...postUrl(subjectUri) };
    case "app.bsky.graph.follow": {
      const followed = asString(record["subject"]);
      if (!followed) return undefined;
      return { ...base, action: "follow", text: followed, url: `https://bsky.app/profile/${followed}` };
    }
    case "app.bsky.actor.profile": {
      // The bio: where an account can look official or name an employer without a disclaimer.
      const bio = [asString(record["displayName"]), asString(record["description"])].filter((part): part is string => !!part && part.trim() !== "").join("\n");
      if (bio === "") return undefined;
      return { ...base, action: "profile", text: bio, url: `https://bsky.app/profile/${did}` };
    }
    default:
      return undefined;
  }
}

/**
 * Puts each link facet's full URI in place of its shortened display text.
 * Facet offsets count UTF-8 bytes, so the text is cut as bytes, never as UTF-16 code units.
 */
export function expandLinkFacets(text: string, facets: unknown): string {
  const bytes = Buffer.from(text, "utf8");
  const atBoundary = (offset: number) => offset === bytes.length || ((bytes[offset] ?? 0) & 0xc0) !== 0x80;
  const links: { start: number; end: number; uri: string }[] = [];
  for (const facet of Array.isArray(facets) ? facets : []) {
    const index = asJson(asJson(facet)?.["index"]);
    const start = index?.["byteStart"];
    const end = index?.["byteEnd"];
    const link = asArray(asJson(facet)?.["features"]).map(asJson).find((feature) => feature?.["$type"] === "app.bsky.richtext.facet#link");
    const uri = asString(link?.["uri"]);
    if (typeof start !== "number" || typeof end !== "number" || !uri) continue;
    if (start < 0 || end <= start || end > bytes.length || !atBoundary(start) || !atBoundary(end)) continue;
    links.push({ start, end, uri });
  }
  links.sort((a, b) => a.start - b.start);
  let expanded = "";
  let cursor = 0;
  for (const link of links) {
    if (link.start < cursor) continue;
    expanded += bytes.toString("utf8", cursor, link.start) + link.uri;
    cursor = link.end;
  }
  return expanded + bytes.toString("utf8", cursor);
}

function postUrl(uri: string): { url?: string } {
  const parts = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(uri);
  return parts ? { url: `https://bsky.app/profile/${parts[1]}/post/${parts[2]}` } : {};
}

/** Record keys are TIDs: base32-sortable microseconds since 1970 above ten bits of clock id. */
function tidTime(rkey: string): string | undefined {
  if (!/^[2-7a-z]{13}$/.test(rkey)) return undefined;
  let value = 0n;
  for (const char of rkey) value = (value << 5n) | BigInt(TID_ALPHABET.indexOf(char));
  const micros = value >> 10n;
  const time = Number(micros / 1000n);
  return time > Date.UTC(2022, 0, 1) && time < Date.now() + 86_400_000 ? new Date(time).toISOString() : undefined;
}

function decodeBlock(bytes: Uint8Array): Json | undefined {
  try {
    return asJson(dagCbor.decode(bytes));
  } catch {
    return undefined;
  }
}

function isCid(value: unknown): value is Cid {
  return typeof value === "object" && value !== null && (value as { asCID?: unknown }).asCID === value;
}

function asJson(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
