import rule from "../../../../src/core/rules/harassment/insult.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "So dumb of me to forget my keys. Again.", lang: "en", note: "said of oneself" },
    { text: "What an idiot I am, I booked the wrong flight.", lang: "en", note: "said of oneself" },
    { text: "That movie was garbage, two hours I'll never get back.", lang: "en", note: "a judgement of a thing, not a person" },
    { text: "This printer is useless, third jam today.", lang: "en" },
    { text: "Killer workout this morning, my legs are done.", lang: "en" },
    { text: "That's a killer idea, love it!", action: "reply", inReplyTo: "What if we did a potluck for the team?", lang: "en" },
    { text: "Karen from finance brought muffins, she's the best.", lang: "en", note: "Karen is her name" },
    { text: "Well that was a f***ing disaster of a commute.", lang: "en", note: "the mask reads as a swear word, not as 'fool'" },
    { text: "Chu tellement nono, j'ai encore oublié mon cellulaire.", lang: "fr", note: "dit de soi-même" },
    { text: "Quel idiot je suis, j'ai réservé le mauvais vol.", lang: "fr" },
    { text: "Ce film était minable, deux heures de perdues.", lang: "fr" },
    { text: "Ce spectacle était à mourir de rire, allez-y!", lang: "fr" },
  ],
  invalid: [
    { text: "You're a worthless moron, nobody wants you here.", action: "reply", inReplyTo: "I think the new bike lanes are a good idea.", lang: "en", level: "inappropriate", passage: "moron" },
    { text: "@jmartin you absolute idiot, read the article before commenting", lang: "en", level: "inappropriate", passage: "idiot" },
    { text: "Kevin from accounting is a lazy slob and everyone knows it.", lang: "en", level: "inappropriate", passage: "lazy slob" },
    { text: "Marc is such an idiot, he never listens.", lang: "en" },
    { text: "What a moron.", action: "comment", lang: "en" },
    { text: "You're a f***ing idiot.", lang: "en", passage: "idiot" },
    { text: "You're an іdiot.", lang: "en", note: "Ukrainian і" },
    { text: "F*** you and your stupid opinions.", lang: "en", passage: "F*** you" },
    { text: "Y0u are such a l0ser.", lang: "en", note: "leetspeak" },
    { text: "You are a mor\u200Bon.", lang: "en", note: "a zero-width space inside the word" },
    { text: "@mtremblay espèce d'imbécile, lis l'article avant de commenter", lang: "fr", level: "inappropriate", passage: "imbécile" },
    { text: "Quel imbécile.", action: "comment", lang: "fr" },
    { text: "Julie est une vraie conne.", lang: "fr" },
    { text: "T'es un cave, dégage.", lang: "fr" },
    { text: "Quel c*nnard, celui-là.", lang: "fr", note: "masqué" },
    { text: "Ferme ta gueule, personne t'a rien demandé.", action: "reply", inReplyTo: "Je trouve que la piste cyclable est une bonne idée.", lang: "fr" },
  ],
});
