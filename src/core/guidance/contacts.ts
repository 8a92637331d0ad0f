import type { GuidanceContact } from "./types.js";

/** Whom the guidance tells a public servant to ask; the French names are unofficial. */
export const CONTACTS: readonly GuidanceContact[] = Object.freeze([
  {
    id: "manager",
    en: "Your manager",
    fr: "Votre gestionnaire",
    guidance: [
      "tbs.history.seek-guidance",
      "tbs.rights.seek-guidance",
      "tbs.rights.report-harassment",
      "tbs.support.whom-to-ask",
      "tbs.support.managers-help",
      "psc.other-activities.whom-to-ask",
      "csps.contacts",
    ],
  },
  {
    id: "values-and-ethics-office",
    en: "Your organization’s Values and Ethics office",
    fr: "Le Bureau des valeurs et de l'éthique de votre organisation",
    guidance: [
      "tbs.history.seek-guidance",
      "tbs.rights.seek-guidance",
      "tbs.support.whom-to-ask",
      "psc.other-activities.whom-to-ask",
      "csps.contacts",
    ],
  },
  {
    id: "political-activities-representative",
    en: "Your designated political activities representative",
    fr: "La personne désignée pour les activités politiques dans votre organisation",
    guidance: ["psc.support.representative", "csps.contacts"],
  },
  {
    id: "communications-team",
    en: "Your department’s Communications team",
    fr: "L'équipe des communications de votre ministère",
    guidance: ["csps.contacts"],
  },
  {
    id: "employee-assistance-program",
    en: "Your organization’s Employee Assistance Program",
    fr: "Le Programme d'aide aux employés de votre organisation",
    guidance: ["tbs.work.vent-internally"],
  },
  {
    id: "ombuds",
    en: "Your organization’s Ombuds",
    fr: "L'ombudsman de votre organisation",
    guidance: ["tbs.work.vent-internally"],
  },
  {
    id: "informal-conflict-management",
    en: "Your organization’s Informal conflict management system",
    fr: "Le Système de gestion informelle des conflits de votre organisation",
    guidance: ["tbs.work.vent-internally"],
  },
  {
    id: "senior-official-conflict-of-interest",
    en: "Your designated senior official for conflict of interest",
    fr: "Votre haut fonctionnaire désigné en matière de conflits d'intérêts",
    guidance: ["tbs.support.whom-to-ask"],
  },
  {
    id: "public-service-commission",
    en: "The Public Service Commission of Canada (political activities; Political Activities Self-Assessment Tool)",
    fr: "La Commission de la fonction publique du Canada (activités politiques; Outil d'autoévaluation des activités politiques)",
    guidance: ["psc.investigation.authority", "psc.support.self-assessment"],
  },
  {
    id: "statcan-web2social",
    en: "The Web2Social team in Statistics Canada’s Communications Division",
    fr: "L'équipe Web2Social de la Division des communications de Statistique Canada",
    guidance: ["statcan.contact.web2social", "statcan.contact.faq"],
    departments: ["statcan"],
  },
  {
    id: "statcan-communications-division",
    en: "Statistics Canada’s Communications Division, which replies to posts directed at the Agency",
    fr: "La Division des communications de Statistique Canada, qui répond aux publications adressées à l'organisme",
    guidance: ["statcan.official.communications-replies"],
    departments: ["statcan"],
  },
  {
    id: "esdc-values-and-ethics",
    en: "ESDC’s Office of Values and Ethics (submit a ticket with the Human Resources Service Centre)",
    fr: "Le Bureau des valeurs et de l'éthique d'EDSC (soumettez un billet au Centre de services des ressources humaines)",
    guidance: ["hrsdc.contact", "hrsdc.contact.confidential"],
    departments: ["esdc"],
  },
]);

const CONTACTS_BY_ID = new Map(CONTACTS.map((contact) => [contact.id, contact]));

export function contactById(id: string): GuidanceContact {
  const contact = CONTACTS_BY_ID.get(id);
  if (!contact) throw new Error(`Unknown contact id "${id}": no contact in the guidance corpus has this id.`);
  return contact;
}
