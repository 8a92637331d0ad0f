import type { Lang, Level } from "../src/core/model.js";

/**
 * Every string the extension shows on a site and in its options, in both official languages: the same keys in each,
 * checked by a test. The browser's own catalogue (_locales) holds only the store listing, since chrome.i18n follows the
 * browser's language and cannot follow the person's choice.
 */
export const EXTENSION_STRINGS = {
  en: {
    hostLabel: "Impartial",
    chipMore: "Impartial: why",
    levelPrefix: "Level:",
    level: { appropriate: "appropriate", risky: "risky", inappropriate: "inappropriate" } satisfies Record<Level, string>,
    announce: "Impartial: the level of this draft is {level}.",
    panelHeading: "What Impartial sees in this draft",
    todo: {
      none: "Nothing in the guidance stands against this.",
      appropriate: "Nothing stands against this, but read the notes below.",
      risky: "Think twice before you post: read why, ask yourself the questions, and ask if you are unsure.",
      inappropriate: "Do not post this as it is: read why, use the safer version if there is one, or ask first.",
    } satisfies Record<Level | "none", string>,
    findingsHeading: "Why",
    guidance: "Guidance",
    questionsHeading: "Questions to ask yourself",
    contactsHeading: "If you are unsure, talk to",
    rewriteHeading: "A safer version",
    copy: "Copy the safer version",
    copied: "Copied. Paste it in place of your draft if you want it.",
    copyFailed: "The browser did not let the extension copy: select the text and copy it yourself.",
    close: "Close",
    unofficial: "French quotations of the guidance are unofficial translations.",
    truncated: "Only the first {count} characters of this long draft were checked.",
    gateTitle: "Post this draft?",
    gateBody: "The level of this draft, according to Impartial: {level}. {reason}",
    gateShareTitle: "Pass this post on?",
    gateShareBody: "The level of passing this post on, according to Impartial: {level}. {reason}",
    gateKeep: "Keep editing",
    gateKeepShare: "Cancel",
    gatePost: "Post anyway",
    gateShare: "Go ahead anyway",
    gateAfter: "Click again to go ahead: Impartial will not ask again for this text.",
    colon: ": ",
  },
  fr: {
    hostLabel: "Impartial",
    chipMore: "Impartial : pourquoi",
    levelPrefix: "Niveau :",
    level: { appropriate: "approprié", risky: "risqué", inappropriate: "inapproprié" } satisfies Record<Level, string>,
    announce: "Impartial : le niveau de cette ébauche est {level}.",
    panelHeading: "Ce qu'Impartial voit dans cette ébauche",
    todo: {
      none: "Rien dans les lignes directrices ne s'y oppose.",
      appropriate: "Rien ne s'y oppose, mais lisez les remarques ci-dessous.",
      risky: "Réfléchissez avant de publier : lisez pourquoi, posez-vous les questions et demandez conseil en cas de doute.",
      inappropriate: "Ne publiez pas ceci tel quel : lisez pourquoi, utilisez la version plus sûre s'il y en a une, ou demandez d'abord.",
    } satisfies Record<Level | "none", string>,
    findingsHeading: "Pourquoi",
    guidance: "Lignes directrices",
    questionsHeading: "Questions à vous poser",
    contactsHeading: "En cas de doute, adressez-vous à",
    rewriteHeading: "Une version plus sûre",
    copy: "Copier la version plus sûre",
    copied: "Copiée. Collez-la à la place de votre ébauche si vous la voulez.",
    copyFailed: "Le navigateur n'a pas permis à l'extension de copier : sélectionnez le texte et copiez-le vous-même.",
    close: "Fermer",
    unofficial: "Les citations françaises des lignes directrices sont des traductions non officielles.",
    truncated: "Seuls les {count} premiers caractères de cette longue ébauche ont été vérifiés.",
    gateTitle: "Publier cette ébauche\u00A0?",
    gateBody: "Le niveau de cette ébauche selon Impartial : {level}. {reason}",
    gateShareTitle: "Relayer cette publication\u00A0?",
    gateShareBody: "Le niveau du relais de cette publication selon Impartial : {level}. {reason}",
    gateKeep: "Continuer à modifier",
    gateKeepShare: "Annuler",
    gatePost: "Publier quand même",
    gateShare: "Continuer quand même",
    gateAfter: "Cliquez de nouveau pour continuer : Impartial ne redemandera pas pour ce texte.",
    colon: " : ",
  },
} as const;

export type ExtensionStrings = (typeof EXTENSION_STRINGS)[Lang];

/** Fills `{name}` placeholders; an unfilled one is a programming error, not something to show. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for {${name}} in "${template}"`);
    return String(values[name]);
  });
}

/**
 * French typography for display: the spaces inside « » and before : ; ! ? become non-breaking, so a guillemet or a
 * colon never starts a line apart from its words. English text is returned as it is.
 */
export function typeset(text: string, lang: Lang): string {
  if (lang !== "fr") return text;
  return text.replace(/« /g, "«\u00A0").replace(/ (?=[»:;!?])/g, "\u00A0");
}
