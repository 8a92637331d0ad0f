import rule from "../../../../src/core/rules/harassment/slur.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "The ape exhibit at the museum was incredible.", lang: "en", note: "an animal" },
    { text: "Frog legs at the French bistro were delicious.", lang: "en" },
    { text: "I'm gay and proud, happy Pride everyone!", lang: "en" },
    { text: "Crackers and cheese for lunch again.", lang: "en", note: "a food" },
    { text: "The gypsy moth caterpillars are eating my maple.", lang: "en", note: "an insect" },
    { text: "Our team hit the bullseye with that slope analysis.", lang: "en" },
    { text: "Well that was a f***ing disaster of a commute.", lang: "en", note: "the mask reads as a swear word" },
    { text: "Les singes du zoo de Granby sont adorables.", lang: "fr" },
    { text: "Une tapette à mouches, c'est tout ce qu'il me faut cet été.", lang: "fr", note: "un objet" },
    { text: "Fier de marcher avec mes amis gais à la Fierté!", lang: "fr" },
    { text: "Fifi, mon caniche, a gagné le concours canin!", lang: "fr", note: "le nom d'un chien" },
    { text: "\"@metroadlib: colored contacts in your eyes? blinders on mine.\" lol", lang: "en", note: "a retweet's attribution does not aim the word at the quoted person" },
    { text: "A thrill billy with a hillbilly heart, as the song goes.", lang: "en", note: "a song's self-description, said of no one" },
  ],
  invalid: [
    { text: "@mike colored folks like you should know your place", lang: "en", note: "said to someone" },
    { text: "Shut up, you hillbilly.", lang: "en", note: "said to someone" },
    { text: "Another p*ki moving in next door, great.", lang: "en", level: "inappropriate", passage: "p*ki" },
    { text: "Those tr@nnies should stay out of our schools.", lang: "en" },
    { text: "What a bunch of sp1cs.", lang: "en", note: "leetspeak" },
    { text: "Shut up f a g", lang: "en", note: "spelled out" },
    { text: "Those ch\u200Binks are everywhere now.", lang: "en", note: "a zero-width space inside the word" },
    { text: "Get those сoons out of here.", lang: "en", note: "Cyrillic с" },
    { text: "Go home, you dirty wetbacks.", action: "like", lang: "en" },
    { text: "Sick of the #fags at city hall.", lang: "en" },
    { text: "Les bougnoules, dehors!", lang: "fr", level: "inappropriate", passage: "bougnoules" },
    { text: "Sale p*dé.", lang: "fr" },
    { text: "Maudits sauvages, toujours en train de se plaindre.", lang: "fr" },
    { text: "Ces tapettes devraient rester chez elles.", lang: "fr" },
    { text: "Sale négro, retourne chez toi.", action: "comment", lang: "fr" },
  ],
});
