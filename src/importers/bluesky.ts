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

/** A tree node as kept between the passes: CIDs as their bytes in a string, far lighter than decoded CID objects. */
interface TreeNode {
  l: string | null;
  e: { p: number; k: Uint8Array; v: string; t: string | null }[];
}

/** A CID's bytes as a string, the key it is looked up by: cheaper than its base32 form, and not cached on the CID. */
function cidKey(cid: { readonly bytes: Uint8Array }): string {
  return Buffer.from(cid.bytes.buffer, cid.bytes.byteOffset, cid.bytes.byteLength).toString("latin1");
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
      const key = cidKey(block.cid);
      const paths = remaining.get(key);
      index += 1;
      if (!paths) continue;
      remaining.delete(key);
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
  const nodes = new Map<string, TreeNode>();
  let commit: Json | undefined;
  let rootKey: string | undefined;
  let index = 0;
  try {
    const blocks = await CarBlockIterator.fromIterable(await entry.open());
    const root = (await blocks.getRoots())[0];
    if (!root) throw new ImportError({ en: "is a CAR file without a root, not a Bluesky repository export", fr: "est un fichier CAR sans racine, et non une exportation de dépôt Bluesky" }, entry.path);
    rootKey = cidKey(root);
    for await (const block of blocks) {
      const key = cidKey(block.cid);
      if (key === rootKey) commit = decodeBlock(block.bytes);
      else if (mayBeTreeNode(block.bytes)) {
        const node = decodeBlock(block.bytes);
        if (isMstNode(node)) nodes.set(key, treeNode(node));
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
  const walk = walkTree(cidKey(data), nodes, (path, record) => {
    const held = paths.get(record);
    if (held) held.push(path);
    else paths.set(record, [path]);
  });
  warnings.push(...treeWarnings(entry.path, walk));
  const rev = asString(commit?.["rev"]);
  return { did, paths, revisedAt: rev ? tidTime(rev) : undefined };
}

/** How deep the tree may go: a real repository's is under 20 (a level per 2 bits of a key's hash), however large. */
export const MAX_TREE_DEPTH = 128;

/** What was wrong with the shape of a repository tree: each is counted, and the walk goes on around it. */
interface TreeWalk {
  /** Subtrees named by the tree but absent from the file. */
  missing: number;
  /** Links back to a node on the path from the root to it: followed, they would loop for ever. */
  loops: number;
  /** Links to a node already read through another branch: followed, they would read it (and all under it) again. */
  shared: number;
  /** Subtrees below MAX_TREE_DEPTH, not read. */
  tooDeep: number;
}

interface Frame {
  node: TreeNode;
  key: string;
  depth: number;
  /** The next entry to visit; -1 while the left subtree is pending. */
  next: number;
  previous: string;
}

/**
 * Visits every leaf of the merkle search tree in key order, each node once, in time linear in the tree: an explicit
 * stack instead of recursion (a deep chain cannot exhaust the call stack), a visited set (a loop or a subtree shared
 * by two branches is not read again) and a depth bound.
 */
function walkTree(root: string, nodes: Map<string, TreeNode>, visit: (path: string, record: string) => void): TreeWalk {
  const walk: TreeWalk = { missing: 0, loops: 0, shared: 0, tooDeep: 0 };
  const decoder = new TextDecoder();
  const visited = new Set<string>();
  const onPath = new Set<string>();
  const stack: Frame[] = [];
  const enter = (key: string, depth: number) => {
    if (onPath.has(key)) walk.loops += 1;
    else if (visited.has(key)) walk.shared += 1;
    else if (depth > MAX_TREE_DEPTH) walk.tooDeep += 1;
    else {
      const node = nodes.get(key);
      visited.add(key);
      if (!node) {
        walk.missing += 1;
        return;
      }
      onPath.add(key);
      stack.push({ node, key, depth, next: -1, previous: "" });
    }
  };
  enter(root, 1);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === -1) {
      frame.next = 0;
      if (frame.node.l) enter(frame.node.l, frame.depth + 1);
      continue;
    }
    const entry = frame.node.e[frame.next];
    if (!entry) {
      onPath.delete(frame.key);
      stack.pop();
      continue;
    }
    frame.next += 1;
    const key = frame.previous.slice(0, entry.p) + decoder.decode(entry.k);
    visit(key, entry.v);
    frame.previous = key;
    if (entry.t) enter(entry.t, frame.depth + 1);
  }
  return walk;
}

/** What the walk met that a well-formed repository never has, said in both languages with the file's name. */
function treeWarnings(file: string, { missing, loops, shared, tooDeep }: TreeWalk): Message[] {
  const warnings: Message[] = [];
  if (missing > 0) warnings.push({ en: `${file}: ${missing} parts of the repository tree are missing; the records under them were not read`, fr: `${file} : ${missing} parties de l'arbre du dépôt manquent; les enregistrements qu'elles contiennent n'ont pas été lus` });
  if (loops > 0) warnings.push({ en: `${file}: the repository tree is damaged: ${loops} links loop back to a node above them; they were not followed`, fr: `${file} : l'arbre du dépôt est endommagé : ${loops} liens reviennent à un nœud au-dessus d'eux; ils n'ont pas été suivis` });
  if (shared > 0) warnings.push({ en: `${file}: the repository tree is damaged: ${shared} links lead to a subtree already read through another branch; its records were read once`, fr: `${file} : l'arbre du dépôt est endommagé : ${shared} liens mènent à un sous-arbre déjà lu par une autre branche; ses enregistrements ont été lus une seule fois` });
  if (tooDeep > 0) warnings.push({ en: `${file}: the repository tree is deeper than ${MAX_TREE_DEPTH} levels (a real one is under 20); ${tooDeep} subtrees below that depth were not read`, fr: `${file} : l'arbre du dépôt a plus de ${MAX_TREE_DEPTH} niveaux (un vrai en a moins de 20); ${tooDeep} sous-arbres plus profonds n'ont pas été lus` });
  return warnings;
}

/** A tree node is a two-key map whose keys, in DAG-CBOR's order, are "e" then "l"; cheap to spot before decoding. */
function mayBeTreeNode(bytes: Uint8Array): boolean {
  return bytes[0] === 0xa2 && bytes[1] === 0x61 && bytes[2] === 0x65;
}

function treeNode(node: MstNode): TreeNode {
  return { l: node.l ? cidKey(node.l) : null, e: node.e.map((entry) => ({ p: entry.p, k: entry.k, v: cidKey(entry.v), t: entry.t ? cidKey(entry.t) : null })) };
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
