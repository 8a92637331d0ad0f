import { contactById } from "../guidance/contacts.js";
import type { Pack, PackContact } from "./types.js";

/** A contact of the guidance corpus, as pack data: a pack chosen by name reaches its people even without a department. */
function corpusContact(id: string): PackContact {
  const c = contactById(id);
  return { id: c.id, en: c.en, fr: c.fr };
}

/** Everyone: the built-in rules at their own levels. */
export const GC_PACK: Pack = {
  id: "gc",
  name: { en: "Government of Canada", fr: "Gouvernement du Canada" },
  description: {
    en: "Every public servant: the TBS, PSC and CSPS guidance with the built-in rules and levels.",
    fr: "Tous les fonctionnaires : l'orientation du SCT, de la CFP et de l'EFPC avec les règles et niveaux intégrés.",
  },
};

/** PSC staff: the PSC asks everyone to weigh their organization's mandate, and the PSC's mandate is political impartiality itself. */
export const PSC_PACK: Pack = {
  id: "psc",
  name: { en: "Public Service Commission", fr: "Commission de la fonction publique" },
  description: {
    en: "PSC employees: creating, liking or sharing partisan content is inappropriate, since the Commission's mandate is non-partisanship (PSC factors: your organization's mandate and its links to political issues).",
    fr: "Personnel de la CFP : créer, aimer ou partager du contenu partisan est inapproprié, puisque le mandat de la Commission est l'impartialité politique (facteurs de la CFP : le mandat de votre organisation et ses liens avec les enjeux politiques).",
  },
  extends: ["gc"],
  departments: ["psc"],
  rules: {
    "partisan/campaign-call": "inappropriate",
    "partisan/party-stance": "inappropriate",
    "partisan/engaging": "inappropriate",
  },
  contacts: [corpusContact("political-activities-representative"), corpusContact("public-service-commission")],
};

/** Statistics Canada: the confidentiality oath, the release embargo, replies by Communications Division, no corporate symbols. */
export const STATCAN_PACK: Pack = {
  id: "statcan",
  name: { en: "Statistics Canada", fr: "Statistique Canada" },
  description: {
    en: "Statistics Canada employees: confidentiality and the release embargo, replies to the Agency left to Communications Division, no corporate symbols, the Web2Social team to ask.",
    fr: "Personnel de Statistique Canada : confidentialité et embargo sur les diffusions, réponses à l'organisme laissées à la Division des communications, aucun symbole ministériel, l'équipe Web2Social à consulter.",
  },
  extends: ["gc"],
  departments: ["statcan"],
  rules: {
    // "Employees are not allowed to reply to posts directed at Statistics Canada."
    "official-capacity/statcan-replies": "inappropriate",
    // "You must not use any Statistics Canada or Government of Canada corporate symbols … They are for official use only."
    "official-capacity/gc-email-and-symbols": "inappropriate",
  },
  lexicons: [
    {
      id: "official-symbol",
      source: "Statistics Canada's Social Media Guidelines for Employees, 2.3 Take ownership (corporate symbols, signature), terms written for Impartial",
      terms: ["Statistics Canada logo", "StatCan wordmark", "Statistics Canada signature", "logo de Statistique Canada", "signature de Statistique Canada"],
    },
  ],
  termRules: [
    {
      id: "statcan.embargo",
      category: "confidential",
      level: "risky",
      terms: [
        "embargoed", "under embargo", "embargo lifts", "before the embargo", "media lock-up", "lock-up", "lockup",
        "before The Daily", "ahead of The Daily", "not in The Daily yet", "pre-release figures", "advance copy of the release",
        "sous embargo", "levée de l'embargo", "avant l'embargo", "huis clos des médias", "avant Le Quotidien",
        "pas encore dans Le Quotidien", "chiffres non diffusés", "avant la diffusion officielle",
      ],
      message: {
        en: "“{text}” speaks of figures before their release. Confidentiality is Statistics Canada's most important value: respect the oath you took and post only what is already published.",
        fr: "« {text} » évoque des chiffres avant leur diffusion. La confidentialité est la valeur la plus importante de Statistique Canada : respectez le serment que vous avez prêté et ne publiez que ce qui est déjà diffusé.",
      },
      guidance: ["statcan.confidentiality.oath", "statcan.brand.public-info"],
      suggestion: {
        en: "Wait for the release in The Daily, then link to it.",
        fr: "Attendez la diffusion dans Le Quotidien, puis donnez-en le lien.",
      },
    },
  ],
  contacts: [corpusContact("statcan-web2social"), corpusContact("statcan-communications-division")],
};

/** ESDC (formerly HRSDC): the risks its own guidance lists, clients' information above all. */
export const ESDC_PACK: Pack = {
  id: "esdc",
  name: { en: "Employment and Social Development Canada", fr: "Emploi et Développement social Canada" },
  description: {
    en: "ESDC and Service Canada employees: the HRSDC risks (disclosure of private or personal information, transparency of online identity) and the Office of Values and Ethics.",
    fr: "Personnel d'EDSC et de Service Canada : les risques nommés par RHDCC (divulgation d'information privée ou personnelle, transparence de l'identité en ligne) et le Bureau des valeurs et de l'éthique.",
  },
  extends: ["gc"],
  departments: ["esdc", "hrsdc"],
  lexicons: [
    {
      id: "gc-org",
      source: "Service Canada's points of service, written for Impartial",
      terms: ["Service Canada Centre", "Service Canada Centres", "Centre Service Canada", "Centres Service Canada"],
    },
  ],
  termRules: [
    {
      id: "esdc.client-information",
      category: "privacy",
      level: "risky",
      terms: [
        "client file", "client files", "client's file", "claimant's file", "EI claimant", "EI claimants", "Service Canada client",
        "Service Canada clients", "one of my clients", "SIN number", "dossier du client", "dossier d'un client",
        "dossiers des clients", "prestataire de l'assurance-emploi", "prestataires de l'assurance-emploi",
        "client de Service Canada", "clients de Service Canada", "un de mes clients", "une de mes clientes", "numéro d'assurance sociale",
      ],
      message: {
        en: "“{text}” is about the people ESDC serves. Posts are permanent and spread beyond your control: never disclose private or personal information about a client.",
        fr: "« {text} » concerne les personnes que sert EDSC. Les publications sont permanentes et échappent à votre contrôle : ne divulguez jamais d'information privée ou personnelle sur un membre de la clientèle.",
      },
      guidance: ["hrsdc.risk.disclosure", "hrsdc.risk.permanent", "hrsdc.risk.loss-of-control"],
      suggestion: {
        en: "Leave out anything that could identify a client or their file.",
        fr: "Retirez tout ce qui pourrait identifier une personne de la clientèle ou son dossier.",
      },
    },
    {
      id: "esdc.work-identity",
      category: "official-capacity",
      level: "appropriate",
      terms: ["I work at Service Canada", "I work for Service Canada", "Service Canada employee", "je travaille à Service Canada", "je travaille pour Service Canada", "employé de Service Canada", "employée de Service Canada"],
      message: {
        en: "“{text}” makes your workplace known: what you post is then read as coming from an ESDC employee.",
        fr: "« {text} » fait connaître votre lieu de travail : ce que vous publiez est alors lu comme venant d'un membre du personnel d'EDSC.",
      },
      guidance: ["hrsdc.risk.identity", "hrsdc.weigh-words"],
    },
  ],
  contacts: [corpusContact("esdc-values-and-ethics")],
};

export const BUILTIN_PACKS: readonly Pack[] = [GC_PACK, PSC_PACK, STATCAN_PACK, ESDC_PACK];
