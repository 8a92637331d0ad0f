import type { Message } from "../core/message.js";
import type { Platform } from "./types.js";

/** How to get one platform's data export, for the page and `impartial scan --help`. */
export interface ExportHowTo {
  platform: Platform;
  /** The platform's help page on getting the export. */
  url: string;
  /** Where to ask for it, as the platform's menus name the steps. */
  request: Message;
  /** What to download, and what to give Impartial. */
  choose: Message;
}

/**
 * Each platform's steps, checked against its help pages (or, where the stored copies held none, reports of the
 * current menus) in December 2026. Menus move: the help page linked is the reference when they differ.
 */
export const HOW_TO_EXPORT: readonly ExportHowTo[] = [
  {
    platform: "x",
    url: "https://help.x.com/en/managing-your-account/how-to-download-your-x-archive",
    request: {
      en: "More › Settings and privacy › Your account › Download an archive of your data; confirm your password and the code X sends, then Request archive. It can take a day or more.",
      fr: "Plus › Paramètres et confidentialité › Votre compte › Télécharger une archive de vos données; confirmez votre mot de passe et le code envoyé par X, puis Demander l'archive. Cela peut prendre un jour ou plus.",
    },
    choose: { en: "Download the .zip and give it as it is.", fr: "Téléchargez le .zip et donnez-le tel quel." },
  },
  {
    platform: "facebook",
    url: "https://www.facebook.com/help/212802592074644",
    request: {
      en: "Settings & privacy › Settings › Accounts Center › Your information and permissions › Download your information › Download or transfer information; pick your Facebook profile.",
      fr: "Paramètres et confidentialité › Paramètres › Espace Comptes › Vos informations et autorisations › Télécharger vos informations › Télécharger ou transférer des informations; choisissez votre profil Facebook.",
    },
    choose: { en: "Choose Format: JSON (not HTML) and Date range: All time, then Download to device; give the .zip.", fr: "Choisissez Format : JSON (et non HTML) et Période : Tout, puis Télécharger sur l'appareil; donnez le .zip." },
  },
  {
    platform: "instagram",
    url: "https://help.instagram.com/181231772500920",
    request: {
      en: "Settings › Accounts Center › Your information and permissions › Download your information › Download or transfer information; pick your Instagram account.",
      fr: "Paramètres › Espace Comptes › Vos informations et autorisations › Télécharger vos informations › Télécharger ou transférer des informations; choisissez votre compte Instagram.",
    },
    choose: { en: "Choose Format: JSON and Date range: All time, then Download to device; give the .zip.", fr: "Choisissez Format : JSON et Période : Tout, puis Télécharger sur l'appareil; donnez le .zip." },
  },
  {
    platform: "threads",
    url: "https://help.instagram.com/181231772500920",
    request: {
      en: "Threads is exported with Instagram: Accounts Center › Your information and permissions › Download your information › Download or transfer information; pick your Threads profile.",
      fr: "Threads s'exporte avec Instagram : Espace Comptes › Vos informations et autorisations › Télécharger vos informations › Télécharger ou transférer des informations; choisissez votre profil Threads.",
    },
    choose: { en: "Choose Format: JSON and Date range: All time; give the .zip (it holds threads_and_replies.json).", fr: "Choisissez Format : JSON et Période : Tout; donnez le .zip (il contient threads_and_replies.json)." },
  },
  {
    platform: "linkedin",
    url: "https://www.linkedin.com/help/linkedin/answer/a1339364",
    request: {
      en: "Me › Settings & Privacy › Data privacy › Get a copy of your data, on a computer (not in the app).",
      fr: "Vous › Préférences et confidentialité › Confidentialité des données › Obtenir une copie de vos données, sur un ordinateur (pas dans l'application).",
    },
    choose: { en: "Choose the larger archive (everything, ready within 24 hours); the link lasts 72 hours. Give the .zip.", fr: "Choisissez l'archive complète (tout, prête en 24 heures); le lien dure 72 heures. Donnez le .zip." },
  },
  {
    platform: "mastodon",
    url: "https://docs.joinmastodon.org/user/moving/#export",
    request: {
      en: "On your server's website: Preferences › Import and export › Request your archive (once every 7 days); your server emails you when it is ready.",
      fr: "Sur le site de votre serveur : Préférences › Importer et exporter › Demander votre archive (une fois par 7 jours); votre serveur vous écrit quand elle est prête.",
    },
    choose: { en: "Download your archive: a .zip, or a .tar.gz from older servers; give it as it is, or the unpacked folder.", fr: "Téléchargez votre archive : un .zip, ou un .tar.gz sur les serveurs plus anciens; donnez-la telle quelle, ou le dossier décompressé." },
  },
  {
    platform: "bluesky",
    url: "https://docs.bsky.app/blog/repo-export",
    request: {
      en: "Settings › Account › Export my data › Download CAR file.",
      fr: "Paramètres › Compte › Exporter mes données › Télécharger le fichier CAR.",
    },
    choose: { en: "Give the .car file (your posts, replies, reposts, likes and follows).", fr: "Donnez le fichier .car (vos publications, réponses, republications, mentions J'aime et abonnements)." },
  },
  {
    platform: "reddit",
    url: "https://support.reddithelp.com/hc/en-us/articles/360043048352",
    request: {
      en: "Signed in, open reddit.com/settings/data-request and ask for your data; Reddit emails a link, usually within 30 days.",
      fr: "Connecté, ouvrez reddit.com/settings/data-request et demandez vos données; Reddit envoie un lien par courriel, en général dans les 30 jours.",
    },
    choose: { en: "Give the .zip (its posts.csv and comments.csv are what is read).", fr: "Donnez le .zip (ce sont ses posts.csv et comments.csv qui sont lus)." },
  },
];

/** `impartial scan --help`'s lines: one per platform, its help page, then what to give. */
export function howToExportLines(): string {
  const width = Math.max(...HOW_TO_EXPORT.map((h) => h.platform.length)) + 2;
  return HOW_TO_EXPORT.map((h) => `  ${h.platform.padEnd(width)}${h.url}`).join("\n");
}
