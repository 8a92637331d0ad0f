import type { Lang } from "../src/core/model.js";

/**
 * The site's pages: their paths in each official language, their titles and the words around the app each page
 * mounts. The build writes one HTML file per page and language from this table, and the pages draw their menu and
 * language toggle from it, so a page cannot exist in one language only.
 */
export const PAGE_IDS = ["check", "review", "assess", "practice", "guidance", "feedback", "about"] as const;
export type PageId = (typeof PAGE_IDS)[number];

interface Words {
  /** The menu entry. */
  nav: string;
  /** The page's h1, also the start of its <title>. */
  title: string;
  lead: string;
  /** A short "what happens to what you give this page" notice, shown under the lead. */
  notice?: { heading: string; text: string };
  /** Shown when scripts are off. */
  noscript: string;
}

export interface SitePage {
  id: PageId;
  path: Record<Lang, string>;
  words: Record<Lang, Words>;
  /** A page of words only: written whole at build time, with no script of its own. */
  static?: true;
}

export const SITE_NAME = "Impartial";

export const SITE_STRINGS = {
  en: {
    menuLabel: "Impartial",
    home: "Impartial",
    unofficial: "French quotations of the guidance are unofficial translations.",
    independent: "An independent tool, not a Government of Canada service",
    footer: "Impartial is independent, open-source software (MIT licence). It is not a Government of Canada service and is not endorsed by any department. Advice, not a ruling: when in doubt, ask your manager or your values and ethics office.",
    about: "About Impartial",
    privacy: "Privacy",
    version: "Version",
  },
  fr: {
    menuLabel: "Impartial",
    home: "Impartial",
    unofficial: "Les citations françaises des lignes directrices sont des traductions non officielles.",
    independent: "Un outil indépendant, pas un service du gouvernement du Canada",
    footer: "Impartial est un logiciel indépendant à code source ouvert (licence MIT). Ce n'est pas un service du gouvernement du Canada, et aucun ministère ne l'approuve. Des conseils, pas une décision : en cas de doute, demandez à votre gestionnaire ou au bureau des valeurs et de l'éthique.",
    about: "À propos d'Impartial",
    privacy: "Confidentialité",
    version: "Version",
  },
} satisfies Record<Lang, Record<string, string>>;

export const PAGES: readonly SitePage[] = [
  {
    id: "check",
    path: { en: "/", fr: "/fr/" },
    words: {
      en: {
        nav: "Check a draft",
        title: "Check a draft before you post",
        lead: "Write or paste what you plan to post, share, like or follow. The verdict updates as you type.",
        notice: {
          heading: "Advice, not a ruling",
          text: "Impartial gives advice, not a ruling. When in doubt, ask before you post. Your draft never leaves this computer: the check runs in this page.",
        },
        noscript: "This page needs JavaScript to check a draft. You can also run impartial check in a terminal.",
      },
      fr: {
        nav: "Vérifier une ébauche",
        title: "Vérifiez une ébauche avant de publier",
        lead: "Écrivez ou collez ce que vous comptez publier, partager, aimer ou suivre. Le verdict se met à jour pendant que vous tapez.",
        notice: {
          heading: "Des conseils, pas une décision",
          text: "Impartial donne des conseils, pas une décision. En cas de doute, demandez avant de publier. Votre ébauche ne quitte jamais cet ordinateur : la vérification se fait dans cette page.",
        },
        noscript: "Cette page a besoin de JavaScript pour vérifier une ébauche. Vous pouvez aussi lancer impartial check dans un terminal.",
      },
    },
  },
  {
    id: "review",
    path: { en: "/review/", fr: "/fr/revue/" },
    words: {
      en: {
        nav: "Review your history",
        title: "Review your social media history",
        lead: "Choose the data export a platform gave you. Every post, share and like in it is judged as of its date, then you decide what to keep, edit, make private or delete.",
        notice: {
          heading: "Your export stays on this computer",
          text: "The export is read by the Impartial server running on this computer (127.0.0.1) and kept in its review database here. Nothing is sent anywhere else, and nothing is deleted from the platform for you.",
        },
        noscript: "This page needs JavaScript. You can also run impartial scan and impartial review in a terminal.",
      },
      fr: {
        nav: "Examiner votre historique",
        title: "Examinez votre historique dans les médias sociaux",
        lead: "Choisissez l'exportation de données qu'une plateforme vous a remise. Chaque publication, partage et « j'aime » y est jugé à sa date, puis vous décidez quoi garder, modifier, rendre privé ou supprimer.",
        notice: {
          heading: "Votre exportation reste sur cet ordinateur",
          text: "L'exportation est lue par le serveur Impartial qui fonctionne sur cet ordinateur (127.0.0.1) et conservée dans sa base de données d'examen, ici. Rien n'est envoyé ailleurs, et rien n'est supprimé de la plateforme à votre place.",
        },
        noscript: "Cette page a besoin de JavaScript. Vous pouvez aussi lancer impartial scan et impartial review dans un terminal.",
      },
    },
  },
  {
    id: "assess",
    path: { en: "/assess/", fr: "/fr/auto-evaluation/" },
    words: {
      en: {
        nav: "Self-assessment",
        title: "Assess a political activity",
        lead: "Before you take part in a political activity, answer the questions the Public Service Commission asks you to weigh. The result says how much risk the activity carries for your impartiality and what to do next.",
        notice: {
          heading: "Advice, not a ruling",
          text: "Only the Public Service Commission can grant permission to be a candidate, and only your organization's designated official can tell you what applies to your job. Your answers stay in this page.",
        },
        noscript: "This page needs JavaScript. You can also run impartial assess in a terminal.",
      },
      fr: {
        nav: "Autoévaluation",
        title: "Évaluez une activité politique",
        lead: "Avant de participer à une activité politique, répondez aux questions que la Commission de la fonction publique vous invite à considérer. Le résultat indique le risque de l'activité pour votre impartialité et la marche à suivre.",
        notice: {
          heading: "Des conseils, pas une décision",
          text: "Seule la Commission de la fonction publique peut accorder la permission de se porter candidat ou candidate, et seule la personne désignée de votre organisation peut vous dire ce qui s'applique à votre emploi. Vos réponses restent dans cette page.",
        },
        noscript: "Cette page a besoin de JavaScript. Vous pouvez aussi lancer impartial assess dans un terminal.",
      },
    },
  },
  {
    id: "practice",
    path: { en: "/practice/", fr: "/fr/pratique/" },
    words: {
      en: {
        nav: "Practise",
        title: "Practise on the guidance's scenarios",
        lead: "Work through the situations the guidance itself describes. Rate each choice as appropriate, risky or inappropriate, then see how the guidance sorts it and why.",
        noscript: "This page needs JavaScript. You can also run impartial practice in a terminal.",
      },
      fr: {
        nav: "S'exercer",
        title: "Exercez-vous sur les mises en situation des lignes directrices",
        lead: "Parcourez les situations que les lignes directrices décrivent elles-mêmes. Évaluez chaque choix (approprié, risqué ou inapproprié), puis voyez comment elles le classent, et pourquoi.",
        noscript: "Cette page a besoin de JavaScript. Vous pouvez aussi lancer impartial practice dans un terminal.",
      },
    },
  },
  {
    id: "guidance",
    path: { en: "/guidance/", fr: "/fr/lignes-directrices/" },
    words: {
      en: {
        nav: "Guidance",
        title: "The guidance Impartial applies",
        lead: "Browse and search the statements of the five Government of Canada texts Impartial is built on, and see which of its rules apply each one.",
        noscript: "This page needs JavaScript to search the guidance. The statements are also listed in docs/rules.md.",
      },
      fr: {
        nav: "Lignes directrices",
        title: "Les lignes directrices qu'Impartial applique",
        lead: "Parcourez et cherchez les énoncés des cinq textes du gouvernement du Canada sur lesquels Impartial repose, et voyez quelles règles appliquent chacun.",
        noscript: "Cette page a besoin de JavaScript pour chercher dans les textes. Les énoncés figurent aussi dans docs/rules.md.",
      },
    },
  },
  {
    id: "feedback",
    path: { en: "/feedback/", fr: "/fr/signalements/" },
    words: {
      en: {
        nav: "Feedback",
        title: "Findings you think are wrong",
        lead: "Under each finding of the Check page, “This finding looks wrong?” keeps your draft, the finding and your reason here. Read them, delete them, or download them to share if you choose.",
        notice: {
          heading: "Kept on this computer, never sent",
          text: "Your reports are kept in the review database of the Impartial server running on this computer (127.0.0.1). Impartial sends them nowhere: sharing the downloaded file is up to you.",
        },
        noscript: "This page needs JavaScript. You can also run impartial feedback list and impartial feedback export in a terminal.",
      },
      fr: {
        nav: "Signalements",
        title: "Les constats que vous jugez erronés",
        lead: "Sous chaque constat de la page Vérifier, « Ce constat semble erroné ? » conserve ici votre ébauche, le constat et votre raison. Lisez-les, supprimez-les, ou téléchargez-les pour les communiquer si vous le souhaitez.",
        notice: {
          heading: "Conservés sur cet ordinateur, jamais envoyés",
          text: "Vos signalements sont conservés dans la base de données d'examen du serveur Impartial qui fonctionne sur cet ordinateur (127.0.0.1). Impartial ne les envoie nulle part : c'est à vous de décider de communiquer le fichier téléchargé.",
        },
        noscript: "Cette page a besoin de JavaScript. Vous pouvez aussi lancer impartial feedback list et impartial feedback export dans un terminal.",
      },
    },
  },
  {
    id: "about",
    path: { en: "/about/", fr: "/fr/a-propos/" },
    static: true,
    words: {
      en: {
        nav: "About",
        title: "About Impartial",
        lead: "What this tool is and is not, the guidance it applies, how it decides, how accurate it is, its browser extension, and what happens to what you give it.",
        noscript: "This page needs no JavaScript.",
      },
      fr: {
        nav: "À propos",
        title: "À propos d'Impartial",
        lead: "Ce qu'est cet outil et ce qu'il n'est pas, les lignes directrices qu'il applique, comment il juge, sa précision, son extension de navigateur, et ce qu'il advient de ce que vous lui confiez.",
        noscript: "Cette page n'a pas besoin de JavaScript.",
      },
    },
  },
];

export function pageById(id: PageId): SitePage {
  return PAGES.find((p) => p.id === id)!;
}

/** The page and language a URL path belongs to, or undefined for a path that is no page. */
export function pageOfPath(pathname: string): { page: SitePage; lang: Lang } | undefined {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  for (const page of PAGES) for (const lang of ["en", "fr"] as const) if (page.path[lang] === path) return { page, lang };
  return undefined;
}

/** The same page in the other official language: where the language toggle leads. */
export function counterpartPath(page: SitePage, lang: Lang): string {
  return page.path[lang === "en" ? "fr" : "en"];
}

/** The language of a URL path: /fr and /fr/… are French, everything else English. */
export function langOfPath(pathname: string): Lang {
  return pathname === "/fr" || pathname.startsWith("/fr/") ? "fr" : "en";
}
