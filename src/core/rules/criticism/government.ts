import { fold } from "../../normalize.js";
import { defineRule, type RuleContext } from "../../rule.js";
import { evaluationsOf, judgementsOf, type Judgement } from "../../structure/stance.js";
import { isOwnEmployer, targetsOf, type Target } from "../../structure/targets.js";
import { accentFalseFriend, bySentence, cover, findInSentence, midSentence, negated, politicalRefs } from "../util.js";

/** Gov-target terms that name a government or a person who leads one, not a policy or one's own organization. */
const RULER = /^(?:the |le |la |les )?(?:governments?|gouvernements?|(?:prime )?ministers?|(?:premier |premiere )?ministres?|premiers?|pm|cabinet|mayor|maire|mairesse|(?:city )?council|conseil municipal|councillors?|politicians?|politicien\w*|president)$/;

/** Negative judgements aimed at one's organization, the GC, any government, its leaders or policies. */
export default defineRule({
  id: "criticism/government",
  category: "criticism",
  level: "risky",
  guidance: ["tbs.risk.risky.criticizing-organization", "tbs.risk.risky.commenting-government", "csps.dont.criticize-government"],
  description: {
    en: "Criticism of your organization's decisions, the Government of Canada, or any government, leader or policy; comments, even praise, on any government or its leaders.",
    fr: "Critique des décisions de votre organisation, du gouvernement du Canada, ou de tout gouvernement, chef ou politique; commentaires, même élogieux, sur tout gouvernement ou ses dirigeants.",
  },
  messages: {
    answer: {
      en: "“{text}” answers a post about {target} with scorn: others could read it as criticism of your employer or of the government.",
      fr: "« {text} » répond avec mépris à une publication au sujet de {target} : d'autres pourraient y voir une critique de votre employeur ou du gouvernement.",
    },
    criticism: {
      en: "“{text}” criticizes {target}: others could read it as criticism of your employer or of the government.",
      fr: "« {text} » critique {target} : d'autres pourraient y voir une critique de votre employeur ou du gouvernement.",
    },
    comment: {
      en: "“{text}” comments on {target}: even praise of a government or its leaders is commenting on them, and that is risky.",
      fr: "« {text} » commente {target} : même l'éloge d'un gouvernement ou de ses dirigeants est un commentaire à leur sujet, et c'est risqué.",
    },
  },
  lexicons: ["sarcasm", "gov-target", "gc-org", "leader", "party", "negative", "praise"],
  actions: ["post", "comment", "reply", "share", "like", "profile"],
  examples: {
    valid: [
      { text: "Does anyone know when the new telework policy takes effect?", lang: "en", note: "a neutral question" },
      { text: "Quelqu'un sait quand la nouvelle politique entre en vigueur?", lang: "fr" },
      { text: "This heat is killing me.", lang: "en" },
    ],
    invalid: [
      { text: "Once again my organization made a terrible decision on the new scheduling system.", lang: "en" },
      { text: "The premier of Alberta should resign.", lang: "en" },
      { text: "Thank you to the mayor for the new bike lanes, great job!", lang: "en", note: "praise is commenting too" },
      { text: "Le gouvernement a complètement raté la réforme, c'est une honte.", lang: "fr" },
      { text: "The minister's announcement today was pretty disappointing.", lang: "en", note: "mild blame, read from the structure" },
      { text: "On attend encore, comme d'hab 🙃 merci la haute gestion", lang: "fr", note: "ironic thanks" },
    ],
  },
  check({ view, hits, replyTo, context, report }) {
    if (checkWords({ view, hits, replyTo, report })) return;
    // An answer that names no one judges what it answers: « Enfin, c'était attendu depuis longtemps » under a new agreement.
    if (replyTo && targetsOf(view).length === 0) {
      const theirs = targetsOf(replyTo.view).find((t) => CRITICISED.has(t.kind) || isOwnEmployer(t, context.department));
      const judgement = theirs && evaluationsOf(view).find((e) => e.cue !== "scare-quotes" && judged({ target: theirs, evaluation: e }, context.department));
      if (theirs && judgement) {
        const data = { text: view.text.slice(judgement.span[0], judgement.span[1]), target: midSentence(replyTo.view.text.slice(theirs.span[0], theirs.span[1])) };
        report(judgement.polarity === "blame" ? "answer" : "comment", { span: judgement.span, data });
      }
      return;
    }
    // What the words above miss, read from the text's structure: a target (a government, a leader, a decision, one's
    // employer) and a judgement of it, mild, ironic or by emoji ("pretty disappointing", "merci la haute gestion 🙃").
    for (const j of judgementsOf(view)) {
      if (!judged(j, context.department)) continue;
      const span = cover(j.target.span, j.evaluation.span);
      const data = { text: view.text.slice(span[0], span[1]), target: midSentence(view.text.slice(j.target.span[0], j.target.span[1])) };
      report(j.evaluation.polarity === "blame" ? "criticism" : "comment", { span, data });
      return;
    }
  },
});

/** Targets whose blame is criticism that the guidance calls risky; praise counts only for governments and their leaders. */
function judged({ target, evaluation }: Judgement, department: string | undefined): boolean {
  // Scare quotes judge only the name they hold or the one beside them: "their 'consultation'".
  if (evaluation.cue === "scare-quotes" && Math.min(Math.abs(evaluation.from - target.to), Math.abs(target.from - evaluation.to)) > 2) return false;
  if (evaluation.polarity === "praise") return target.kind === "government" || (target.kind === "leader" && !target.named);
  return CRITICISED.has(target.kind) || isOwnEmployer(target, department);
}

/** Criticism of these is the guidance's "criticizing your organization's decisions" or "commenting on any government or its leaders". */
const CRITICISED = new Set<Target["kind"]>(["government", "polity", "leader", "policy", "employer", "leadership", "org"]);

/** The reading by lexicon hits: true when it reported. */
function checkWords({ view, hits, replyTo, report }: Pick<RuleContext<"answer" | "criticism" | "comment">, "view" | "hits" | "replyTo" | "report">): boolean {
  {
    const targets = [...hits.get("gov-target"), ...hits.get("gc-org"), ...hits.get("leader"), ...politicalRefs(view, hits).filter((h) => h.lexicon === "party-ambiguous")];
    // Answering a government's or organization's post with scorn criticizes it, even when the answer names no one.
    if (replyTo && targets.length === 0) {
      const answered = [...replyTo.hits.get("gov-target"), ...replyTo.hits.get("gc-org"), ...replyTo.hits.get("leader")][0];
      const scorn = [...hits.get("negative"), ...hits.get("sarcasm")].find((h) => !negated(view, h));
      if (answered && scorn) {
        report("answer", { span: scorn.span, data: { text: view.text.slice(scorn.span[0], scorn.span[1]), target: midSentence(replyTo.view.text.slice(answered.span[0], answered.span[1])) } });
        return true;
      }
      return false;
    }
    if (targets.length === 0) return false;
    const targetsBySentence = bySentence(view, targets);
    for (const neg of hits.get("negative")) {
      if (negated(view, neg) || accentFalseFriend(view, neg)) continue;
      const target = findInSentence(view, targetsBySentence, neg, (t) => t.to <= neg.from || t.from >= neg.to);
      if (!target) continue;
      const span = cover(target, neg);
      report("criticism", { span, data: { text: view.text.slice(span[0], span[1]), target: midSentence(view.text.slice(target.span[0], target.span[1])) } });
      return true;
    }
    // Praise counts only for governments and the people who lead them; praising your team's work is a "do".
    const rulers = [...hits.get("leader"), ...hits.get("gov-target").filter((h) => RULER.test(fold(h.term)))];
    const rulersBySentence = bySentence(view, rulers);
    for (const p of hits.get("praise")) {
      if (negated(view, p)) continue;
      const target = findInSentence(view, rulersBySentence, p, (t) => t.to <= p.from || t.from >= p.to);
      if (!target) continue;
      const span = cover(target, p);
      report("comment", { span, data: { text: view.text.slice(span[0], span[1]), target: midSentence(view.text.slice(target.span[0], target.span[1])) } });
      return true;
    }
    return false;
  }
}
