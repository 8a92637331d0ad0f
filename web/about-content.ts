import { sourceUrl } from "../src/core/guidance/corpus.js";
import type { Lang } from "../src/core/model.js";

/**
 * The About page's words: static HTML written at build time, so the page reads without scripts. Figures quoted here
 * are measurements with their date; docs/measurements.md keeps the full table.
 */

export type Inline = string | { text: string; href: string };
export type Block = { p: Inline[] } | { list: Inline[][] };
export interface AboutSection {
  id: string;
  heading: string;
  blocks: Block[];
}

const TBS_BEST = sourceUrl("tbs-personal-use-best-practices", "en")!;
const TBS_BEST_FR = sourceUrl("tbs-personal-use-best-practices", "fr")!;
const TBS_GUIDANCE = "https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32811";
const TBS_GUIDANCE_FR = "https://www.canada.ca/fr/secretariat-conseil-tresor/sujets/valeurs-ethique/lignes-directrices-pour-les-fonctionnaires-utilisation-personnelle-medias-sociaux.html";
const PSC_SOCIAL = sourceUrl("psc-political-activities-social-media", "en")!;
const PSC_NOT_CANDIDACY = "https://www.canada.ca/en/public-service-commission/services/political-activities/political-activities-not-related-candidacy.html";
const PSC_BROCHURE = "https://www.canada.ca/en/public-service-commission/services/political-activities/brochure-political-activities.html";
const CSPS = "https://www.csps-efpc.gc.ca/video/navigating-social-media-eng.aspx";
const STATCAN = "https://www.statcan.gc.ca/en/employment/smge";

export const ABOUT: Record<Lang, AboutSection[]> = {
  en: [
    {
      id: "what",
      heading: "What Impartial is, and is not",
      blocks: [
        {
          p: [
            "Impartial is an independent, open-source tool that helps Canadian federal public servants use their personal social media in line with the Government of Canada's guidance. It is not a Government of Canada service, and no department or agency has reviewed or endorsed it.",
          ],
        },
        {
          p: [
            "It gives advice, not a ruling. It does not decide for you and never reports anyone to anyone. When in doubt, talk to your manager, your values and ethics office, or your organization's designated political activities representative.",
          ],
        },
      ],
    },
    {
      id: "guidance",
      heading: "The guidance it applies",
      blocks: [
        {
          list: [
            ["Treasury Board of Canada Secretariat, ", { text: "Best practices for public servants using their personal social media", href: TBS_BEST }, ", and the fuller ", { text: "Guidance for Public Servants on their Personal Use of Social Media", href: TBS_GUIDANCE }],
            ["Public Service Commission of Canada, ", { text: "Public servants, political activities and social media", href: PSC_SOCIAL }, "; ", { text: "Political activities not related to candidacy", href: PSC_NOT_CANDIDACY }, "; ", { text: "Brochure: Political Activities and You", href: PSC_BROCHURE }],
            ["Canada School of Public Service, ", { text: "Dos and Don'ts of Navigating Social Media as a Public Servant", href: CSPS }, " (video, published 2022-10-27)"],
            ["Statistics Canada, ", { text: "Social media guidelines for employees", href: STATCAN }, " (applied to Statistics Canada employees)"],
            ["Human Resources and Skills Development Canada (now ESDC), Using social media safely and effectively (employee article, March 2012; no longer published online)"],
          ],
        },
        { p: ["Impartial quotes these texts in their own words. French quotations are Impartial's own unofficial translations unless marked otherwise."] },
      ],
    },
    {
      id: "how",
      heading: "How it decides",
      blocks: [
        {
          p: [
            "Every check runs on your own computer. Your text is normalized (disguised letters, masked words, hashtags and mentions found), then a set of rules, each citing the guidance statement it applies, looks for what the guidance names: partisan content, criticism of a government, harassment, confidential information, other people's personal information and so on. Your situation (election period, working hours, government device, role, visibility) then sets the level: appropriate, risky or inappropriate.",
          ],
        },
        { p: ["Rules read words, not meaning: irony, quotation and what is outside the text are beyond them. A finding is a prompt to think, not a verdict."] },
      ],
    },
    {
      id: "accuracy",
      heading: "How accurate it is",
      blocks: [
        {
          p: [
            "Measured in December 2026 on text the rules were never tuned to: 180 cases written from the guidance alone by a reviewer who never saw the engine agreed with its verdict 63% of the time, and 45% of the harmful cases were not flagged. On real tweets labelled by researchers, 89% of hate speech was flagged, and 11% of harmless tweets were flagged wrongly.",
          ],
        },
        { p: ["So: an \u201cappropriate\u201d from Impartial does not mean a post is safe. The project's measurements, with the commands that reproduce them, are in docs/measurements.md of its source."] },
      ],
    },
    {
      id: "extension",
      heading: "Where you write: the browser extension",
      blocks: [
        {
          p: [
            "Impartial also comes as an extension for Chrome, Edge and Firefox that checks the compose boxes of X, Facebook, LinkedIn, Bluesky, Mastodon, Threads, Reddit and Instagram as you type, with the same rules and the same profile fields as the Check page. It underlines the passages of concern, gives the level in words beside the box, and asks before you post a draft it judges inappropriate; the next click posts. It writes nothing into the site's box.",
          ],
        },
        {
          list: [
            ["To install it: in the folder where Impartial is installed, npm run build writes dist/extension/chrome and dist/extension/firefox. In Chrome or Edge, open the extensions page, turn on Developer mode, choose \u201cLoad unpacked\u201d and pick dist/extension/chrome. In Firefox, open about:debugging, \u201cThis Firefox\u201d, \u201cLoad Temporary Add-on\u201d and pick dist/extension/firefox/manifest.json."],
            ["Its privacy: it reads what you type only on those sites, judges it inside the browser tab, and stores nothing you type. It has no network permission and its build refuses any code that could send or fetch anything. Its settings (role, department, province, which sites, when to ask) stay in your browser; a department may preset them through its browser policy."],
          ],
        },
      ],
    },
    {
      id: "privacy",
      heading: "Privacy",
      blocks: [
        {
          list: [
            ["What you type on the Check page is judged in the page itself and never leaves it, unless you keep a report that a finding looks wrong (see below). Nothing is sent to any other computer: no analytics, no telemetry, no fonts or scripts from elsewhere."],
            ["The profile you enter (role, department, the day you joined) is kept in this browser only."],
            ["An export you review is uploaded only to the Impartial server running on this computer (127.0.0.1). Its items and your decisions are kept in a review database in your user folder, readable by you alone."],
            ["To delete what is stored, use the last section of the History review page, or run impartial review forget --yes. Nothing is ever deleted from the platforms themselves."],
            ["When you say a finding looks wrong, your draft, the context you gave, the finding and your reason are sent to the Impartial server on this computer only, and kept in the same review database; Impartial never sends them anywhere. The ", { href: "/feedback/", text: "Feedback page" }, " lists them, deletes them one by one or all at once, and downloads them as a file you may give to your values and ethics office or to the project, if you choose; impartial feedback list, export and delete do the same in a terminal."],
          ],
        },
      ],
    },
    {
      id: "licence",
      heading: "Licence and version",
      blocks: [{ p: ["Impartial is free software under the MIT licence. Version {version}."] }],
    },
  ],
  fr: [
    {
      id: "what",
      heading: "Ce qu'est Impartial, et ce qu'il n'est pas",
      blocks: [
        {
          p: [
            "Impartial est un outil indépendant et à code source ouvert qui aide les fonctionnaires fédéraux du Canada à utiliser leurs médias sociaux personnels conformément aux lignes directrices du gouvernement du Canada. Ce n'est pas un service du gouvernement du Canada, et aucun ministère ni organisme ne l'a examiné ou approuvé.",
          ],
        },
        {
          p: [
            "Il donne des conseils, pas une décision. Il ne décide pas à votre place et ne signale jamais personne à qui que ce soit. En cas de doute, parlez-en à votre gestionnaire, au bureau des valeurs et de l'éthique ou à la personne désignée pour les activités politiques dans votre organisation.",
          ],
        },
      ],
    },
    {
      id: "guidance",
      heading: "Les lignes directrices qu'il applique",
      blocks: [
        {
          list: [
            ["Secrétariat du Conseil du Trésor du Canada, ", { text: "Pratiques exemplaires à l’intention des fonctionnaires pour l’utilisation des médias sociaux à des fins personnelles", href: TBS_BEST_FR }, ", et le document plus complet, ", { text: "Lignes directrices pour les fonctionnaires concernant l’utilisation personnelle des médias sociaux", href: TBS_GUIDANCE_FR }],
            ["Commission de la fonction publique du Canada, ", { text: "Les fonctionnaires, les activités politiques et les médias sociaux", href: PSC_SOCIAL }, "; ", { text: "Activités politiques non liées à la candidature", href: PSC_NOT_CANDIDACY }, "; ", { text: "Brochure : Les activités politiques et vous", href: PSC_BROCHURE }],
            ["École de la fonction publique du Canada, ", { text: "Ce qu'il faut faire et ne pas faire dans les médias sociaux", href: CSPS }, " (vidéo publiée le 2022-10-27)"],
            ["Statistique Canada, ", { text: "Lignes directrices sur les médias sociaux pour les employés", href: STATCAN }, " (appliquées au personnel de Statistique Canada)"],
            ["Ressources humaines et Développement des compétences Canada (aujourd'hui EDSC), Utiliser les médias sociaux de façon sûre et efficace (article de mars 2012 destiné au personnel; il n'est plus publié en ligne)"],
          ],
        },
        {
          p: [
            "Les liens du Secrétariat du Conseil du Trésor mènent aux pages françaises officielles; les autres mènent aux pages publiées en anglais, dont le bouton de langue mène à la version française officielle. Les autres titres français ci-dessus et les citations françaises des textes sont des traductions non officielles d'Impartial, sauf indication contraire.",
          ],
        },
      ],
    },
    {
      id: "how",
      heading: "Comment il juge",
      blocks: [
        {
          p: [
            "Chaque vérification se fait sur votre ordinateur. Votre texte est normalisé (lettres déguisées, mots masqués, mots-clics et mentions repérés), puis un ensemble de règles, chacune citant l'énoncé des lignes directrices qu'elle applique, cherche ce que les lignes directrices nomment : contenu partisan, critique d'un gouvernement, harcèlement, renseignements confidentiels, renseignements personnels d'autrui, etc. Votre situation (période électorale, heures de travail, appareil du gouvernement, rôle, visibilité) fixe ensuite le niveau : approprié, risqué ou inapproprié.",
          ],
        },
        { p: ["Les règles lisent des mots, pas le sens : l'ironie, la citation et ce qui se trouve hors du texte leur échappent. Un constat invite à réfléchir; ce n'est pas un verdict."] },
      ],
    },
    {
      id: "accuracy",
      heading: "Sa précision",
      blocks: [
        {
          p: [
            "Mesures de décembre 2026 sur des textes auxquels les règles n'ont jamais été ajustées : sur 180 cas rédigés à partir des seules lignes directrices par une personne qui n'avait jamais vu le moteur, son verdict concordait dans 63 % des cas, et 45 % des cas préjudiciables n'étaient pas signalés. Sur de vrais gazouillis étiquetés par des chercheurs, 89 % des discours haineux étaient signalés, et 11 % des gazouillis inoffensifs l'étaient à tort.",
          ],
        },
        { p: ["Autrement dit : un « approprié » d'Impartial ne veut pas dire qu'une publication est sans risque. Les mesures du projet, avec les commandes qui les reproduisent, sont dans le fichier docs/measurements.md de son code source."] },
      ],
    },
    {
      id: "extension",
      heading: "Là où vous écrivez : l'extension de navigateur",
      blocks: [
        {
          p: [
            "Impartial existe aussi sous forme d'extension pour Chrome, Edge et Firefox : elle vérifie les zones de rédaction de X, Facebook, LinkedIn, Bluesky, Mastodon, Threads, Reddit et Instagram pendant que vous écrivez, avec les mêmes règles et les mêmes champs de profil que la page Vérifier. Elle souligne les passages préoccupants, donne le niveau en mots à côté de la zone et vous demande confirmation avant de publier une ébauche qu'elle juge inappropriée ; le clic suivant publie. Elle n'écrit rien dans la zone du site.",
          ],
        },
        {
          list: [
            ["Pour l'installer : dans le dossier où Impartial est installé, npm run build crée dist/extension/chrome et dist/extension/firefox. Dans Chrome ou Edge, ouvrez la page des extensions, activez le mode développeur, choisissez « Charger l'extension non empaquetée » et sélectionnez dist/extension/chrome. Dans Firefox, ouvrez about:debugging, « Ce Firefox », « Charger un module complémentaire temporaire » et sélectionnez dist/extension/firefox/manifest.json."],
            ["Sa confidentialité : elle ne lit ce que vous tapez que sur ces sites, le juge dans l'onglet même et ne conserve rien de ce que vous tapez. Elle n'a aucune permission réseau, et sa construction refuse tout code qui pourrait envoyer ou télécharger quoi que ce soit. Ses réglages (rôle, ministère, province, sites, quand demander confirmation) restent dans votre navigateur ; un ministère peut les prérégler par la politique de ses navigateurs."],
          ],
        },
      ],
    },
    {
      id: "privacy",
      heading: "Confidentialité",
      blocks: [
        {
          list: [
            ["Ce que vous tapez dans la page Vérifier est jugé dans la page même et n'en sort jamais, sauf si vous conservez un signalement de constat erroné (voir plus bas). Rien n'est envoyé à un autre ordinateur : ni statistiques d'utilisation, ni télémétrie, ni polices ou scripts venus d'ailleurs."],
            ["Le profil que vous saisissez (rôle, ministère, date d'entrée en fonction) n'est conservé que dans ce navigateur."],
            ["Une exportation que vous examinez n'est téléversée qu'au serveur Impartial qui fonctionne sur cet ordinateur (127.0.0.1). Ses éléments et vos décisions sont conservés dans une base de données d'examen, dans votre dossier personnel, lisible par vous uniquement."],
            ["Pour effacer ce qui est conservé, utilisez la dernière section de la page d'examen de l'historique, ou lancez impartial review forget --yes. Rien n'est jamais supprimé des plateformes elles-mêmes."],
            ["Quand vous indiquez qu'un constat semble erroné, votre ébauche, le contexte que vous avez donné, le constat et votre raison sont envoyés au seul serveur Impartial de cet ordinateur et conservés dans la même base de données d'examen ; Impartial ne les envoie jamais ailleurs. La page ", { href: "/fr/signalements/", text: "Signalements" }, " les affiche, les supprime un à un ou tous à la fois, et les télécharge dans un fichier que vous pouvez remettre à votre bureau des valeurs et de l'éthique ou au projet, si vous le souhaitez ; impartial feedback list, export et delete font de même dans un terminal."],
          ],
        },
      ],
    },
    {
      id: "licence",
      heading: "Licence et version",
      blocks: [{ p: ["Impartial est un logiciel libre, sous licence MIT. Version {version}."] }],
    },
  ],
};
