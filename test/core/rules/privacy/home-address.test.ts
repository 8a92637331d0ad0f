import rule from "../../../../src/core/rules/privacy/home-address.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Open house at our community centre, 100 Main Street, all welcome!", lang: "en", note: "a public event address" },
    { text: "Book launch Thursday at Octopus Books, 116 Third Avenue, 7 pm. Come say hi!", lang: "en" },
    { text: "Here's the address of the venue: 245 Elgin Street, doors at 7.", lang: "en" },
    { text: "Selling my couch, pick up at 402 Wellington Street, K1A 0A9", lang: "en", note: "your own address, given for a pick-up" },
    { text: "I ran 10 km along 3 different trails this morning, legs are done", lang: "en" },
    { text: "Farmers market is back at 55 Byward Market Square every Saturday", lang: "en" },
    { text: "Le marché public est au 1000, rue Saint-Antoine, venez nous voir!", lang: "fr" },
    { text: "Lancement du livre jeudi à la bibliothèque, 120, rue Metcalfe, 19 h.", lang: "fr" },
    { text: "Vernissage samedi à la galerie du 45, rue Principale, au plaisir de vous y voir!", lang: "fr" },
    { text: "J'ai couru 12 km sur 3 sentiers différents ce matin, je suis vidée.", lang: "fr" },
  ],
  invalid: [
    { text: "My neighbour at 14 Birch Lane leaves her door unlocked every day lol", lang: "en", level: "inappropriate", passage: "14 Birch Lane" },
    { text: "This is the guy who cut me off. He lives at 88 Cedar Crescent, go tell him what you think.", lang: "en", level: "inappropriate", passage: "88 Cedar Crescent" },
    { text: "The journalist who wrote that hit piece lives at 12 Elm Road, K2G 1A1. Pay her a visit.", lang: "en", level: "inappropriate", passage: "12 Elm Road" },
    { text: "Dropped off the casserole at Mrs. Chen's, 31 Oak Street, she's home alone all week", lang: "en", level: "risky", passage: "31 Oak Street" },
    { text: "Lost cat found near 27 Maple Drive, K1S 3B4, is she yours?", lang: "en", level: "risky", passage: "27 Maple Drive" },
    { text: "Party at Kevin's tonight, 9 Cobalt Court, his parents are away 🤫", lang: "en", level: "risky", passage: "9 Cobalt Court" },
    { text: "Mon ancien collègue habite au 45, rue des Érables, allez lui dire ce que vous pensez.", lang: "fr", level: "inappropriate", passage: "45, rue des Érables" },
    { text: "Ma voisine au 14, rue des Bouleaux laisse sa porte débarrée tous les jours lol", lang: "fr", level: "inappropriate", passage: "14, rue des Bouleaux" },
    { text: "Colis reçu chez le voisin du 33, avenue Laurier, code postal J8X 3V4", lang: "fr", level: "risky", passage: "33, avenue Laurier" },
    { text: "Souper chez ma tante au 210, chemin de la Montagne, elle est seule depuis l'automne", lang: "fr", level: "risky", passage: "210, chemin de la Montagne" },
  ],
});
