import rule from "../../../../src/core/rules/hashtag/cause-hashtag.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Join us for #AccessibilityWeek events across the country!", lang: "en", note: "an event hashtag in CamelCase" },
    { text: "Great turnout at the #TerryFoxRun this morning 🏃", lang: "en" },
    { text: "Proud to be part of #NPSW2025, happy Public Service Week!", lang: "en" },
    { text: "Honk if you love Canada Day! 🇨🇦 #CanadaDay", lang: "en" },
    { text: "Our convoy of minivans made it to the cottage, freedom at last 😂", lang: "en", note: "the words, not the hashtag" },
    { text: "Love #pizza night with the kids", lang: "en" },
    { text: "Belle #SemaineDeLaFonctionPublique à tous mes collègues!", lang: "fr" },
    { text: "Course #TerryFox ce matin, quelle ambiance!", lang: "fr" },
    { text: "#FêteNationale au parc avec la famille, bonne Saint-Jean!", lang: "fr" },
  ],
  invalid: [
    { text: "Honk honk! #FreedomConvoy", lang: "en", passage: "#FreedomConvoy" },
    { text: "#FreedomConvoy2022 honk honk 🚛", lang: "en", passage: "#FreedomConvoy2022" },
    { text: "#DefundThePolice now.", lang: "en", passage: "#DefundThePolice" },
    { text: "Everybody deserves respect #AllLivesMatter", lang: "en", passage: "#AllLivesMatter" },
    { text: "They know what they did. #StopTheSteal", action: "share", lang: "en", passage: "#StopTheSteal" },
    { text: "Proud to stand with the strikers! #StrikeTogether #PSACstrong", context: { identifiable: true }, lang: "en", passage: "#StrikeTogether" },
    { text: "Back to the office 5 days a week? #RTOrevolt", lang: "en", passage: "#RTOrevolt" },
    { text: "Le #ConvoiDeLaLiberté passe sur la 417 ce matin, klaxonnez!", lang: "fr", passage: "#ConvoiDeLaLiberté" },
    { text: "Tout le monde mérite le respect #ToutesLesViesComptent", lang: "fr", passage: "#ToutesLesViesComptent" },
    { text: "#Loi21 on lâche pas!", lang: "fr", passage: "#Loi21" },
    { text: "Solidarité avec les grévistes! #AFPCenGrève", context: { identifiable: true }, lang: "fr", passage: "#AFPCenGrève" },
    { text: "On lâche rien #TrudeauMustGo", action: "like", lang: "fr", passage: "#TrudeauMustGo" },
  ],
});
