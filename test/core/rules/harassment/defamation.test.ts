import rule from "../../../../src/core/rules/harassment/defamation.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Watched a great heist movie about a thief who steals the Mona Lisa.", lang: "en" },
    { text: "He was convicted of fraud in 2019, the court ruled.", lang: "en", note: "a reported fact" },
    { text: "Someone stole my bike from the Rideau Centre.", lang: "en", note: "no one identifiable is accused" },
    { text: "My kid stole the last cookie again.", lang: "en" },
    { text: "The RCMP charged a man with fraud yesterday, according to the press release.", lang: "en" },
    { text: "He stole my heart.", lang: "en" },
    { text: "J'ai lu un roman policier sur un voleur de bijoux.", lang: "fr" },
    { text: "Le documentaire sur l'affaire criminelle était fascinant.", lang: "fr" },
    { text: "La GRC a porté des accusations de fraude contre un homme, selon le communiqué.", lang: "fr" },
    { text: "Quelqu'un a volé mon vélo devant la bibliothèque.", lang: "fr" },
  ],
  invalid: [
    { text: "Councillor Jim Patterson took bribes from the developer.", lang: "en", level: "inappropriate", passage: "took bribes" },
    { text: "@mayorsmith is a criminal, look at the contracts.", lang: "en", passage: "is a criminal" },
    { text: "The mayor embezzled from the city, everyone knows it.", lang: "en" },
    { text: "Our minister is corrupt and should be in jail.", lang: "en" },
    { text: "Marc stole money from the till at work.", lang: "en" },
    { text: "Your boss is a fraud and a liar.", action: "reply", inReplyTo: "My manager just got promoted again.", lang: "en" },
    { text: "Mayor Smith is а criminal.", lang: "en", note: "Cyrillic а" },
    { text: "BREAKING: Senator Doyle took a bribe.", action: "share", lang: "en" },
    { text: "Le ministre Gagnon a détourné des fonds publics.", lang: "fr", level: "inappropriate", passage: "a détourné" },
    { text: "Notre conseiller municipal prend des pots-de-vin.", lang: "fr" },
    { text: "@jtremblay est un fraudeur, tout le monde le sait.", lang: "fr" },
    { text: "Mon patron est un voleur, il a fraudé la compagnie.", lang: "fr" },
    { text: "Ton député est corrompu, il devrait être en prison.", action: "reply", inReplyTo: "Notre député a voté contre le projet de loi.", lang: "fr" },
  ],
});
