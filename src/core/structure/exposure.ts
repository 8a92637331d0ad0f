import type { Span } from "../model.js";
import type { TextView } from "../normalize.js";
import { execIn, firstMatch, holdsAny, testIn } from "./cheap.js";
import { perView } from "./memo.js";

/**
 * How a text exposes someone other than its writer: a photo or video of them, what is private about them (health,
 * family, money, identity numbers), where to find them, and a call to go after them. From the guidance: don't share
 * information about other people, including photos and videos, without their explicit consent (StatCan, "Be respectful:
 * privacy"; HRSDC, "risk of disclosure"); harassment includes exposing people to harm (TBS). Read on the folded text,
 * each pattern with bounded gaps, so linear in the text's length (issue 10).
 */
export interface Exposure {
  /** A photo, video or screenshot of another person ("pic of Greg sleeping", « photo … on voit des clients »). */
  photo: Span | undefined;
  /** The person in it is shown in a state they would not choose to show (asleep, drunk, crying). */
  embarrassing: boolean;
  /** Something private about another person: health, family troubles, debts, identity numbers. */
  personal: Span | undefined;
  /** Where a person can be found: the street they live on, the floor they work on, their door. */
  whereabouts: Span | undefined;
  /** A call to go after a person ("tell her what you think", « allez lui dire ce que vous en pensez »). */
  pointing: Span | undefined;
}

/** Another person, in words (names are read apart: a capitalised word after "of", « de »). */
const PERSON_EN = "(?:the |a |this |that |my |our |some |these |those |two |three |all the |his |her )?(?:guy|guys|man|men|woman|women|lady|ladies|girl|girls|boy|boys|dude|client|clients|customer|customers|coworker|coworkers|co-worker|co-workers|colleague|colleagues|boss|manager|director|team lead|neighbou?r|neighbou?rs|people|everyone|everybody|him|her|them|driver|cashier|stranger|ex|mother-in-law)";
const PERSON_FR = "(?:le |la |les |un |une |des |mon |ma |mes |notre |nos |ce |cette |ces |quelques |deux |trois |tous les |toutes les )?(?:gars|homme|hommes|femme|femmes|dame|dames|fille|filles|garcon|garcons|client|clients|cliente|clientes|collegue|collegues|patron|patronne|boss|gestionnaire|directeur|directrice|voisin|voisine|voisins|monde|tout le monde|chauffeur|caissiere|caissier|inconnu|inconnue|ex|belle-mere)";
const PHOTO = "(?:photos?|pics?|pictures?|videos?|vids?|screenshots?|screen ?caps?|captures? d'ecran|clips?|footage)";

const PHOTO_OF = [
    // pic of the guy, video of my coworker, photo des clients, vidéo du gars
    `\\b${PHOTO}\\s+(?:\\w+\\s+){0,2}(?:of|de|du|des|d')\\s*(?:${PERSON_EN}|${PERSON_FR})\\b`,
    // photo … on voit des clients, you can see the customers
    `\\b${PHOTO}\\b[^\\n]{0,80}\\b(?:on voit|on peut voir|you can see|you see|shows?|montre)\\s+(?:${PERSON_EN}|${PERSON_FR})\\b`,
    // caught on camera, filmed him, je l'ai filmé, I took a picture of her
    `\\b(?:filmed|recorded|snapped)\\s+(?:${PERSON_EN})\\b`,
    `\\bj'(?:l'|les )?ai (?:filme|photographie|pris en photo)|\\bquelqu'un (?:le|la) filme|\\bfilmer (?:le|la|les) (?:gars|collegue|boss|patron)`,
    // plate number visible, on voit sa plaque
    `\\b(?:plate number|licen[cs]e plate|plaque d'immatriculation|numero de plaque|sa plaque)\\b`,
    // j'ai tagué tout le monde, tagged everyone
    `\\b(?:tagged|tague|taguee|identifie) (?:everyone|everybody|all of you|the whole team|tout le monde|toute la gang|toute l'equipe)\\b`,
].map((p) => new RegExp(p));
/** A photo of someone named, in the text as written (a capital starts the name): counts when it shows them as they would not choose. */
const PHOTO_OF_NAME = /\b(?:[Pp]hotos?|[Pp]ics?|[Pp]ictures?|[Vv]id[eé]os?|[Ss]creenshots?|[Cc]lips?)\s+(?:\w+\s+){0,2}(?:of|de|d')\s*\p{Lu}\p{Ll}+/u;
/** The photo is of the writer: a selfie or "a photo of me". */
const OF_SELF = /\b(?:selfie|photo of me|pic of me|picture of me|photo de moi|photo of us|photo de nous|our family photo)\b/;
/** The people in it agreed, or cannot be made out. */
const CONSENT = /\b(?:with (?:their|his|her) (?:permission|consent)|(?:they|he|she) (?:said|agreed) (?:it'?s |it was )?ok|avec (?:leur|son) (?:permission|accord|consentement)|(?:ils|elles|il|elle) (?:m'ont|m'a) (?:donne|dit) (?:la permission|ok)|blurred|floutes?)\b/;
const EMBARRASSING = /\b(?:sleeping|asleep|napping|snoring|drunk|wasted|hammered|passed out|crying|puking|throwing up|naked|half-naked|in (?:his|her) (?:pj|pajamas|pyjamas|underwear)|dort|endormie?|dormait|ronfle|saoule?|soule?|chaudasse|paquetee?|pas mal partie?|pleure|pleurait|vomi\w*|tout nue?|en pyjama|en bobettes)\b/;

/** One other person (not a group: "people on welfare" is talk about a group, not someone's private life). */
const ONE_EN = "(?:my |our |the |a |this |that |his |her )(?:guy|man|woman|lady|girl|boy|kid|client|customer|coworker|co-worker|colleague|boss|manager|director|supervisor|team lead|neighbou?r|driver|cashier|ex|mp|minister|mayor|deputy minister|dm|adm|dg)|\\b(?:he|she)";
const ONE_FR = "(?:mon |ma |notre |le |la |un |une |ce |cette |son |sa )(?:gars|homme|femme|dame|fille|garcon|client|cliente|collegue|patron|patronne|boss|gestionnaire|directeur|directrice|superviseur|superviseure|voisin|voisine|chauffeur|ex|depute|deputee|ministre|maire|mairesse|sous-ministre|dg)|\\b(?:il|elle)";

/** Something private about someone else (health, family troubles, money, identity numbers), after a third-person subject. */
const PERSONAL = [
    `(?:${ONE_EN})\\s+(?:[\\w']+\\s+){0,4}(?:hospitali[sz]ed|in (?:the )?hospital|diagnosed|has cancer|in rehab|on sick leave|on stress leave|off on stress|burn-?out|depressed|bipolar|in debt|bankrupt|on welfare|got arrested|sin included)\\b`,
    `(?:${ONE_FR})\\s+(?:[\\w']+\\s+){0,4}(?:hospitalisee?s?|a l'hopital|diagnostiquee?|a le cancer|a un cancer|en desintox|en conge de maladie|en arret de travail|en burn-?out|en depression|depressive?|bipolaire|endettee?|en faillite|sur le bs|sur l'aide sociale|arretee? par la police|nas inclus)\\b`,
    `\\b(?:his|her|their|son|sa|ses|leur) (?:sin|nas|social insurance number|numero d'assurance sociale|diagnosis|diagnostic|dossier medical|health card|carte soleil|carte d'assurance maladie|salary|salaire)\\b`,
    `\\b(?:sin|nas) (?:included|inclus|compris)\\b`,
].map((p) => new RegExp(p));

/** Where a person can be found (lives on X Ave, the one with the blue door, travaille au 4e étage). */
const WHEREABOUTS = [
    `\\b(?:lives|living|stays)\\s+(?:on|at)\\s+(?:\\d{1,5}\\s+)?(?:[a-z'-]+\\s+){1,2}(?:street|st|road|rd|avenue|ave|boulevard|blvd|drive|dr|crescent|cres|court|ct|lane|ln|way|place|pl|terrace)\\b`,
    `\\b(?:habite|demeure|reste|restent|habitent)\\s+(?:sur|au|a|dans)\\s+(?:la |le |l')?(?:\\d{1,5}\\s+)?(?:rue|avenue|boulevard|boul|chemin|rang|croissant|place)\\s+[a-z'-]+`,
    `\\bthe (?:one|house|place) with the [a-z ]{0,20}(?:door|car|fence|porch|truck)\\b|\\bla (?:maison|porte) (?:avec|a) (?:la |le )?[a-z ]{0,20}(?:porte|clotur|galerie|auto|char|camion)`,
    `\\b(?:works|working|travaille|est)\\s+(?:on|at|au|a|sur)\\s+(?:the )?\\d{1,2}(?:st|nd|rd|th|e|er|ieme)?\\s+(?:floor|etage)\\b`,
].map((p) => new RegExp(p));
/** A call to go after a person. */
const POINTING = /\b(?:(?:go |if (?:anyone|anybody|you) wants? to |feel free to )?(?:tell|let) (?:her|him|them) (?:know )?what (?:you|they|we) (?:think|feel)|give (?:her|him|them) a piece of|pay (?:her|him|them) a visit|(?:allez|aller|va|vas|venez) (?:lui|leur) (?:dire|parler|faire)|dites-(?:lui|leur) ce que|ecrivez-(?:lui|leur)|go get (?:her|him)|you know what to do|vous savez quoi faire)\b/;

function spanOf(view: TextView, m: RegExpExecArray | null): Span | undefined {
  return m ? [view.offsets[m.index]!, view.offsets[m.index + m[0].length]!] : undefined;
}

/** Words each pattern needs one of (see holdsAny). */
const PHOTO_WORDS = ["photo", "pic", "video", "vid", "screen", "capture", "clip", "footage", "film", "record", "snap", "plaque", "plate", "tag", "identifi"];
const PERSONAL_WORDS = ["hospitalized", "hospitalised", "hospital", "hopital", "hospitalise", "hospitalisee", "diagnosed", "diagnostiquee", "diagnostique", "diagnosis", "diagnostic", "cancer", "rehab", "sick", "stress", "burnout", "burn", "depressed", "depression", "depressive", "bipolar", "bipolaire", "debt", "endettee", "endette", "bankrupt", "faillite", "welfare", "arrested", "arretee", "arrete", "sin", "nas", "medical", "medical", "card", "carte", "salary", "salaire", "desintox", "conge", "arret", "bs", "sociale", "social", "numero"];
const WHERE_WORDS = ["live", "stay", "habit", "demeur", "reste", "the one with", "the house with", "the place with", "maison", "porte", "floor", "etage"];
const POINT_WORDS = ["tell", "let ", "piece of", "visit", "lui", "leur", "go get", "what to do", "quoi faire"];

export const exposureOf = perView((view: TextView): Exposure => {
  const f = view.folded;
  const none = { photo: undefined, embarrassing: false, personal: undefined, whereabouts: undefined, pointing: undefined };
  const photoWords = holdsAny(view, PHOTO_WORDS);
  const personalWords = holdsAny(view, PERSONAL_WORDS);
  const whereWords = holdsAny(view, WHERE_WORDS);
  if (!photoWords && !personalWords && !whereWords) return none;
  const selfOrAgreed = photoWords && (testIn(view, OF_SELF, f) || testIn(view, CONSENT, f));
  const embarrassing = photoWords && testIn(view, EMBARRASSING, f);
  const photoMatch = selfOrAgreed || !photoWords ? null : firstMatch(view, PHOTO_OF, f);
  // Everyone tagged in a group photo is exposed less than one person shown asleep or drunk: the state counts for one.
  const group = photoMatch !== null && /^(?:tag|identifi)/.test(photoMatch[0]);
  let photo = spanOf(view, photoMatch);
  if (!photo && photoWords && !selfOrAgreed && embarrassing) {
    const named = PHOTO_OF_NAME.exec(view.text);
    if (named) photo = [named.index, named.index + named[0].length];
  }
  return {
    photo,
    embarrassing: photo !== undefined && embarrassing && !group,
    personal: personalWords ? spanOf(view, firstMatch(view, PERSONAL, f)) : undefined,
    whereabouts: whereWords ? spanOf(view, firstMatch(view, WHEREABOUTS, f)) : undefined,
    pointing: whereWords && holdsAny(view, POINT_WORDS) ? spanOf(view, execIn(view, POINTING, f)) : undefined,
  };
});
