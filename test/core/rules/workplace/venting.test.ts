import rule from "../../../../src/core/rules/workplace/venting.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Mon collègue revient de congé demain, j'ai hâte!", lang: "fr", note: "hâte is not hate" },
    { text: "My colleague Priya gave an amazing presentation today, so proud of her.", lang: "en", note: "praise of a colleague" },
    { text: "My manager approved my training request, can't wait!", lang: "en" },
    { text: "My boss is the best, she fought for our telework days.", lang: "en" },
    { text: "The new manager is great, very supportive.", lang: "en" },
    { text: "My team won the office chili cook-off!", lang: "en" },
    { text: "My team is short-staffed this week, so replies may be slow.", lang: "en" },
    { text: "Lazy Sunday on the couch with my cat.", lang: "en" },
    { text: "Ma gestionnaire m'a félicitée pour mon projet, trop contente!", lang: "fr" },
    { text: "Mon équipe a gagné le tournoi de quilles!", lang: "fr" },
    { text: "Mon collègue part à la retraite, on va s'ennuyer de lui.", lang: "fr" },
    { text: "Ma directrice est la meilleure, elle nous soutient toujours.", lang: "fr" },
  ],
  invalid: [
    { text: "If my team lead schedules one more Friday 4:30 meeting I swear I'll lose it 🙃", lang: "en", note: "exasperation by emoji" },
    { text: "Mon DG a eu une promotion, enfin débarrassés de ce tyran 🎉", lang: "fr" },
    { text: "Les gars de la DGTI sont vraiment des tatas, mon laptop marche pas depuis 3 semaines.", lang: "fr" },
    { text: "My supervisor takes credit for everything our team does.", lang: "en", level: "risky" },
    { text: "The new director loves the sound of his own voice in meetings.", lang: "en" },
    { text: "My team lead micromanages every email I send.", lang: "en" },
    { text: "Honestly my coworkers are so lazy, I do everything myself.", lang: "en" },
    { text: "My boss is clueless about what we actually do.", lang: "en", passage: "My boss is clueless" },
    { text: "My coworkers are useless, I swear.", action: "comment", lang: "en" },
    { text: "So true, my manager is exactly like that, totally incompetent.", action: "reply", inReplyTo: "Bad managers ruin good teams.", lang: "en" },
    { text: "My b0ss is a j0ke.", lang: "en", note: "leetspeak" },
    { text: "My mаnager is useless.", lang: "en", note: "Cyrillic а" },
    { text: "Mon gestionnaire ne sait pas ce qu'il fait.", lang: "fr", level: "risky", passage: "Mon gestionnaire ne sait pas ce qu'il fait" },
    { text: "Mes collègues sont tellement paresseux, c'est toujours moi qui fais tout.", lang: "fr" },
    { text: "Ma directrice est complètement déconnectée de la réalité.", lang: "fr" },
    { text: "Tanné de mon patron qui change d'idée aux deux heures.", lang: "fr" },
    { text: "Mon équipe, c'est vraiment nul depuis la réorganisation.", action: "comment", lang: "fr" },
    { text: "Mon superviseur fait de la microgestion sur chaque courriel.", action: "share", lang: "fr" },
  ],
});
