import { defineRule } from "../../rule.js";

const STATCAN_HANDLE = /@statcan_(?:eng|fra|fr)\b/i;
const STATCAN_NAME = /\bstat(?:istics|istique)?\s*can(?:ada)?\b|\bstatscan\b/i;

/** A post is directed at the Agency when it tags its account, or names it and asks it something. */
function directedAtStatCan(post: string): boolean {
  return STATCAN_HANDLE.test(post) || (STATCAN_NAME.test(post) && post.includes("?"));
}

/** At Statistics Canada, only the Communications Division replies to posts directed at the Agency. */
export default defineRule({
  id: "official-capacity/statcan-replies",
  category: "official-capacity",
  level: "risky",
  guidance: ["statcan.official.no-replies", "statcan.official.communications-replies"],
  description: { en: "Statistics Canada staff answering posts addressed to the Agency.", fr: "Personnel de Statistique Canada qui répond à des publications adressées à l'organisme." },
  messages: {
    reply: {
      en: "This answers a post addressed to Statistics Canada. Employees are not allowed to reply to posts directed at the Agency: Communications Division does.",
      fr: "Ceci répond à une publication adressée à Statistique Canada. Le personnel ne peut pas répondre aux publications adressées à l'organisme : c'est la Division des communications qui le fait.",
    },
  },
  lexicons: [],
  actions: ["reply", "comment"],
  examples: {
    valid: [{ text: "Great question, the table is linked in the release.", action: "reply", inReplyTo: "@StatCan_eng where is the CPI table?", lang: "en", note: "not StatCan staff" }],
    invalid: [
      { text: "The table is in the release, check section 3.", action: "reply", inReplyTo: "@StatCan_eng where is the CPI table?", context: { department: "statcan" }, lang: "en" },
      { text: "Le tableau est dans le communiqué.", action: "reply", inReplyTo: "@StatCan_fra où est le tableau de l'IPC?", context: { department: "statcan" }, lang: "fr" },
    ],
  },
  check({ activity, context, report }) {
    if (context.department !== "statcan" || context.authorized) return;
    // Only the answered post says whether it was directed at the Agency; praise on the Agency's own post is not an answer for it.
    if (!directedAtStatCan(activity.inReplyTo ?? "")) return;
    report("reply", { suggestion: { en: "Point the person to Statistics Canada's official account, or let Communications Division answer.", fr: "Dirigez la personne vers le compte officiel de Statistique Canada, ou laissez la Division des communications répondre." } });
  },
});
