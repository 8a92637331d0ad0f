import type { Bilingual, Scenario } from "./types.js";

const STATCAN_QUESTION: Bilingual = {
  en: "@StatCan_eng will tomorrow's jobs numbers show unemployment going up?",
  fr: "@StatCan_fra est-ce que les chiffres de l'emploi de demain vont montrer une hausse du chômage?",
};

const EI_QUESTION: Bilingual = {
  en: "Anyone at ESDC know why my EI claim is taking 6 weeks?? @ESDC_GC",
  fr: "Quelqu'un à EDSC sait pourquoi ma demande d'AE prend 6 semaines?? @EDSC_GC",
};

const FUNDRAISER: Bilingual = {
  en: "Join us at the Conservative Party fundraiser dinner on Friday! Tickets $250.",
  fr: "Joignez-vous à nous au souper-bénéfice du Parti conservateur vendredi! Billets à 250 $.",
};

const CAMPAIGN_POST: Bilingual = {
  en: "Vote NDP on Monday for real change! #VoteNDP",
  fr: "Votez NPD lundi pour un vrai changement! #VoteNPD",
};

const CONSPIRACY_VIDEO: Bilingual = {
  en: "The vaccines contain microchips to track us. Watch before they delete this video!",
  fr: "Les vaccins contiennent des micropuces pour nous suivre. Regardez avant qu'ils suppriment cette vidéo!",
};

const JOB_POST = {
  en: "My team is hiring two policy analysts. Apply by May 15 on the GC Jobs site!",
  fr: "Mon équipe embauche deux analystes des politiques. Postulez d'ici le 15 mai sur le site Emplois GC!",
};

/** Situations built from the CSPS, PSC, Statistics Canada and HRSDC texts. */
export const MORE_SCENARIOS: readonly Scenario[] = [
  {
    id: "statcan-release-question",
    sources: ["statcan-employee-guidelines"],
    guidance: ["statcan.official.no-replies", "statcan.official.communications-replies", "statcan.confidentiality"],
    title: { en: "A question to the Agency before a release", fr: "Une question à l'Agence avant une diffusion" },
    situation: {
      en: "You work at Statistics Canada and your profile says so. The evening before the Labour Force Survey comes out, you see a post asking @StatCan_eng what tomorrow's numbers will show. You know the answer.",
      fr: "Vous travaillez à Statistique Canada et votre profil l'indique. La veille de la diffusion de l'Enquête sur la population active, vous voyez une publication qui demande à @StatCan_fra ce que montreront les chiffres de demain. Vous connaissez la réponse.",
    },
    questions: ["tbs.question.work-content", "tbs.question.reputation", "tbs.question.stakeholder"],
    choices: [
      {
        id: "hint-at-the-numbers",
        action: "reply",
        inReplyTo: STATCAN_QUESTION,
        context: { department: "statcan", identifiable: true },
        text: {
          en: "I can't say much, but tomorrow's numbers won't be good news.",
          fr: "Je ne peux pas en dire beaucoup, mais les chiffres de demain ne seront pas une bonne nouvelle.",
        },
        expected: "inappropriate",
        explanation: {
          en: "Any hint of figures before their official release breaks confidentiality, the Agency's most important value, and you are answering a post addressed to the Agency.",
          fr: "Le moindre indice sur des chiffres avant leur diffusion officielle rompt la confidentialité, la valeur la plus importante de l'Agence, et vous répondez à une publication adressée à l'Agence.",
        },
        guidance: ["statcan.confidentiality", "statcan.confidentiality.oath", "statcan.official.no-replies"],
      },
      {
        id: "answer-with-the-schedule",
        action: "reply",
        inReplyTo: STATCAN_QUESTION,
        context: { department: "statcan", identifiable: true },
        text: {
          en: "The Labour Force Survey is released at 8:30 a.m. Eastern; the release schedule is on the website.",
          fr: "L'Enquête sur la population active est diffusée à 8 h 30, heure de l'Est; le calendrier des diffusions est sur le site Web.",
        },
        expected: "risky",
        explanation: {
          en: "Even a harmless, public answer replies to a post directed at Statistics Canada: Communications Division answers those, not employees.",
          fr: "Même une réponse inoffensive et publique répond à une publication adressée à Statistique Canada : c'est la Division des communications qui y répond, pas le reste du personnel.",
        },
        guidance: ["statcan.official.no-replies", "statcan.official.communications-replies"],
      },
      {
        id: "share-after-the-release",
        action: "share",
        context: { department: "statcan", identifiable: true },
        text: {
          en: "The Labour Force Survey for March is now out in The Daily: https://www150.statcan.gc.ca/n1/dai-quo/index-eng.htm",
          fr: "L'Enquête sur la population active de mars est maintenant parue dans Le Quotidien : https://www150.statcan.gc.ca/n1/dai-quo/index-fra.htm",
        },
        expected: "appropriate",
        explanation: {
          en: "Once published, the information is public: sharing it with its source is what the guidelines ask.",
          fr: "Une fois publiée, l'information est publique : la partager en indiquant sa source est ce que demandent les lignes directrices.",
        },
        guidance: ["statcan.brand.public-info"],
      },
    ],
  },
  {
    id: "team-shout-out",
    sources: ["csps-dos-and-donts-transcript", "statcan-employee-guidelines"],
    guidance: ["csps.do.shout-out", "statcan.respectful.privacy"],
    title: { en: "A shout-out with a team photo", fr: "Souligner le travail de l'équipe avec une photo" },
    situation: {
      en: "Your team just launched a guide you are proud of. You want to shout out their work on your personal account, with a photo of the team.",
      fr: "Votre équipe vient de lancer un guide dont vous tirez de la fierté. Vous voulez souligner son travail sur votre compte personnel, avec une photo de l'équipe.",
    },
    questions: ["tbs.question.work-environment", "tbs.question.work-content", "tbs.question.reputation"],
    choices: [
      {
        id: "with-permission",
        action: "post",
        context: { identifiable: true },
        text: {
          en: "So proud of my team for launching our new accessibility guide today! Photo shared with everyone's permission.",
          fr: "Tellement fière de mon équipe pour le lancement de notre nouveau guide d'accessibilité aujourd'hui! Photo partagée avec la permission de tous.",
        },
        expected: "appropriate",
        explanation: {
          en: "Shouting out your team's work is a do, once you have permission to share the photo.",
          fr: "Souligner le travail de votre équipe est recommandé, une fois que vous avez la permission de partager la photo.",
        },
        guidance: ["csps.do.shout-out"],
      },
      {
        id: "without-asking",
        action: "post",
        context: { identifiable: true },
        text: {
          en: "So proud of my team for launching our new accessibility guide today! Snapped this photo of everyone at their desks, didn't ask but they look great.",
          fr: "Tellement fière de mon équipe pour le lancement de notre nouveau guide d'accessibilité aujourd'hui! J'ai pris cette photo de tout le monde à leur bureau sans leur demander, mais ils sont superbes.",
        },
        expected: "risky",
        explanation: {
          en: "Pictures of colleagues need their explicit consent: ask before you post.",
          fr: "Les photos de collègues exigent leur consentement explicite : demandez avant de publier.",
        },
        guidance: ["statcan.respectful.privacy", "csps.do.shout-out"],
      },
      {
        id: "tag-without-telling",
        action: "post",
        context: { identifiable: true },
        text: {
          en: "Team lunch! Tagging @marie.l and @josh_p, they don't know I posted this yet 😄",
          fr: "Dîner d'équipe! J'identifie @marie.l et @josh_p, ils ne savent pas encore que j'ai publié ça 😄",
        },
        expected: "risky",
        explanation: {
          en: "Tagging colleagues shares information about them: it needs their consent too.",
          fr: "Identifier des collègues, c'est partager de l'information à leur sujet : il faut aussi leur consentement.",
        },
        guidance: ["statcan.respectful.privacy"],
      },
    ],
  },
  {
    id: "conspiracy-video",
    sources: ["csps-dos-and-donts-transcript", "tbs-personal-use-best-practices"],
    guidance: ["csps.do.verify-sources", "tbs.risk.inappropriate.false-information"],
    title: { en: "A colleague's video", fr: "La vidéo d'un collègue" },
    situation: {
      en: "A colleague sends you a video claiming vaccines carry tracking microchips and asks you to share it with everyone you know.",
      fr: "Un collègue vous envoie une vidéo affirmant que les vaccins contiennent des micropuces de repérage et vous demande de la partager avec tout le monde.",
    },
    questions: ["tbs.question.reliable-source", "tbs.question.reputation"],
    choices: [
      {
        id: "share-it",
        action: "share",
        context: {},
        text: CONSPIRACY_VIDEO,
        expected: "inappropriate",
        explanation: {
          en: "Sharing false information is inappropriate: verify your sources first.",
          fr: "Partager de fausses informations est inapproprié : vérifiez d'abord vos sources.",
        },
        guidance: ["tbs.risk.inappropriate.false-information", "csps.do.verify-sources"],
      },
      {
        id: "like-it",
        action: "like",
        context: {},
        text: CONSPIRACY_VIDEO,
        expected: "inappropriate",
        explanation: {
          en: "A like passes the claim on as your endorsement: it spreads the same false information.",
          fr: "Une mention « J'aime » transmet l'affirmation comme votre appui : elle répand la même fausse information.",
        },
        guidance: ["tbs.risk.inappropriate.false-information", "tbs.question.reliable-source"],
      },
      {
        id: "answer-with-a-source",
        action: "reply",
        inReplyTo: { en: "Watch this and share it with everyone!", fr: "Regarde ça et partage-le avec tout le monde!" },
        context: {},
        text: {
          en: "Thanks, but I only share things I can verify from reliable sources. Here's the Health Canada page on vaccine safety.",
          fr: "Merci, mais je ne partage que ce que je peux vérifier auprès de sources fiables. Voici la page de Santé Canada sur l'innocuité des vaccins.",
        },
        expected: "appropriate",
        explanation: {
          en: "Pointing to a trusted source is participating while avoiding misinformation.",
          fr: "Renvoyer à une source fiable, c'est participer tout en évitant la mésinformation.",
        },
        guidance: ["csps.do.participate", "csps.do.verify-sources"],
      },
    ],
  },
  {
    id: "deputy-head-fundraiser",
    sources: ["psc-political-activities-social-media"],
    guidance: ["psc.deputy-heads"],
    title: { en: "A fundraiser invitation for a deputy head", fr: "Une invitation à un souper-bénéfice pour un administrateur général ou une administratrice générale" },
    situation: {
      en: "You are a deputy head. An old friend tags you in a party's fundraiser invitation and asks you to pass it on.",
      fr: "Vous êtes administrateur général ou administratrice générale. Un vieil ami vous identifie dans l'invitation à un souper-bénéfice d'un parti et vous demande de la faire circuler.",
    },
    questions: ["tbs.scenario.election-period.q1", "tbs.question.non-partisan", "tbs.question.stakeholder"],
    choices: [
      {
        id: "share-the-invitation",
        action: "share",
        context: { role: "deputy-head", identifiable: true },
        text: FUNDRAISER,
        expected: "inappropriate",
        explanation: {
          en: "Deputy heads cannot engage in any political activity other than voting: sharing a party's fundraiser is political activity.",
          fr: "Les administrateurs généraux et administratrices générales ne peuvent exercer aucune activité politique autre que voter : partager le souper-bénéfice d'un parti est une activité politique.",
        },
        guidance: ["psc.deputy-heads"],
      },
      {
        id: "like-the-invitation",
        action: "like",
        context: { role: "deputy-head", identifiable: true },
        text: FUNDRAISER,
        expected: "inappropriate",
        explanation: {
          en: "A like is a political activity too, and a deputy head may do none but vote.",
          fr: "Une mention « J'aime » est aussi une activité politique, et un administrateur général ou une administratrice générale ne peut en exercer aucune sauf voter.",
        },
        guidance: ["psc.deputy-heads", "psc.consider.activities"],
      },
      {
        id: "just-vote",
        action: "post",
        context: { role: "deputy-head", identifiable: true },
        text: { en: "Just voted. Proud to take part in our democracy.", fr: "Je viens de voter. Fier de participer à notre démocratie." },
        expected: "appropriate",
        explanation: {
          en: "Voting is the one political activity left to a deputy head, and saying so names no party.",
          fr: "Voter est la seule activité politique permise à un administrateur général ou à une administratrice générale, et le dire ne nomme aucun parti.",
        },
        guidance: ["psc.deputy-heads"],
      },
      {
        id: "an-employee-shares-it",
        action: "share",
        context: { role: "employee" },
        text: FUNDRAISER,
        expected: "risky",
        explanation: {
          en: "For an employee outside work, the same share is engaging with partisan content: risky, weighed against the PSC factors.",
          fr: "Pour les autres fonctionnaires, hors du travail, le même partage est une interaction avec du contenu partisan : c'est risqué, à évaluer selon les facteurs de la CFP.",
        },
        guidance: ["tbs.risk.risky.partisan-content", "psc.consider.activities"],
      },
    ],
  },
  {
    id: "election-lunch-laptop",
    sources: ["psc-political-activities-social-media", "statcan-employee-guidelines"],
    guidance: ["psc.dont.work-hours-resources", "statcan.day-job.personal-time"],
    title: { en: "Lunch on a government laptop during an election", fr: "Le dîner sur un ordinateur du gouvernement en période électorale" },
    situation: {
      en: "It is an election period. You are eating lunch at your desk, scrolling social media on your government laptop, when a campaign post comes up.",
      fr: "C'est une période électorale. Vous dînez à votre bureau en parcourant les médias sociaux sur votre ordinateur portable du gouvernement quand une publication de campagne apparaît.",
    },
    questions: ["tbs.scenario.election-period.q2", "tbs.question.non-partisan"],
    choices: [
      {
        id: "share-it-from-the-laptop",
        action: "share",
        context: { electionPeriod: true, governmentDevice: true },
        text: CAMPAIGN_POST,
        expected: "inappropriate",
        explanation: {
          en: "Political activity using government resources, including devices, is a don't, lunch break or not.",
          fr: "Une activité politique au moyen de ressources du gouvernement, y compris les appareils, est à proscrire, pause du dîner ou non.",
        },
        guidance: ["psc.dont.work-hours-resources"],
      },
      {
        id: "share-it-from-home",
        action: "share",
        context: { electionPeriod: true },
        text: CAMPAIGN_POST,
        expected: "risky",
        explanation: {
          en: "On your own phone at home it is no longer at work, but it is still engaging with partisan content: risky.",
          fr: "Sur votre téléphone à la maison, ce n'est plus au travail, mais c'est toujours une interaction avec du contenu partisan : c'est risqué.",
        },
        guidance: ["tbs.risk.risky.partisan-content", "psc.dont.impairs-impartiality"],
      },
      {
        id: "something-else-at-lunch",
        action: "post",
        context: { electionPeriod: true, governmentDevice: true },
        text: {
          en: "Anyone have a good recipe for banana bread? Asking for my lunch break.",
          fr: "Quelqu'un a une bonne recette de pain aux bananes? Je demande pour ma pause du dîner.",
        },
        expected: "appropriate",
        explanation: {
          en: "Personal use at lunch is encouraged, within the network use policy, as long as it is not political.",
          fr: "L'utilisation personnelle pendant le dîner est encouragée, dans le respect de la politique d'utilisation du réseau, tant qu'elle n'est pas politique.",
        },
        guidance: ["statcan.day-job.personal-time", "statcan.day-job.network-policy"],
      },
    ],
  },
  {
    id: "job-posting-hashtag",
    sources: ["csps-dos-and-donts-transcript", "tbs-personal-use-best-practices"],
    guidance: ["csps.do.job-leads", "csps.do.accessible-hashtag", "tbs.question.hashtags"],
    title: { en: "A hashtag for a job posting", fr: "Un mot-clic pour une offre d'emploi" },
    situation: {
      en: "Your team is hiring and you want to share the posting on your personal account with a hashtag so more people see it.",
      fr: "Votre équipe embauche et vous voulez partager l'offre sur votre compte personnel avec un mot-clic pour qu'elle soit vue par plus de gens.",
    },
    questions: ["tbs.question.hashtags", "tbs.question.stakeholder"],
    choices: [
      {
        id: "job-hashtags",
        action: "share",
        context: { identifiable: true },
        text: { en: `${JOB_POST.en} #PublicServiceJobs #GCJobs`, fr: `${JOB_POST.fr} #EmploisFonctionPublique #EmploisGC` },
        expected: "appropriate",
        explanation: {
          en: "Sharing job leads is a do, and capitalized hashtags are accessible to screen readers.",
          fr: "Partager des offres d'emploi est recommandé, et les mots-clics avec majuscules sont accessibles aux lecteurs d'écran.",
        },
        guidance: ["csps.do.job-leads", "csps.do.accessible-hashtag", "tbs.risk.appropriate.job-opportunities"],
      },
      {
        id: "a-cause-hashtag",
        action: "share",
        context: { identifiable: true },
        text: { en: `${JOB_POST.en} #DefundThePolice`, fr: `${JOB_POST.fr} #DefundThePolice` },
        expected: "risky",
        explanation: {
          en: "A trending cause hashtag ties the posting to a movement: research hashtags to avoid unintended associations.",
          fr: "Un mot-clic de cause populaire associe l'offre à un mouvement : renseignez-vous sur les mots-clics pour éviter les associations involontaires.",
        },
        guidance: ["tbs.question.hashtags"],
      },
      {
        id: "an-all-lowercase-hashtag",
        action: "share",
        context: { identifiable: true },
        text: {
          en: "My team is hiring two policy analysts. Apply by May 15! #publicservicejobsincanada",
          fr: "Mon équipe embauche deux analystes des politiques. Postulez d'ici le 15 mai! #emploisdanslafonctionpublique",
        },
        expected: "appropriate",
        explanation: {
          en: "Still a job lead, so appropriate; capitalizing each word of the hashtag would make it accessible.",
          fr: "C'est toujours une offre d'emploi, donc approprié; mettre une majuscule à chaque mot du mot-clic le rendrait accessible.",
        },
        guidance: ["csps.do.job-leads", "csps.do.accessible-hashtag"],
      },
    ],
  },
  {
    id: "esdc-ei-question",
    sources: ["hrsdc-using-social-media-safely-2012", "csps-dos-and-donts-transcript"],
    guidance: ["hrsdc.weigh-words", "hrsdc.risk.disclosure", "hrsdc.risk.identity"],
    title: { en: "Asked online about EI processing", fr: "Une question en ligne sur le traitement de l'AE" },
    situation: {
      en: "You work at ESDC and your profile says so. Someone posts that their Employment Insurance claim has been waiting six weeks and asks if anyone at ESDC knows why.",
      fr: "Vous travaillez à EDSC et votre profil l'indique. Quelqu'un publie que sa demande d'assurance-emploi attend depuis six semaines et demande si quelqu'un à EDSC sait pourquoi.",
    },
    questions: ["tbs.question.work-content", "tbs.question.work-environment", "tbs.question.reputation"],
    choices: [
      {
        id: "point-to-public-help",
        action: "reply",
        inReplyTo: EI_QUESTION,
        context: { department: "esdc", identifiable: true },
        text: {
          en: "Sorry to hear that. The public processing times are posted on Canada.ca, and Service Canada's EI line can look at your file.",
          fr: "Désolé d'apprendre ça. Les délais de traitement publics sont affichés sur Canada.ca, et la ligne de l'AE de Service Canada peut examiner votre dossier.",
        },
        expected: "appropriate",
        explanation: {
          en: "Pointing to publicly available information and the official channel discloses nothing and speaks for no one.",
          fr: "Renvoyer à de l'information publique et au canal officiel ne divulgue rien et ne parle au nom de personne.",
        },
        guidance: ["tbs.work.factual-public"],
      },
      {
        id: "share-internal-numbers",
        action: "reply",
        inReplyTo: EI_QUESTION,
        context: { department: "esdc", identifiable: true },
        text: {
          en: "I work in EI processing. Between us, the internal numbers aren't public yet, but we're 12 weeks behind.",
          fr: "Je travaille au traitement de l'AE. Entre nous, les chiffres internes ne sont pas encore publics, mais nous avons 12 semaines de retard.",
        },
        expected: "inappropriate",
        explanation: {
          en: "Information not intended for public consumption must not be disclosed, even to help.",
          fr: "L'information qui n'est pas destinée au public ne doit pas être divulguée, même pour rendre service.",
        },
        guidance: ["csps.dont.overshare", "hrsdc.risk.disclosure", "tbs.work.factual-public"],
      },
      {
        id: "answer-for-the-department",
        action: "reply",
        inReplyTo: EI_QUESTION,
        context: { department: "esdc", identifiable: true },
        text: {
          en: "On behalf of ESDC, I apologize for the delay. Send me your SIN and I'll look up your claim.",
          fr: "Au nom d'EDSC, je m'excuse pour ce délai. Envoyez-moi votre NAS et je vais vérifier votre demande.",
        },
        expected: "inappropriate",
        explanation: {
          en: "A personal account must not speak on behalf of the department, and asking for personal information online puts it at risk.",
          fr: "Un compte personnel ne doit pas parler au nom du ministère, et demander des renseignements personnels en ligne les met en danger.",
        },
        guidance: ["tbs.official.not-official-capacity", "hrsdc.risk.disclosure"],
      },
      {
        id: "blame-the-team",
        action: "reply",
        inReplyTo: EI_QUESTION,
        context: { department: "esdc", identifiable: true },
        text: {
          en: "Honestly my manager is useless and our team is a mess, that's why.",
          fr: "Franchement, mon gestionnaire est incompétent et notre équipe est un fouillis, voilà pourquoi.",
        },
        expected: "risky",
        explanation: {
          en: "Venting about your manager and team harms workplace relations: use internal resources instead.",
          fr: "Se défouler au sujet de votre gestionnaire et de votre équipe nuit aux relations de travail : utilisez plutôt les ressources internes.",
        },
        guidance: ["tbs.question.work-environment", "tbs.work.vent-internally"],
      },
    ],
  },
];
