import type {
  GuidanceSource,
  GuidanceSourceId,
  GuidanceStatement,
  ScenarioId,
  StatementKind,
} from "./types.js";
import type { GuidanceRef, Lang, QuoteForm } from "../model.js";

/** The French of this corpus is our own translation, not the publishers' official French. */
export const FRENCH_IS_UNOFFICIAL = true;

export const SOURCES: readonly GuidanceSource[] = Object.freeze([
  {
    id: "tbs-personal-use-best-practices",
    titleEn: "Best practices for public servants using their personal social media",
    // The publisher's own French title (its French page).
    titleFr: "Pratiques exemplaires à l’intention des fonctionnaires pour l’utilisation des médias sociaux à des fins personnelles",
    publisher: "TBS",
    publisherEn: "Treasury Board of Canada Secretariat",
    publisherFr: "Secrétariat du Conseil du Trésor du Canada",
    url: "https://www.canada.ca/en/government/publicservice/values/best-practices-public-servants-using-personal-social-media.html",
    urlFr: "https://www.canada.ca/fr/gouvernement/fonctionpublique/valeurs/pratiques-exemplaires-intention-fonctionnaires-utilisation-medias-sociaux-fins-personnelles.html",
  },
  {
    id: "psc-political-activities-social-media",
    titleEn: "Public servants, political activities and social media",
    titleFr: "Les fonctionnaires, les activités politiques et les médias sociaux",
    publisher: "PSC",
    publisherEn: "Public Service Commission of Canada",
    publisherFr: "Commission de la fonction publique du Canada",
    // The page's French address is not recorded: the English page has the publisher's language toggle.
    url: "https://www.canada.ca/en/public-service-commission/services/political-activities/public-servants-political-activities-social-media.html",
  },
  {
    id: "csps-dos-and-donts-transcript",
    titleEn: "Dos and Don'ts of Navigating Social Media as a Public Servant (TRN1-V13)",
    titleFr: "Ce qu'il faut faire et ne pas faire dans les médias sociaux en tant que fonctionnaire (TRN1-V13)",
    publisher: "CSPS",
    publisherEn: "Canada School of Public Service",
    publisherFr: "École de la fonction publique du Canada",
    year: 2022,
    url: "https://www.csps-efpc.gc.ca/video/navigating-social-media-eng.aspx",
  },
  {
    id: "statcan-employee-guidelines",
    titleEn: "Social Media Guidelines for Employees",
    titleFr: "Lignes directrices sur les médias sociaux à l'intention des employés",
    publisher: "Statistics Canada",
    publisherEn: "Statistics Canada",
    publisherFr: "Statistique Canada",
    url: "https://www.statcan.gc.ca/en/employment/smge",
    departments: ["statcan"],
  },
  {
    id: "hrsdc-using-social-media-safely-2012",
    titleEn: "Using social media safely and effectively",
    titleFr: "Utiliser les médias sociaux de façon sécuritaire et efficace",
    publisher: "HRSDC/ESDC",
    publisherEn: "Human Resources and Skills Development Canada (now Employment and Social Development Canada)",
    publisherFr: "Ressources humaines et Développement des compétences Canada (aujourd'hui Emploi et Développement social Canada)",
    year: 2012,
    // An internal article of 2012: no page publishes it any more.
    departments: ["esdc", "hrsdc"],
  },
]);

interface Entry {
  id: string;
  kind: StatementKind;
  en: string;
  fr: string;
}

/** Statements are written grouped by section so that a heading and its French are typed once. */
interface Section {
  source: GuidanceSourceId;
  section: string;
  sectionFr: string;
  scenario?: ScenarioId;
  statements: readonly Entry[];
}

const TBS = "tbs-personal-use-best-practices";
const PSC = "psc-political-activities-social-media";
const CSPS = "csps-dos-and-donts-transcript";
const STATCAN = "statcan-employee-guidelines";
const HRSDC = "hrsdc-using-social-media-safely-2012";

const TBS_SECTIONS: readonly Section[] = [
  {
    source: TBS,
    section: "Considerations when using social media",
    sectionFr: "Considérations relatives à l'utilisation des médias sociaux",
    statements: [
      {
        id: "tbs.considerations.extra-aware",
        kind: "principle",
        en: "Social media offers many different opportunities and challenges, but if you work for the Government of Canada (GC), you need to be extra aware of what you post online.",
        fr: "Les médias sociaux offrent de nombreuses possibilités et posent de nombreux défis, mais si vous travaillez pour le gouvernement du Canada (GC), vous devez faire preuve d'une vigilance accrue quant à ce que vous publiez en ligne.",
      },
    ],
  },
  {
    source: TBS,
    section: "Follow the Values and Ethics Code for the Public Sector",
    sectionFr: "Respecter le Code de valeurs et d'éthique du secteur public",
    statements: [
      {
        id: "tbs.values-code.outside-work",
        kind: "principle",
        en: "What we say online, even outside of work and working hours, can affect how people view the GC.",
        fr: "Ce que nous disons en ligne, même en dehors du travail et des heures de travail, peut influer sur la façon dont les gens perçoivent le GC.",
      },
      {
        id: "tbs.values-code.follow",
        kind: "principle",
        en: "To help keep public trust and credibility, start by following the Values and Ethics Code for the Public Sector.",
        fr: "Pour aider à préserver la confiance du public et la crédibilité, commencez par respecter le Code de valeurs et d'éthique du secteur public.",
      },
      {
        id: "tbs.values-code.applies-offline",
        kind: "principle",
        en: "This applies even if you don’t identify yourself as a public servant on your social media because others may know you’re employed by the GC or can easily find out.",
        fr: "Cela s'applique même si vous ne vous identifiez pas comme fonctionnaire dans vos médias sociaux, car d'autres personnes peuvent savoir que vous êtes à l'emploi du GC ou le découvrir facilement.",
      },
    ],
  },
  {
    source: TBS,
    section: "Be mindful of your role",
    sectionFr: "Tenir compte de votre rôle",
    statements: [
      {
        id: "tbs.role.visibility",
        kind: "principle",
        en: "If you have a visible or more senior role in the public service, remember that your posts might carry more weight, visibility and scrutiny.",
        fr: "Si vous occupez un rôle visible ou de niveau supérieur dans la fonction publique, n'oubliez pas que vos publications pourraient avoir plus de poids et de visibilité, et faire l'objet d'un examen plus attentif.",
      },
    ],
  },
  {
    source: TBS,
    section: "Your personal posts must not look like you’re posting in an official GC capacity",
    sectionFr: "Vos publications personnelles ne doivent pas donner l'impression que vous publiez à titre officiel pour le GC",
    statements: [
      {
        id: "tbs.official.not-official-capacity",
        kind: "principle",
        en: "If you post to your personal social media account and refer to your position as a public servant, make it clear that you’re not posting in an official capacity (unless you’ve been authorized to do so).",
        fr: "Si vous publiez dans votre compte personnel de média social et faites mention de votre poste de fonctionnaire, indiquez clairement que vous ne publiez pas à titre officiel (à moins d'y avoir été autorisé).",
      },
      {
        id: "tbs.professional.resume-networking",
        kind: "appropriate",
        en: "posting your resume, GC employment history and information on a professional networking site, and networking with other public servants online",
        fr: "publier votre curriculum vitæ, vos antécédents d'emploi au GC et des renseignements sur un site de réseautage professionnel, et réseauter en ligne avec d'autres fonctionnaires",
      },
      {
        id: "tbs.professional.conference",
        kind: "appropriate",
        en: "sharing information about a conference you attended",
        fr: "communiquer de l'information sur une conférence à laquelle vous avez assisté",
      },
      {
        id: "tbs.professional.following",
        kind: "appropriate",
        en: "following social media channels to stay current on professional trends",
        fr: "suivre des chaînes de médias sociaux pour rester au fait des tendances professionnelles",
      },
      {
        id: "tbs.official.disclaimer-may-not-protect",
        kind: "principle",
        en: "Adding a disclaimer that your views are your own can help, but it may not protect you because people might still think that your posts represent the government.",
        fr: "Ajouter un avertissement précisant que vos opinions n'engagent que vous peut aider, mais cela pourrait ne pas vous protéger, car les gens pourraient tout de même penser que vos publications représentent le gouvernement.",
      },
      {
        id: "tbs.official.avoid-symbols-email-names",
        kind: "principle",
        en: "You can help make sure your personal accounts aren’t mistaken for official ones by avoiding official symbols or GC email addresses, or naming conventions that look official.",
        fr: "Vous pouvez éviter que vos comptes personnels soient confondus avec des comptes officiels en n'utilisant pas de symboles officiels, d'adresses courriel du GC ni de conventions d'appellation qui semblent officielles.",
      },
    ],
  },
  {
    source: TBS,
    section: "Balance personal and professional values",
    sectionFr: "Concilier les valeurs personnelles et professionnelles",
    statements: [
      {
        id: "tbs.impartiality.fair-treatment",
        kind: "principle",
        en: "Impartiality helps to ensure that all Canadians get fair treatment, no matter their political views.",
        fr: "L'impartialité contribue à garantir que tous les Canadiens et Canadiennes sont traités équitablement, quelles que soient leurs opinions politiques.",
      },
    ],
  },
  {
    source: TBS,
    section: "Keep posts about your work factual",
    sectionFr: "S'en tenir aux faits dans les publications sur votre travail",
    statements: [
      {
        id: "tbs.work.factual-public",
        kind: "principle",
        en: "Stick to the facts when posting about your work and only post publicly available information.",
        fr: "Tenez-vous-en aux faits lorsque vous publiez au sujet de votre travail et ne publiez que de l'information accessible au public.",
      },
      {
        id: "tbs.work.authorized",
        kind: "principle",
        en: "Make sure any work-related content you post is appropriate and if your post is specifically about your current work, make sure it is authorized.",
        fr: "Assurez-vous que tout contenu lié au travail que vous publiez est approprié et, si votre publication porte précisément sur votre travail actuel, assurez-vous qu'elle est autorisée.",
      },
      {
        id: "tbs.work.vent-internally",
        kind: "principle",
        en: "If you need to vent or work through some frustrations, use trusted internal resources like your organization’s Employee Assistance Program, Ombuds or Informal conflict management system for support.",
        fr: "Si vous avez besoin de vous défouler ou de surmonter certaines frustrations, tournez-vous vers des ressources internes de confiance comme le Programme d'aide aux employés, l'ombudsman ou le Système de gestion informelle des conflits de votre organisation pour obtenir du soutien.",
      },
    ],
  },
  {
    source: TBS,
    section: "Review your online history",
    sectionFr: "Passer en revue votre historique en ligne",
    statements: [
      {
        id: "tbs.history.review",
        kind: "principle",
        en: "Review your social media presence regularly, especially when you join the public service, change roles, or get promoted.",
        fr: "Passez régulièrement en revue votre présence dans les médias sociaux, surtout lorsque vous entrez dans la fonction publique, changez de rôle ou obtenez une promotion.",
      },
      {
        id: "tbs.history.seek-guidance",
        kind: "contact",
        en: "If you’re concerned about previous or historical online posts, seek guidance from your manager or your organizational values and ethics office.",
        fr: "Si d'anciennes publications en ligne vous préoccupent, demandez conseil à votre gestionnaire ou au Bureau des valeurs et de l'éthique de votre organisation.",
      },
    ],
  },
  {
    source: TBS,
    section: "Ensure your social media activity doesn’t create a conflict of interest",
    sectionFr: "Veiller à ce que votre activité dans les médias sociaux ne crée pas de conflit d'intérêts",
    statements: [
      {
        id: "tbs.coi.outside-activities",
        kind: "principle",
        en: "If you have another job or activities outside of the public service, if you own your own business, or if you’re a blogger or social media influencer, you need to be mindful that activity doesn’t create a real, apparent or potential conflict of interest with your role as a public servant.",
        fr: "Si vous avez un autre emploi ou des activités à l'extérieur de la fonction publique, si vous possédez votre propre entreprise, ou si vous êtes blogueur ou influenceur dans les médias sociaux, vous devez veiller à ce que cette activité ne crée pas de conflit d'intérêts réel, apparent ou potentiel avec votre rôle de fonctionnaire.",
      },
    ],
  },
  {
    source: TBS,
    section: "Questions to ask yourself before posting",
    sectionFr: "Questions à vous poser avant de publier",
    statements: [
      {
        id: "tbs.question.perception-criticism",
        kind: "question",
        en: "How could others perceive the post? If others could interpret the post as criticism of your employer or of the government, ask for guidance before posting.",
        fr: "Comment les autres pourraient-ils percevoir la publication? Si d'autres personnes pouvaient l'interpréter comme une critique de votre employeur ou du gouvernement, demandez conseil avant de publier.",
      },
      {
        id: "tbs.question.work-content",
        kind: "question",
        en: "What is the content of the post? If the content is related to your work, the work of your current organization, the work of other organizations and the work of the Government of Canada as a whole, or if it could be seen as an official GC position, it might not be appropriate to post.",
        fr: "Quel est le contenu de la publication? Si le contenu est lié à votre travail, au travail de votre organisation actuelle, au travail d'autres organisations et au travail du gouvernement du Canada dans son ensemble, ou s'il pourrait être perçu comme une position officielle du GC, il pourrait ne pas être approprié de le publier.",
      },
      {
        id: "tbs.question.reputation",
        kind: "question",
        en: "Could it affect your reputation, or that of your organization? Online content is hard to completely erase.",
        fr: "Cela pourrait-il nuire à votre réputation ou à celle de votre organisation? Le contenu en ligne est difficile à effacer complètement.",
      },
      {
        id: "tbs.question.work-environment",
        kind: "question",
        en: "Will it affect your work environment? Avoid posts that could harm workplace relations or be interpreted as critical of your colleagues.",
        fr: "Cela aura-t-il une incidence sur votre milieu de travail? Évitez les publications qui pourraient nuire aux relations de travail ou être interprétées comme une critique de vos collègues.",
      },
      {
        id: "tbs.question.non-partisan",
        kind: "question",
        en: "How could your post or interaction be interpreted in the current environment? Be non-partisan with your online activities. Being politically neutral helps keep the public’s confidence.",
        fr: "Comment votre publication ou votre interaction pourrait-elle être interprétée dans le contexte actuel? Restez non partisan dans vos activités en ligne. La neutralité politique aide à conserver la confiance du public.",
      },
      {
        id: "tbs.question.stakeholder",
        kind: "question",
        en: "If a stakeholder or partner saw your post, how would they interpret it? Before posting or reacting to a post, consider if it might harm the perception of your judgment or integrity.",
        fr: "Si un intervenant ou un partenaire voyait votre publication, comment l'interpréterait-il? Avant de publier ou de réagir à une publication, demandez-vous si cela pourrait nuire à la perception de votre jugement ou de votre intégrité.",
      },
      {
        id: "tbs.question.reliable-source",
        kind: "question",
        en: "Is the source reliable? Share content from trusted sources to avoid spreading misinformation.",
        fr: "La source est-elle fiable? Partagez du contenu provenant de sources dignes de confiance pour éviter de propager de la mésinformation.",
      },
      {
        id: "tbs.question.hashtags",
        kind: "question",
        en: "Are you using hashtags or phrases? Research them to avoid unintended associations.",
        fr: "Utilisez-vous des mots-clics ou des expressions? Renseignez-vous à leur sujet pour éviter des associations involontaires.",
      },
    ],
  },
  {
    source: TBS,
    section: "Upholding human rights and workplace inclusion",
    sectionFr: "Respecter les droits de la personne et favoriser l'inclusion en milieu de travail",
    statements: [
      {
        id: "tbs.rights.human-rights-act",
        kind: "principle",
        en: "Public servants should respect the Canadian Human Rights Act and work towards an inclusive workplace.",
        fr: "Les fonctionnaires doivent respecter la Loi canadienne sur les droits de la personne et contribuer à un milieu de travail inclusif.",
      },
      {
        id: "tbs.rights.balance-values",
        kind: "principle",
        en: "Balance values: Think carefully about how you engage on social media.",
        fr: "Concilier les valeurs : Réfléchissez bien à la façon dont vous interagissez dans les médias sociaux.",
      },
      {
        id: "tbs.rights.seek-guidance",
        kind: "contact",
        en: "Seek guidance: If you’re unsure, talk to your manager or the Values and Ethics office.",
        fr: "Demander conseil : En cas de doute, parlez-en à votre gestionnaire ou au Bureau des valeurs et de l'éthique.",
      },
      {
        id: "tbs.rights.report-harassment",
        kind: "principle",
        en: "Report harassment: Report any harassment or discrimination to your manager and use your organization’s support resources.",
        fr: "Signaler le harcèlement : Signalez tout harcèlement ou toute discrimination à votre gestionnaire et utilisez les ressources de soutien de votre organisation.",
      },
    ],
  },
  {
    source: TBS,
    section: "Assessing the level of risk before posting",
    sectionFr: "Évaluer le niveau de risque avant de publier",
    statements: [
      { id: "tbs.risk.appropriate.networking", kind: "appropriate", en: "networking", fr: "réseauter" },
      {
        id: "tbs.risk.appropriate.job-opportunities",
        kind: "appropriate",
        en: "sharing job opportunities",
        fr: "partager des possibilités d'emploi",
      },
      {
        id: "tbs.risk.appropriate.non-work",
        kind: "appropriate",
        en: "sharing information not related to your work",
        fr: "partager de l'information qui n'est pas liée à votre travail",
      },
      {
        id: "tbs.risk.risky.criticizing-organization",
        kind: "risky",
        en: "creating, sharing or liking posts criticizing decisions of your organization",
        fr: "créer, partager ou aimer des publications qui critiquent des décisions de votre organisation",
      },
      {
        id: "tbs.risk.risky.commenting-government",
        kind: "risky",
        en: "commenting about our own or another jurisdiction’s government or leaders",
        fr: "commenter notre propre gouvernement ou celui d'une autre administration, ou leurs dirigeants",
      },
      {
        id: "tbs.risk.risky.partisan-content",
        kind: "risky",
        en: "engaging with partisan content",
        fr: "interagir avec du contenu partisan",
      },
      {
        id: "tbs.risk.inappropriate.harassment",
        kind: "inappropriate",
        en: "bullying/harassment, discrimination",
        fr: "l'intimidation ou le harcèlement, la discrimination",
      },
      {
        id: "tbs.risk.inappropriate.false-information",
        kind: "inappropriate",
        en: "sharing false information",
        fr: "partager de fausses informations",
      },
      {
        id: "tbs.risk.inappropriate.political-work-hours",
        kind: "inappropriate",
        en: "engaging in political activities during work hours",
        fr: "exercer des activités politiques pendant les heures de travail",
      },
    ],
  },
  {
    source: TBS,
    section: "Duty of loyalty",
    sectionFr: "Devoir de loyauté",
    scenario: "duty-of-loyalty",
    statements: [
      {
        id: "tbs.scenario.duty-of-loyalty",
        kind: "scenario",
        en: "You notice a conversation thread that criticizes a work policy. There are a lot of comments, many of which are negative. You want to contribute to the conversation.",
        fr: "Vous remarquez un fil de discussion qui critique une politique liée au travail. Il y a beaucoup de commentaires, dont bon nombre sont négatifs. Vous voulez participer à la conversation.",
      },
      {
        id: "tbs.scenario.duty-of-loyalty.q1",
        kind: "scenario-question",
        en: "Does my post criticize my department or the GC?",
        fr: "Ma publication critique-t-elle mon ministère ou le GC?",
      },
      {
        id: "tbs.scenario.duty-of-loyalty.q2",
        kind: "scenario-question",
        en: "Am I adding to the conversation in a civil and neutral way?",
        fr: "Est-ce que je contribue à la conversation de façon courtoise et neutre?",
      },
      {
        id: "tbs.scenario.duty-of-loyalty.q3",
        kind: "scenario-question",
        en: "Would I feel uncomfortable about what I posted?",
        fr: "Serais-je mal à l'aise à l'égard de ce que j'ai publié?",
      },
      {
        id: "tbs.scenario.duty-of-loyalty.q4",
        kind: "scenario-question",
        en: "Could my comment reflect poorly on the reputation of my work group?",
        fr: "Mon commentaire pourrait-il nuire à la réputation de mon groupe de travail?",
      },
      {
        id: "tbs.scenario.duty-of-loyalty.q5",
        kind: "scenario-question",
        en: "Could liking or interacting with this post diminish the public’s trust or confidence in my organization?",
        fr: "Le fait d'aimer cette publication ou d'interagir avec elle pourrait-il diminuer la confiance du public envers mon organisation?",
      },
    ],
  },
  {
    source: TBS,
    section: "Employer policies and reputation",
    sectionFr: "Politiques de l'employeur et réputation",
    scenario: "employer-policies",
    statements: [
      {
        id: "tbs.scenario.employer-policies",
        kind: "scenario",
        en: "You want to post your opinion about a controversial topic related to a GC employment-related policy. How do you balance your personal views with your professional responsibilities?",
        fr: "Vous voulez publier votre opinion sur un sujet controversé lié à une politique du GC en matière d'emploi. Comment conciliez-vous vos opinions personnelles et vos responsabilités professionnelles?",
      },
      {
        id: "tbs.scenario.employer-policies.q1",
        kind: "scenario-question",
        en: "Is what I’m posting about related to the GC or my job?",
        fr: "Le sujet de ma publication est-il lié au GC ou à mon emploi?",
      },
      {
        id: "tbs.scenario.employer-policies.q2",
        kind: "scenario-question",
        en: "Could the post or topic be considered offensive or inappropriate?",
        fr: "La publication ou le sujet pourrait-il être jugé offensant ou inapproprié?",
      },
      {
        id: "tbs.scenario.employer-policies.q3",
        kind: "scenario-question",
        en: "Is there someone at work I could speak with to help me address my issues with the employer’s policy?",
        fr: "Y a-t-il quelqu'un au travail à qui je pourrais parler pour m'aider à régler mes préoccupations au sujet de la politique de l'employeur?",
      },
      {
        id: "tbs.scenario.employer-policies.q4",
        kind: "scenario-question",
        en: "If I wait before posting, will I still feel strongly about posting later?",
        fr: "Si j'attends avant de publier, tiendrai-je toujours autant à publier plus tard?",
      },
    ],
  },
  {
    source: TBS,
    section: "Posting during an election period",
    sectionFr: "Publier pendant une période électorale",
    scenario: "election-period",
    statements: [
      {
        id: "tbs.scenario.election-period",
        kind: "scenario",
        en: "During an election period, you want to “like” a political campaign’s post. Since you’re not adding a comment, you think that’s ok, but you aren’t certain.",
        fr: "Pendant une période électorale, vous voulez « aimer » une publication d'une campagne politique. Comme vous n'ajoutez pas de commentaire, vous pensez que c'est acceptable, mais vous n'en êtes pas certain.",
      },
      {
        id: "tbs.scenario.election-period.q1",
        kind: "scenario-question",
        en: "Could my like be interpreted as support or an endorsement of a political party?",
        fr: "Ma mention « J'aime » pourrait-elle être interprétée comme un soutien ou un appui à un parti politique?",
      },
      {
        id: "tbs.scenario.election-period.q2",
        kind: "scenario-question",
        en: "Is this partisan? Does this align with the Values and Ethics Code for the Public Sector?",
        fr: "Est-ce partisan? Est-ce conforme au Code de valeurs et d'éthique du secteur public?",
      },
    ],
  },
  {
    source: TBS,
    section: "Monetizing social media",
    sectionFr: "Monétiser les médias sociaux",
    scenario: "monetizing",
    statements: [
      {
        id: "tbs.scenario.monetizing",
        kind: "scenario",
        en: "You have a personal social media account with a large following and you’re offered a sponsorship to promote a product. Do you accept the offer?",
        fr: "Vous avez un compte personnel de média social qui compte de nombreux abonnés, et on vous offre une commandite pour promouvoir un produit. Acceptez-vous l'offre?",
      },
      {
        id: "tbs.scenario.monetizing.q1",
        kind: "scenario-question",
        en: "Does the product or company have any connection to my GC job? Have I filled out a conflict-of-interest declaration form and received guidance?",
        fr: "Le produit ou l'entreprise a-t-il un lien avec mon emploi au GC? Ai-je rempli un formulaire de déclaration de conflit d'intérêts et reçu des conseils?",
      },
      {
        id: "tbs.scenario.monetizing.q2",
        kind: "scenario-question",
        en: "Would I be promoting something that could be perceived as unethical? Does the company have ties to other businesses that could be controversial?",
        fr: "Ferais-je la promotion de quelque chose qui pourrait être perçu comme contraire à l'éthique? L'entreprise a-t-elle des liens avec d'autres entreprises qui pourraient être controversées?",
      },
      {
        id: "tbs.scenario.monetizing.q3",
        kind: "scenario-question",
        en: "Could this endorsement damage the reputation of the GC, or be seen as an endorsement by the GC?",
        fr: "Cet appui pourrait-il nuire à la réputation du GC ou être perçu comme un appui du GC?",
      },
    ],
  },
  {
    source: TBS,
    section: "Digital Legacy",
    sectionFr: "Héritage numérique",
    scenario: "digital-legacy",
    statements: [
      {
        id: "tbs.scenario.digital-legacy",
        kind: "scenario",
        en: "You find your old posts from many years ago. Some of them are partisan opinions. Knowing that internet content is never truly deleted, do you remove your old posts?",
        fr: "Vous retrouvez d'anciennes publications datant de nombreuses années. Certaines expriment des opinions partisanes. Sachant que le contenu sur Internet n'est jamais vraiment supprimé, retirez-vous vos anciennes publications?",
      },
      {
        id: "tbs.scenario.digital-legacy.q1",
        kind: "scenario-question",
        en: "Were these posts written while I was a public servant?",
        fr: "Ces publications ont-elles été rédigées pendant que j'étais fonctionnaire?",
      },
      {
        id: "tbs.scenario.digital-legacy.q2",
        kind: "scenario-question",
        en: "Could these posts affect my reputation or the reputation of my organization?",
        fr: "Ces publications pourraient-elles nuire à ma réputation ou à celle de mon organisation?",
      },
    ],
  },
  {
    source: TBS,
    section: "Where to find guidance and support",
    sectionFr: "Où trouver des conseils et du soutien",
    statements: [
      {
        id: "tbs.support.whom-to-ask",
        kind: "contact",
        en: "If you’re unsure about something, talk to your manager, your organization’s Values and Ethics office, or your designated senior official for conflict of interest.",
        fr: "En cas de doute, parlez-en à votre gestionnaire, au Bureau des valeurs et de l'éthique de votre organisation ou à votre haut fonctionnaire désigné en matière de conflits d'intérêts.",
      },
      {
        id: "tbs.support.managers-help",
        kind: "principle",
        en: "Managers should help employees evaluate risks thoughtfully.",
        fr: "Les gestionnaires devraient aider les employés à évaluer les risques de façon réfléchie.",
      },
    ],
  },
];

const PSC_SECTIONS: readonly Section[] = [
  {
    source: PSC,
    section: "Public servants, political activities and social media",
    sectionFr: "Les fonctionnaires, les activités politiques et les médias sociaux",
    statements: [
      {
        id: "psc.scope.political-activity",
        kind: "principle",
        en: "This guidance supports federal public servants who are considering engaging in political activities (supporting or opposing a political party or candidate) on social media.",
        fr: "La présente orientation s'adresse aux fonctionnaires fédéraux qui envisagent d'exercer des activités politiques (appuyer un parti politique ou un candidat, ou s'y opposer) dans les médias sociaux.",
      },
      {
        id: "psc.scope.part-7",
        kind: "principle",
        en: "It applies to departments and agencies subject to Part 7 of the Public Service Employment Act.",
        fr: "Elle s'applique aux ministères et organismes assujettis à la partie 7 de la Loi sur l'emploi dans la fonction publique.",
      },
    ],
  },
  {
    source: PSC,
    section: "Balancing rights and responsibilities",
    sectionFr: "Concilier les droits et les responsabilités",
    statements: [
      {
        id: "psc.balance.right",
        kind: "principle",
        en: "As a federal public servant, you have the right to engage in political activities, but that right must be balanced with the responsibility to maintain political impartiality in the public service.",
        fr: "En tant que fonctionnaire fédéral, vous avez le droit d'exercer des activités politiques, mais ce droit doit être concilié avec la responsabilité de maintenir l'impartialité politique de la fonction publique.",
      },
      {
        id: "psc.balance.permitted",
        kind: "principle",
        en: "You can engage in activities that don’t impair, and won’t be perceived as impairing, your ability to perform your duties in a politically impartial manner.",
        fr: "Vous pouvez exercer des activités qui ne portent pas atteinte, et ne seront pas perçues comme portant atteinte, à votre capacité d'exercer vos fonctions de façon politiquement impartiale.",
      },
    ],
  },
  {
    source: PSC,
    section: "Dos and don’ts for public servants on social media",
    sectionFr: "À faire et à éviter pour les fonctionnaires dans les médias sociaux",
    statements: [
      {
        id: "psc.do.inform-yourself",
        kind: "do",
        en: "Taking part in activities to inform yourself as a voter (tuning into broadcast town halls, watching debates and following parties or candidates)",
        fr: "Participer à des activités pour vous informer en tant qu'électeur (écouter des assemblées publiques diffusées, regarder des débats et suivre des partis ou des candidats)",
      },
      {
        id: "psc.dont.work-hours-resources",
        kind: "dont",
        en: "Taking part in any political activity during working hours, or on government premises, or using government resources, including mobile devices",
        fr: "Exercer toute activité politique pendant les heures de travail, dans les locaux du gouvernement ou au moyen de ressources gouvernementales, y compris les appareils mobiles",
      },
      {
        id: "psc.dont.impairs-impartiality",
        kind: "dont",
        en: "Engaging in any political activity that impairs, or could be perceived as impairing, your ability to perform your public service duties in a politically impartial manner",
        fr: "Exercer toute activité politique qui porte atteinte, ou pourrait être perçue comme portant atteinte, à votre capacité d'exercer vos fonctions dans la fonction publique de façon politiquement impartiale",
      },
      {
        id: "psc.deputy-heads",
        kind: "dont",
        en: "Deputy heads cannot engage in any political activity other than voting in an election.",
        fr: "Les administrateurs généraux ne peuvent exercer aucune activité politique autre que voter à une élection.",
      },
    ],
  },
  {
    source: PSC,
    section: "What to consider",
    sectionFr: "Éléments à prendre en considération",
    statements: [
      {
        id: "psc.consider.activities",
        kind: "principle",
        en: "Before you decide to engage in an online political activity (such as “liking” or forwarding a comment, commenting on a post or creating political content), consider some of these factors:",
        fr: "Avant de décider d'exercer une activité politique en ligne (comme « aimer » ou transférer un commentaire, commenter une publication ou créer du contenu politique), tenez compte de certains des facteurs suivants :",
      },
      {
        id: "psc.factor.mandate",
        kind: "factor",
        en: "Your department or agency’s mandate",
        fr: "Le mandat de votre ministère ou organisme",
      },
      {
        id: "psc.factor.platform-links",
        kind: "factor",
        en: "Any links between the mandate and potential political platform issues",
        fr: "Tout lien entre le mandat et d'éventuels enjeux de plateformes politiques",
      },
      {
        id: "psc.factor.direct-service",
        kind: "factor",
        en: "Whether you provide direct service to the public",
        fr: "Le fait que vous offriez ou non des services directs au public",
      },
      {
        id: "psc.factor.influence",
        kind: "factor",
        en: "Your degree of influence over government decision-making and direction",
        fr: "Votre degré d'influence sur la prise de décisions et l'orientation du gouvernement",
      },
      {
        id: "psc.factor.duties",
        kind: "factor",
        en: "Your duties in your public service position",
        fr: "Les fonctions de votre poste dans la fonction publique",
      },
      {
        id: "psc.factor.duties-political",
        kind: "factor",
        en: "Your duties related to, or affecting, your political activity",
        fr: "Vos fonctions liées à votre activité politique ou ayant une incidence sur celle-ci",
      },
      {
        id: "psc.factor.authorities",
        kind: "factor",
        en: "Your authorities (decision-making, staffing, financial)",
        fr: "Vos pouvoirs (décisionnels, de dotation, financiers)",
      },
      {
        id: "psc.factor.visibility",
        kind: "factor",
        en: "Your visibility as a public servant",
        fr: "Votre visibilité en tant que fonctionnaire",
      },
      {
        id: "psc.factor.official-interaction",
        kind: "factor",
        en: "Your official interaction as a public servant with people, businesses, associations or groups",
        fr: "Vos interactions officielles, en tant que fonctionnaire, avec des personnes, des entreprises, des associations ou des groupes",
      },
    ],
  },
  {
    source: PSC,
    section: "Other considerations",
    sectionFr: "Autres considérations",
    statements: [
      {
        id: "psc.other.digital-footprint",
        kind: "factor",
        en: "Your digital footprint: online messages can become permanent, and it can be hard to control where they go and who sees them",
        fr: "Votre empreinte numérique : les messages en ligne peuvent devenir permanents, et il peut être difficile de contrôler où ils vont et qui les voit",
      },
      {
        id: "psc.other.online-visibility",
        kind: "factor",
        en: "Your online visibility: having a higher number of “friends” or “followers” and whether you’re identifiable as a public servant online can increase the level of risk",
        fr: "Votre visibilité en ligne : un plus grand nombre d'« amis » ou d'« abonnés », et le fait d'être identifiable en ligne comme fonctionnaire, peuvent accroître le niveau de risque",
      },
      {
        id: "psc.other.disclaimer",
        kind: "factor",
        en: "Including a disclaimer on social media posts (“This is my personal opinion and not that of my employer”) may not be enough to address the risk of an activity",
        fr: "Ajouter un avertissement à vos publications dans les médias sociaux (« Ceci est mon opinion personnelle et non celle de mon employeur ») pourrait ne pas suffire à atténuer le risque d'une activité",
      },
    ],
  },
  {
    source: PSC,
    section: "Improper political activities: what happens",
    sectionFr: "Activités politiques irrégulières : ce qui se passe",
    statements: [
      {
        id: "psc.investigation.authority",
        kind: "principle",
        en: "The Public Service Commission of Canada has exclusive authority to investigate allegations of improper political activities.",
        fr: "La Commission de la fonction publique du Canada a le pouvoir exclusif d'enquêter sur les allégations d'activités politiques irrégulières.",
      },
    ],
  },
  {
    source: PSC,
    section: "Other online activities",
    sectionFr: "Autres activités en ligne",
    statements: [
      {
        id: "psc.other-activities.values-code",
        kind: "principle",
        en: "Activities that don’t fall under the definition of a political activity should be considered in light of the Values and Ethics Code for the Public Sector and your departmental code of conduct.",
        fr: "Les activités qui ne correspondent pas à la définition d'une activité politique doivent être examinées à la lumière du Code de valeurs et d'éthique du secteur public et du code de conduite de votre ministère.",
      },
      {
        id: "psc.other-activities.whom-to-ask",
        kind: "contact",
        en: "For more information, please consult the Treasury Board Secretariat Guidance for Public Servants on their Personal Use of Social Media, talk to your manager or your values and ethics advisor.",
        fr: "Pour de plus amples renseignements, veuillez consulter l'orientation du Secrétariat du Conseil du Trésor à l'intention des fonctionnaires sur leur utilisation personnelle des médias sociaux, ou parlez-en à votre gestionnaire ou à votre conseiller en valeurs et en éthique.",
      },
    ],
  },
  {
    source: PSC,
    section: "Guidance and support",
    sectionFr: "Orientation et soutien",
    statements: [
      {
        id: "psc.support.representative",
        kind: "contact",
        en: "Contact your designated political activities representative",
        fr: "Communiquez avec votre agent désigné des activités politiques",
      },
      {
        id: "psc.support.self-assessment",
        kind: "contact",
        en: "Use the Political Activities Self-Assessment Tool to assess a political activity’s level of risk to non-partisanship in the public service",
        fr: "Utilisez l'Outil d'autoévaluation des activités politiques pour évaluer le niveau de risque que présente une activité politique pour le caractère non partisan de la fonction publique",
      },
      {
        id: "psc.support.information-session",
        kind: "do",
        en: "Sign up for an information session on your rights and responsibilities when engaging in political activities.",
        fr: "Inscrivez-vous à une séance d'information sur vos droits et responsabilités lorsque vous exercez des activités politiques.",
      },
    ],
  },
];

// The transcript has no headings of its own, so its statements carry the video's title.
const CSPS_TITLE = "Dos and Don'ts of Navigating Social Media as a Public Servant";
const CSPS_TITLE_FR = "Ce qu'il faut faire et ne pas faire dans les médias sociaux en tant que fonctionnaire";

const CSPS_SECTIONS: readonly Section[] = [
  {
    source: CSPS,
    section: CSPS_TITLE,
    sectionFr: CSPS_TITLE_FR,
    statements: [
      {
        id: "csps.leverage-platforms",
        kind: "principle",
        en: "As a public servant, you can leverage digital platforms to share your work, collaborate with others, and engage.",
        fr: "En tant que fonctionnaire, vous pouvez tirer parti des plateformes numériques pour faire connaître votre travail, collaborer avec d'autres personnes et participer.",
      },
      {
        id: "csps.values-code.always",
        kind: "principle",
        en: "And whether it's personal or professional, your social media use is guided 24/7 by the Values and Ethics Code.",
        fr: "Et qu'elle soit personnelle ou professionnelle, votre utilisation des médias sociaux est guidée 24 heures sur 24, 7 jours sur 7, par le Code de valeurs et d'éthique.",
      },
      {
        id: "csps.do.shout-out",
        kind: "do",
        en: "Do shout out the great work that you and your team are doing and get permission to share team and event videos or photos.",
        fr: "Faites connaître l'excellent travail que vous et votre équipe accomplissez, et obtenez la permission avant de partager des vidéos ou des photos de l'équipe et d'événements.",
      },
      {
        id: "csps.do.collaborators",
        kind: "do",
        en: "Do find, tag and follow potential collaborators for future cross-promotion.",
        fr: "Trouvez, identifiez et suivez des collaborateurs potentiels en vue d'une promotion croisée future.",
      },
      {
        id: "csps.do.job-leads",
        kind: "do",
        en: "Do like, post and share information, like job leads and recruitment campaigns.",
        fr: "Aimez, publiez et partagez de l'information, comme des pistes d'emploi et des campagnes de recrutement.",
      },
      {
        id: "csps.do.accessible-hashtag",
        kind: "do",
        en: "Do join the conversation using an event or theme #Hashtag that's accessible.",
        fr: "Joignez-vous à la conversation au moyen d'un #motclic accessible lié à un événement ou à un thème.",
      },
      {
        id: "csps.do.participate",
        kind: "do",
        en: "Do participate and contribute online.",
        fr: "Participez et contribuez en ligne.",
      },
      {
        id: "csps.do.verify-sources",
        kind: "do",
        en: "Verify your sources to avoid misinformation and disinformation.",
        fr: "Vérifiez vos sources pour éviter la mésinformation et la désinformation.",
      },
      {
        id: "csps.dont.mistreat",
        kind: "dont",
        en: "Don't mistreat others: Harassment, defamation, hate propaganda and copyright infringement are never okay.",
        fr: "Ne maltraitez pas les autres : le harcèlement, la diffamation, la propagande haineuse et la violation du droit d'auteur ne sont jamais acceptables.",
      },
      {
        id: "csps.dont.overshare",
        kind: "dont",
        en: "Don't overshare: Disclosing sensitive, protected information, or information not intended for public consumption, even if by accident, can have consequences.",
        fr: "N'en dites pas trop : la divulgation de renseignements sensibles ou protégés, ou de renseignements qui ne sont pas destinés au public, même par accident, peut avoir des conséquences.",
      },
      {
        id: "csps.dont.criticize-government",
        kind: "dont",
        en: "Don't forget the Values and Ethics Code: Try to avoid discussions that criticize or attack the government or its policies.",
        fr: "N'oubliez pas le Code de valeurs et d'éthique : essayez d'éviter les discussions qui critiquent ou attaquent le gouvernement ou ses politiques.",
      },
      {
        id: "csps.dont.tag-partisan",
        kind: "dont",
        en: "Stay impartial: Assess before tagging partisan accounts or political parties.",
        fr: "Restez impartial : réfléchissez avant d'identifier des comptes partisans ou des partis politiques.",
      },
      {
        id: "csps.dont.spam",
        kind: "dont",
        en: "Don't disrupt or put GC devices or networks at risk by spamming.",
        fr: "Ne perturbez pas les appareils ou les réseaux du GC et ne les mettez pas en danger en envoyant des pourriels.",
      },
      {
        id: "csps.gray-areas",
        kind: "principle",
        en: "If you're still in doubt on how to proceed, know that social media activity is full of gray areas.",
        fr: "Si vous avez encore des doutes sur la façon de procéder, sachez que l'activité dans les médias sociaux comporte de nombreuses zones grises.",
      },
      {
        id: "csps.contacts",
        kind: "contact",
        en: "Don't be shy to reach out to your manager, the Values and Ethics Office, your designated political activities rep or your department's Communications team.",
        fr: "N'hésitez pas à communiquer avec votre gestionnaire, le Bureau des valeurs et de l'éthique, votre agent désigné des activités politiques ou l'équipe des communications de votre ministère.",
      },
    ],
  },
];

const STATCAN_SECTIONS: readonly Section[] = [
  {
    source: STATCAN,
    section: "Official Use",
    sectionFr: "Utilisation officielle",
    statements: [
      {
        id: "statcan.usage.official",
        kind: "principle",
        en: "Use of an official departmental social media account for departmental communication purposes.",
        fr: "Utilisation d'un compte officiel de média social du ministère à des fins de communication ministérielle.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "Personal Use",
    sectionFr: "Utilisation personnelle",
    statements: [
      {
        id: "statcan.usage.personal",
        kind: "principle",
        en: "Use of a personal social media account for purposes not related to work.",
        fr: "Utilisation d'un compte personnel de média social à des fins non liées au travail.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "Professional Networking Use",
    sectionFr: "Utilisation aux fins de réseautage professionnel",
    statements: [
      {
        id: "statcan.usage.professional-networking",
        kind: "principle",
        en: "Use of a personal social media account for non-official communication purposes related to work, including participation in professional associations, knowledge sharing and career development.",
        fr: "Utilisation d'un compte personnel de média social à des fins de communication non officielle liées au travail, notamment la participation à des associations professionnelles, le partage des connaissances et le perfectionnement professionnel.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "Social Media Guidelines for Employees",
    sectionFr: "Lignes directrices sur les médias sociaux à l'intention des employés",
    statements: [
      {
        id: "statcan.scope.work-or-home",
        kind: "principle",
        en: "The guidelines should be taken into consideration regardless of whether you are engaging in social media at work or at home.",
        fr: "Les lignes directrices doivent être prises en considération, que vous utilisiez les médias sociaux au travail ou à la maison.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "1. Official Use",
    sectionFr: "1. Utilisation officielle",
    statements: [
      {
        id: "statcan.official.no-replies",
        kind: "dont",
        en: "Employees are not allowed to reply to posts directed at Statistics Canada or speak on behalf of the Agency.",
        fr: "Les employés ne sont pas autorisés à répondre aux publications adressées à Statistique Canada ni à parler au nom de l'organisme.",
      },
      {
        id: "statcan.official.communications-replies",
        kind: "contact",
        en: "Communications Division is responsible for replying to posts directed at Statistics Canada in social media venues.",
        fr: "La Division des communications est chargée de répondre aux publications adressées à Statistique Canada dans les médias sociaux.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "2. Personal Use and Professional Networking Use",
    sectionFr: "2. Utilisation personnelle et utilisation aux fins de réseautage professionnel",
    statements: [
      {
        id: "statcan.scope.network",
        kind: "principle",
        en: "use social media on Statistics Canada's computer network; or",
        fr: "utilisent les médias sociaux sur le réseau informatique de Statistique Canada; ou",
      },
      {
        id: "statcan.scope.identified",
        kind: "principle",
        en: "identify themselves as Statistics Canada or Government of Canada employees in their personal or professional use of social media.",
        fr: "s'identifient comme employés de Statistique Canada ou du gouvernement du Canada dans leur utilisation personnelle ou professionnelle des médias sociaux.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "2.1 Be professional",
    sectionFr: "2.1 Faire preuve de professionnalisme",
    statements: [
      {
        id: "statcan.professional",
        kind: "principle",
        en: "Remember that as a public servant, your conduct online reflects upon the image of the Government of Canada at all times, not just during working hours.",
        fr: "N'oubliez pas qu'en tant que fonctionnaire, votre conduite en ligne se répercute en tout temps sur l'image du gouvernement du Canada, et pas seulement pendant les heures de travail.",
      },
      {
        id: "statcan.professional.identifiable",
        kind: "principle",
        en: "This is particularly true if the Government of Canada could be identified as your employer through your use of social media.",
        fr: "C'est particulièrement vrai si votre utilisation des médias sociaux permet d'identifier le gouvernement du Canada comme votre employeur.",
      },
      {
        id: "statcan.professional.values-code",
        kind: "principle",
        en: "Also, every Government of Canada employee has responsibilities under the Values and Ethics Code for the Public Service.",
        fr: "De plus, chaque employé du gouvernement du Canada a des responsabilités en vertu du Code de valeurs et d'éthique de la fonction publique.",
      },
      {
        id: "statcan.professional.exemplify-values",
        kind: "principle",
        en: "The code stipulates that public service employees must ensure that “they exemplify, in all their actions and behaviours, the values of public service.”",
        fr: "Le code stipule que les fonctionnaires doivent veiller à « incarner, dans toutes leurs actions et tous leurs comportements, les valeurs de la fonction publique ».",
      },
      {
        id: "statcan.contact.web2social",
        kind: "contact",
        en: "If you have questions about an online activity in which you want to engage, or if you are unsure about whether or not a topic, post or comment is appropriate, please contact the Web2Social team in Communications Division.",
        fr: "Si vous avez des questions sur une activité en ligne à laquelle vous souhaitez participer, ou si vous ne savez pas si un sujet, une publication ou un commentaire est approprié, veuillez communiquer avec l'équipe Web2Social de la Division des communications.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "2.2 Be responsible",
    sectionFr: "2.2 Faire preuve de responsabilité",
    statements: [
      {
        id: "statcan.responsible",
        kind: "principle",
        en: "Always keep in mind that you are personally responsible for the content you publish online through social media and can be held accountable for any inappropriate comment.",
        fr: "Gardez toujours à l'esprit que vous êtes personnellement responsable du contenu que vous publiez en ligne dans les médias sociaux et que vous pouvez devoir rendre compte de tout commentaire inapproprié.",
      },
      {
        id: "statcan.responsible.visible-long-time",
        kind: "principle",
        en: "Be aware that the content you post is visible to the entire world and will remain public for a very long time.",
        fr: "Sachez que le contenu que vous publiez est visible dans le monde entier et restera public pendant très longtemps.",
      },
      {
        id: "statcan.responsible.understand-risks",
        kind: "do",
        en: "Before engaging in social media activities, be sure to understand the social media environment and its associated risks.",
        fr: "Avant de participer à des activités dans les médias sociaux, assurez-vous de bien comprendre l'environnement des médias sociaux et les risques qui y sont associés.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "2.3 Take ownership",
    sectionFr: "2.3 Assumer la responsabilité de vos propos",
    statements: [
      {
        id: "statcan.ownership.personal-view",
        kind: "do",
        en: "Clearly state that the content you publish is based on your personal sentiment and that you are not speaking on behalf of Statistics Canada.",
        fr: "Indiquez clairement que le contenu que vous publiez reflète votre opinion personnelle et que vous ne parlez pas au nom de Statistique Canada.",
      },
      {
        id: "statcan.ownership.disclaimer",
        kind: "do",
        en: "Consider using a disclaimer such as: “This is my personal opinion and does not necessarily represent the views of Statistics Canada.”",
        fr: "Envisagez d'utiliser un avertissement comme : « Ceci est mon opinion personnelle et ne représente pas nécessairement le point de vue de Statistique Canada. »",
      },
      {
        id: "statcan.ownership.disclaimer-not-absolve",
        kind: "principle",
        en: "However, it is important to note that such a disclaimer does not absolve you of your obligations as a public servant.",
        fr: "Il importe toutefois de noter qu'un tel avertissement ne vous dégage pas de vos obligations de fonctionnaire.",
      },
      {
        id: "statcan.ownership.symbols",
        kind: "dont",
        en: "You must not use any Statistics Canada or Government of Canada corporate symbols (e.g. logos) or signature in your use of social media. They are for official use only.",
        fr: "Vous ne devez utiliser aucun symbole ministériel (p. ex. logos) ni aucune signature de Statistique Canada ou du gouvernement du Canada dans votre utilisation des médias sociaux. Ils sont réservés à un usage officiel.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "2.4 Be respectful",
    sectionFr: "2.4 Faire preuve de respect",
    statements: [
      {
        id: "statcan.respectful.language",
        kind: "dont",
        en: "Don’t engage in any conduct or use any language that would not be acceptable in the workplace.",
        fr: "N'adoptez aucune conduite et n'utilisez aucun langage qui ne seraient pas acceptables en milieu de travail.",
      },
      {
        id: "statcan.respectful.sensitive-topics",
        kind: "principle",
        en: "You should also show proper consideration for topics that may be considered objectionable or inflammatory.",
        fr: "Vous devriez également faire preuve de circonspection à l'égard des sujets qui pourraient être jugés répréhensibles ou incendiaires.",
      },
      {
        id: "statcan.respectful.opinions",
        kind: "do",
        en: "Respect the opinions of others and protect their privacy.",
        fr: "Respectez les opinions des autres et protégez leur vie privée.",
      },
      {
        id: "statcan.respectful.privacy",
        kind: "dont",
        en: "Don’t post pictures, cite, reference or share information related to other individuals (e.g. colleagues) without their explicit consent.",
        fr: "Ne publiez pas de photos d'autres personnes (p. ex. des collègues) et ne citez, ne mentionnez ni ne partagez de renseignements les concernant sans leur consentement explicite.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "2.5 Protect the brand",
    sectionFr: "2.5 Protéger l'image de marque",
    statements: [
      {
        id: "statcan.brand.perception",
        kind: "principle",
        en: "When you express yourself in social media on issues related to, or about, Statistics Canada, you contribute to the public perception of the Agency.",
        fr: "Lorsque vous vous exprimez dans les médias sociaux sur des questions liées à Statistique Canada ou le concernant, vous contribuez à la perception que le public a de l'organisme.",
      },
      {
        id: "statcan.brand.profanity",
        kind: "dont",
        en: "Never publish a post that contains profanity or abuse toward Statistics Canada or the Government of Canada.",
        fr: "Ne publiez jamais de message contenant des grossièretés ou des propos injurieux à l'endroit de Statistique Canada ou du gouvernement du Canada.",
      },
      {
        id: "statcan.brand.public-info",
        kind: "do",
        en: "If you publish information about Statistics Canada or the Government of Canada, ensure that the information is publicly available (e.g. published on the website) and wherever possible, clearly indicate the source.",
        fr: "Si vous publiez de l'information sur Statistique Canada ou le gouvernement du Canada, assurez-vous qu'elle est accessible au public (p. ex. publiée sur le site Web) et, dans la mesure du possible, indiquez clairement la source.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "2.6 Remember that confidentiality is important",
    sectionFr: "2.6 Ne pas oublier l'importance de la confidentialité",
    statements: [
      {
        id: "statcan.confidentiality",
        kind: "principle",
        en: "Confidentiality is the most important value at Statistics Canada and it should be reflected in your personal use and professional networking of social media.",
        fr: "La confidentialité est la valeur la plus importante à Statistique Canada, et elle doit se refléter dans votre utilisation personnelle des médias sociaux et dans votre réseautage professionnel.",
      },
      {
        id: "statcan.confidentiality.oath",
        kind: "do",
        en: "Respect the oath that you took.",
        fr: "Respectez le serment que vous avez prêté.",
      },
      {
        id: "statcan.confidentiality.secure",
        kind: "do",
        en: "Stay informed about confidentiality requirements and best practices and take the appropriate measures to ensure that confidential statistical information remains secure.",
        fr: "Tenez-vous au courant des exigences et des pratiques exemplaires en matière de confidentialité, et prenez les mesures appropriées pour que les renseignements statistiques confidentiels demeurent protégés.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "2.7 Don’t forget your day job",
    sectionFr: "2.7 Ne pas oublier votre travail",
    statements: [
      {
        id: "statcan.day-job.work-hours",
        kind: "principle",
        en: "You should make sure that your online activities during work hours do not interfere with your job and its related commitments.",
        fr: "Vous devez vous assurer que vos activités en ligne pendant les heures de travail n'entravent pas votre travail et les engagements qui s'y rattachent.",
      },
      {
        id: "statcan.day-job.personal-time",
        kind: "do",
        en: "To that effect, you are encouraged to use social media during your personal time (lunch and breaks).",
        fr: "À cet effet, nous vous encourageons à utiliser les médias sociaux pendant votre temps personnel (dîner et pauses).",
      },
      {
        id: "statcan.day-job.network-policy",
        kind: "principle",
        en: "Don’t forget that all employees have an obligation to adhere to Statistics Canada’s Network Use Policy Agreement.",
        fr: "N'oubliez pas que tous les employés sont tenus de respecter l'Entente sur la politique d'utilisation du réseau de Statistique Canada.",
      },
    ],
  },
  {
    source: STATCAN,
    section: "Contact Information",
    sectionFr: "Coordonnées",
    statements: [
      {
        id: "statcan.contact.faq",
        kind: "contact",
        en: "For more information, please read the Frequently Asked Questions for Employees or contact the Web2Social team.",
        fr: "Pour de plus amples renseignements, veuillez lire la Foire aux questions à l'intention des employés ou communiquer avec l'équipe Web2Social.",
      },
    ],
  },
];

// The 2012 article has no headings, so its statements carry its title.
const HRSDC_SECTIONS: readonly Section[] = [
  {
    source: HRSDC,
    section: "Using social media safely and effectively",
    sectionFr: "Utiliser les médias sociaux de façon sécuritaire et efficace",
    statements: [
      {
        id: "hrsdc.vigilant",
        kind: "principle",
        en: "Given its widespread use, as public servants, we should be vigilant when using social media both in our personal and professional lives.",
        fr: "Étant donné leur utilisation répandue, nous devons, en tant que fonctionnaires, faire preuve de vigilance lorsque nous utilisons les médias sociaux, tant dans notre vie personnelle que professionnelle.",
      },
      {
        id: "hrsdc.weigh-words",
        kind: "principle",
        en: "Under the Respect for Democracy and Stewardship values of the HRSDC Code of Conduct, we must weigh our words carefully to avoid posting anything that could affect our effectiveness as employees or undermine the impartiality of the federal public service.",
        fr: "En vertu des valeurs de respect de la démocratie et d'intendance du Code de conduite de RHDCC, nous devons peser soigneusement nos mots afin d'éviter de publier quoi que ce soit qui pourrait nuire à notre efficacité en tant qu'employés ou miner l'impartialité de la fonction publique fédérale.",
      },
      {
        id: "hrsdc.out-of-context",
        kind: "principle",
        en: "Remember that online information can be taken out of context and broadly distributed, forever.",
        fr: "N'oubliez pas que l'information en ligne peut être sortie de son contexte et largement diffusée, pour toujours.",
      },
      {
        id: "hrsdc.wider-audience",
        kind: "principle",
        en: "Remember that the sites are accessible to a wider audience.",
        fr: "N'oubliez pas que ces sites sont accessibles à un public plus large.",
      },
      {
        id: "hrsdc.privacy-settings",
        kind: "principle",
        en: "Despite privacy settings, the information remains public.",
        fr: "Malgré les paramètres de confidentialité, l'information demeure publique.",
      },
      {
        id: "hrsdc.risk.immediate",
        kind: "factor",
        en: "immediate transmission",
        fr: "la transmission immédiate",
      },
      {
        id: "hrsdc.risk.loss-of-control",
        kind: "factor",
        en: "loss of control of content",
        fr: "la perte de contrôle du contenu",
      },
      {
        id: "hrsdc.risk.wide-dissemination",
        kind: "factor",
        en: "wide dissemination and broad audience",
        fr: "la vaste diffusion et le large auditoire",
      },
      {
        id: "hrsdc.risk.permanent",
        kind: "factor",
        en: "permanent nature of posts",
        fr: "le caractère permanent des publications",
      },
      {
        id: "hrsdc.risk.alteration",
        kind: "factor",
        en: "vulnerability to alteration, misrepresentation",
        fr: "la vulnérabilité à la modification et à la déformation",
      },
      {
        id: "hrsdc.risk.identity",
        kind: "factor",
        en: "transparency of online identity (e.g. name, workplace)",
        fr: "la transparence de l'identité en ligne (p. ex. nom, lieu de travail)",
      },
      {
        id: "hrsdc.risk.disclosure",
        kind: "factor",
        en: "disclosure of private or personal information",
        fr: "la divulgation de renseignements privés ou personnels",
      },
      {
        id: "hrsdc.contact",
        kind: "contact",
        en: "For further guidance on using social media in accordance with the HRSDC Code of Conduct, contact the Office of Values and Ethics by submitting a ticket with the Human Resources Service Centre.",
        fr: "Pour obtenir d'autres conseils sur l'utilisation des médias sociaux conformément au Code de conduite de RHDCC, communiquez avec le Bureau des valeurs et de l'éthique en soumettant un billet au Centre de services des ressources humaines.",
      },
      {
        id: "hrsdc.contact.confidential",
        kind: "contact",
        en: "Our team of professionals will treat your enquiry confidentially.",
        fr: "Notre équipe de professionnels traitera votre demande en toute confidentialité.",
      },
    ],
  },
];

function flatten(sections: readonly Section[]): GuidanceStatement[] {
  return sections.flatMap(({ source, section, sectionFr, scenario, statements }) =>
    statements.map((entry) => ({ ...entry, source, section, sectionFr, ...(scenario ? { scenario } : {}) })),
  );
}

export const GUIDANCE: readonly GuidanceStatement[] = Object.freeze(
  flatten([...TBS_SECTIONS, ...PSC_SECTIONS, ...CSPS_SECTIONS, ...STATCAN_SECTIONS, ...HRSDC_SECTIONS]),
);

const STATEMENTS_BY_ID = new Map(GUIDANCE.map((statement) => [statement.id, statement]));

export function guidanceById(id: string): GuidanceStatement {
  const statement = STATEMENTS_BY_ID.get(id);
  if (!statement) {
    throw new Error(`Unknown guidance statement id "${id}": no statement in the guidance corpus has this id.`);
  }
  return statement;
}

/** Who a source is, as a sentence names it (mid-sentence), and whether it takes a plural verb. */
const WHO: Record<GuidanceSourceId, { en: string; fr: string; plural: boolean }> = {
  "tbs-personal-use-best-practices": { en: "the TBS best practices", fr: "les pratiques exemplaires du SCT", plural: true },
  "psc-political-activities-social-media": { en: "the Public Service Commission", fr: "la Commission de la fonction publique", plural: false },
  "csps-dos-and-donts-transcript": { en: "the CSPS video", fr: "la vidéo de l’EFPC", plural: false },
  "statcan-employee-guidelines": { en: "Statistics Canada’s guidelines for its own employees", fr: "les lignes directrices de Statistique Canada pour ses propres employés", plural: true },
  "hrsdc-using-social-media-safely-2012": { en: "HRSDC’s 2012 article for its own employees", fr: "l’article de 2012 de RHDCC (aujourd’hui EDSC) pour ses propres employés", plural: false },
};

/** The verbs a lead-in uses, singular and plural, in both languages. */
const VERB = {
  list: { en: ["lists", "list"], fr: ["cite", "citent"] },
  classes: { en: ["lists", "list"], fr: ["classe", "classent"] },
  say: { en: ["says", "say"], fr: ["dit", "disent"] },
  ask: { en: ["asks", "ask"], fr: ["pose", "posent"] },
  include: { en: ["includes", "include"], fr: ["comprend", "comprennent"] },
} as const;

/** The names of the lists whose items are quoted alone, by source, kind and (where a source has two lists of a kind) section. */
const LISTS: readonly { source: GuidanceSourceId; kinds: readonly StatementKind[]; section?: string; en: string; fr: string }[] = [
  { source: TBS, kinds: ["appropriate"], section: "Your personal posts must not look like you’re posting in an official GC capacity", en: "examples of appropriate posts in a professional context", fr: "exemples de publications appropriées dans un contexte professionnel" },
  { source: PSC, kinds: ["do"], en: "dos for public servants on social media", fr: "choses à faire sur les médias sociaux" },
  { source: PSC, kinds: ["dont"], en: "don’ts for public servants on social media", fr: "choses à ne pas faire sur les médias sociaux" },
  { source: PSC, kinds: ["factor"], section: "What to consider", en: "factors to consider before an online political activity", fr: "facteurs à considérer avant une activité politique en ligne" },
  { source: PSC, kinds: ["factor"], section: "Other considerations", en: "other considerations", fr: "autres considérations" },
  { source: PSC, kinds: ["contact", "do"], section: "Guidance and support", en: "sources of guidance and support", fr: "sources d’orientation et de soutien" },
  { source: HRSDC, kinds: ["factor"], en: "risks to keep to a minimum", fr: "risques à réduire au minimum" },
];

const LEVEL_WORDS = {
  appropriate: { en: "appropriate", fr: "appropriées" },
  risky: { en: "risky", fr: "risquées" },
  inappropriate: { en: "inappropriate", fr: "inappropriées" },
} as const;

/** A whole sentence: a capital (or an opening quotation mark) first, a full stop, question or exclamation mark last. */
function isSentence(text: string): boolean {
  return /^[\p{Lu}“"«(]/u.test(text) && /[.?!][”"»)]?$/u.test(text);
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function marks(text: string, lang: Lang): string {
  return lang === "fr" ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/** The statements of the list a sentence ending on a colon introduces: the fragments that follow it in its section. */
function introduced(s: GuidanceStatement): GuidanceStatement[] {
  const at = GUIDANCE.indexOf(s);
  const out: GuidanceStatement[] = [];
  for (let k = at + 1; k < GUIDANCE.length; k++) {
    const next = GUIDANCE[k]!;
    if (next.source !== s.source || next.section !== s.section || isSentence(next.en)) break;
    out.push(next);
  }
  return out;
}

export interface ShownQuote {
  form: QuoteForm;
  /** The words that introduce the quotation, when it is not a whole sentence of guidance for every public servant. */
  lead?: string;
  /** The quoted words, an excerpt marked with an ellipsis where it stops mid-sentence. */
  text: string;
  /** Lead-in and quotation together, with the language's quotation marks. */
  shown: string;
}

/**
 * How a statement is shown wherever it is quoted (findings, the CLI, the pages): a whole sentence as it is; a list item
 * or fragment after its list's lead-in ("The TBS best practices list as risky: “engaging with partisan content”"); a
 * sentence that ends on a colon joined with the list it introduces; a scenario's question labelled as a question; a
 * department's statement labelled with the department, whose own employees it is written for.
 */
export function shownStatement(s: GuidanceStatement, lang: Lang): ShownQuote {
  const who = WHO[s.source];
  const verb = (v: keyof typeof VERB) => VERB[v][lang][who.plural ? 1 : 0];
  const colon = lang === "fr" ? "\u00a0:" : ":";
  const whoMid = who[lang];
  const section = lang === "fr" ? s.sectionFr : s.section;
  let text = s[lang];
  let form: QuoteForm;
  let lead: string | undefined;
  if (s.kind === "scenario-question") {
    form = "question";
    lead = lang === "fr" ? `Une question que ${whoMid} ${verb("ask")} dans la mise en situation « ${section} »${colon}` : `A question ${whoMid} ${verb("ask")} in the scenario “${section}”${colon}`;
  } else if (s.kind === "scenario") {
    form = "scenario";
    lead = lang === "fr" ? `La mise en situation « ${section} », dans ${whoMid}${colon}` : `The scenario “${section}” in ${whoMid}${colon}`;
  } else if (/:$/.test(s.en)) {
    // "…consider some of these factors:" is never quoted alone: the list it introduces follows it.
    // The first few items are enough to say what it asks; the ellipsis marks the rest.
    const items = introduced(s).map((i) => i[lang]);
    form = items.length > 3 ? "excerpt" : "sentence";
    text = items.length === 0 ? text.replace(/\s*:$/, " …") : `${text} ${items.slice(0, 3).join("; ")}${items.length > 3 ? "; …" : "."}`;
  } else if (isSentence(s.en)) {
    form = "sentence";
  } else {
    form = "excerpt";
    const level = s.kind === "appropriate" || s.kind === "risky" || s.kind === "inappropriate" ? s.kind : undefined;
    const list = LISTS.find((l) => l.source === s.source && l.kinds.includes(s.kind) && (l.section === undefined || l.section === s.section));
    if (list) lead = lang === "fr" ? `Parmi les ${list.fr}, ${whoMid} ${verb("list")}${colon}` : `Among the ${list.en}, ${whoMid} ${verb("list")}${colon}`;
    else if (level) lead = lang === "fr" ? `${capitalized(whoMid)} ${verb("classes")} parmi les activités ${LEVEL_WORDS[level].fr}${colon}` : `${capitalized(whoMid)} ${verb("classes")} as ${LEVEL_WORDS[level].en}${colon}`;
    else lead = lang === "fr" ? `${capitalized(whoMid)}, sous « ${section} », ${verb("include")}${colon}` : `${capitalized(whoMid)}, under “${section}”, ${verb("include")}${colon}`;
    // A list item that stops on "; or", a comma or a semicolon is marked as cut.
    text = text.replace(/\s*(?:[;,](?:\s*(?:or|ou))?)$/u, " …");
  }
  // A department's rule is labelled with the department, whatever its form, unless its lead-in already names it.
  const source = SOURCES.find((x) => x.id === s.source);
  if (source?.departments && lead === undefined) lead = `${capitalized(whoMid)} ${verb("say")}${colon}`;
  return { form, ...(lead !== undefined ? { lead } : {}), text, shown: lead !== undefined ? `${lead} ${marks(text, lang)}` : marks(text, lang) };
}

/** The published page of a source in `lang`: the French page where its address is known, else the English one. */
export function sourceUrl(sourceId: string, lang: Lang): string | undefined {
  const source = SOURCES.find((s) => s.id === sourceId);
  if (!source) return undefined;
  return lang === "fr" ? source.urlFr ?? source.url : source.url;
}

const refCache = { en: new Map<string, GuidanceRef>(), fr: new Map<string, GuidanceRef>() };

/** A statement as findings cite it in `lang`, made once (shared, frozen: findings never change it); throws for an unknown id. */
export function guidanceRef(id: string, lang: Lang): GuidanceRef {
  let ref = refCache[lang].get(id);
  if (!ref) {
    const s = guidanceById(id);
    const { form, shown } = shownStatement(s, lang);
    const url = sourceUrl(s.source, lang);
    const department = SOURCES.find((x) => x.id === s.source)?.departments?.[0];
    ref = Object.freeze({
      id,
      source: s.source,
      section: lang === "fr" ? s.sectionFr : s.section,
      quote: lang === "fr" ? s.fr : s.en,
      shown,
      form,
      title: sourceTitle(s.source, lang),
      ...(url ? { url } : {}),
      ...(department ? { department } : {}),
    });
    refCache[lang].set(id, ref);
  }
  return ref;
}

/** Whether a reference's statement is for every public servant, or a department's rule and the person works there. */
function forThem(ref: GuidanceRef, departments: readonly string[]): boolean {
  if (!ref.department) return true;
  const own = SOURCES.find((x) => x.id === ref.source)?.departments ?? [];
  return departments.some((d) => own.includes(d.trim().toLowerCase()));
}

/**
 * A finding's guidance for a person of `departments` (the context's department, the engine's department packs): a
 * department's own rules are cited to that department's employees; to anyone else they are left out when other
 * guidance says enough, and shown (labelled with the department, see `shownStatement`) only when they are all the
 * guidance there is. Guidance for every public servant comes first.
 */
export function guidanceFor(refs: GuidanceRef[], departments: readonly string[]): GuidanceRef[] {
  if (!refs.some((r) => r.department)) return refs;
  const kept = refs.filter((r) => forThem(r, departments));
  if (kept.length === 0) return refs;
  return [...kept.filter((r) => !r.department), ...kept.filter((r) => r.department)];
}

/** A reference as a reader should see it: `shown` when the reference has it (the corpus's do), else its quote in quotation marks. */
export function shownQuote(ref: GuidanceRef, lang: Lang): string {
  return ref.shown ?? marks(ref.quote, lang);
}

/** A source's title in `lang` (the French one is unofficial unless the publisher's is known); the id itself for an unknown source. */
export function sourceTitle(sourceId: string, lang: Lang): string {
  const source = SOURCES.find((s) => s.id === sourceId);
  if (!source) return sourceId;
  return lang === "fr" ? source.titleFr : source.titleEn;
}

/**
 * Where a quotation comes from, as a reader would cite it: the source's title and publisher, then the section. The
 * publisher tells a reader whose department's rules a quotation states ("… (Statistics Canada)").
 */
export function citation(ref: { source: string; section: string }, lang: Lang): string {
  const source = SOURCES.find((s) => s.id === ref.source);
  const title = source ? `${sourceTitle(ref.source, lang)} (${lang === "fr" ? source.publisherFr : source.publisherEn})` : ref.source;
  return ref.section ? `${title}, ${ref.section}` : title;
}
