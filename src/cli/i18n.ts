import type { Lang, Level } from "../core/model.js";
import type { ReviewState } from "../store/store.js";

/** Every string the CLI prints, in both official languages. */
export const UI = {
  en: {
    level: { appropriate: "appropriate", risky: "risky", inappropriate: "inappropriate" } satisfies Record<Level, string>,
    /** An item's place in the review: its level, or "not checked" when the export gave nothing to read (never "appropriate"). */
    state: { appropriate: "appropriate", risky: "risky", inappropriate: "inappropriate", unchecked: "not checked" } satisfies Record<ReviewState, string>,
    verdict: "Level",
    score: "risk score",
    findings: "Why",
    noFindings: "Nothing in the guidance stands against this.",
    guidance: "Guidance",
    suggestion: "Suggestion",
    questions: "Questions to ask yourself",
    contacts: "If you are unsure, talk to",
    rewrite: "A safer version",
    factors: "What raises the risk",
    advice: "Impartial gives advice, not a ruling. When in doubt, ask before you post.",
    unofficial: "French quotations of the guidance are unofficial translations.",
  },
  fr: {
    level: { appropriate: "approprié", risky: "risqué", inappropriate: "inapproprié" } satisfies Record<Level, string>,
    state: { appropriate: "approprié", risky: "risqué", inappropriate: "inapproprié", unchecked: "non vérifié" } satisfies Record<ReviewState, string>,
    verdict: "Niveau",
    score: "cote de risque",
    findings: "Pourquoi",
    noFindings: "Rien dans les lignes directrices ne s'y oppose.",
    guidance: "Lignes directrices",
    suggestion: "Suggestion",
    questions: "Questions à vous poser",
    contacts: "En cas de doute, adressez-vous à",
    rewrite: "Une version plus sûre",
    factors: "Ce qui augmente le risque",
    advice: "Impartial donne des conseils, pas une décision. En cas de doute, demandez avant de publier.",
    unofficial: "Les citations françaises des lignes directrices sont des traductions non officielles.",
  },
} as const satisfies Record<Lang, unknown>;
