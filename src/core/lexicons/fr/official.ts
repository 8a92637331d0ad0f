import type { Lexicon } from "../../matcher.js";

const SOURCE = "SCT (une publication personnelle ne doit pas paraître officielle ; éviter les symboles officiels, le courriel du GC, les noms d'allure officielle), StatCan 1 et 2.3, rédigé pour Impartial";

/** Parler au nom de l'organisation. */
export const onBehalf: Lexicon = {
  id: "on-behalf",
  lang: "fr",
  source: SOURCE,
  terms: [
    "au nom de", "au nom d'", "au nom du", "au nom des", "en tant que porte-parole", "comme porte-parole", "à titre de porte-parole", "position officielle",
    "la position officielle", "notre position officielle", "la position du ministère", "la position de l'agence", "la position du gouvernement",
    "la position de", "notre position est", "officiellement", "à titre officiel", "à titre de représentant", "à titre de représentante",
    "en ma qualité de", "je parle pour", "je parle au nom", "je représente", "nous représentons", "nous pouvons confirmer",
    "on peut confirmer", "je peux confirmer", "je vous confirme que", "nous confirmons", "je suis autorisé à dire", "je suis autorisée à dire",
    "en tant qu'agent de", "en tant qu'agente de", "en tant qu'employé de", "en tant qu'employée de",
    "ici au ministère", "chez nous au ministère", "je réponds au nom", "je vous réponds au nom", "de la part du ministère",
    "de la part de l'agence",
  ],
};

/** Symboles et marques réservés à l'usage officiel. */
export const officialSymbol: Lexicon = {
  id: "official-symbol",
  lang: "fr",
  source: SOURCE,
  terms: [
    "logo du gouvernement", "logo du GC", "logo du gouvernement du Canada", "mot-symbole Canada", "mot-symbole", "logo officiel",
    "logo du ministère", "logo de l'agence", "logo de", "notre logo", "logo ministériel", "armoiries", "armoiries du Canada",
    "signature officielle", "bloc-signature", "signature de courriel", "papier à en-tête", "en-tête officiel", "image de marque du gouvernement",
    "identité fédérale", "symbole du drapeau",
  ],
};

/** Mots qui donnent à un compte ou à un profil une allure officielle. */
export const officialLooking: Lexicon = {
  id: "official-looking",
  lang: "fr",
  source: SOURCE,
  terms: [
    "officiel", "officielle", "officiels", "compte officiel", "page officielle", "officiellement", "vérifié", "compte vérifié",
    "compte du gouvernement", "compte ministériel", "compte du ministère", "le ministère", "communiqué", "communiqué de presse",
    "avis aux médias", "déclaration officielle", "déclaration du ministre",
  ],
};

/** Dire que les opinions sont les siennes. */
export const disclaimer: Lexicon = {
  id: "disclaimer",
  lang: "fr",
  source: "SCT et StatCan 2.3 (un avertissement aide mais ne protège pas), rédigé pour Impartial",
  terms: [
    "opinions personnelles", "opinion personnelle", "mes opinions", "mes propres opinions", "les opinions exprimées sont les miennes",
    "opinions exprimées sont les miennes", "opinions sont les miennes", "propos personnels", "n'engage que moi", "n'engagent que moi",
    "n'engage pas mon employeur", "n'engagent pas mon employeur", "ne représente pas", "ne représentent pas", "représente pas",
    "compte personnel", "compte perso", "je ne parle pas au nom", "je parle pas au nom", "ne parle pas au nom", "pas au nom de mon employeur",
    "à titre personnel", "partager n'est pas approuver", "partage n'est pas appui", "un partage n'est pas un appui",
    "les partages ne sont pas des appuis", "j'aime n'est pas un appui",
  ],
};

/** Dire que l'on travaille dans la fonction publique. */
export const publicServant: Lexicon = {
  id: "public-servant",
  lang: "fr",
  source: SOURCE,
  terms: [
    "fonctionnaire", "fonctionnaires", "fonctionnaire fédéral", "fonctionnaire fédérale", "employé du gouvernement", "employée du gouvernement",
    "employé fédéral", "employée fédérale", "je travaille au", "je travaille à", "je travaille pour le gouvernement", "je travaille au fédéral",
    "je travaille pour le fédéral", "je travaille chez", "j'travaille au", "j'travaille à", "au fédéral", "analyste au",
    "analyste chez", "agent au", "agente au", "agent de", "agente de", "conseiller au",
    "conseillère au", "conseiller principal", "conseillère principale", "gestionnaire au", "gestionnaire chez",
    "directeur au", "directrice au", "employé de", "employée de", "fière fonctionnaire", "fier fonctionnaire",
    "fonction publique fédérale", "#FonctionPublique", "#FonctionPubliqueFédérale",
  ],
};
