import rule from "../../../../src/core/rules/partisan/campaign-work.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Volunteered at the food bank this morning, great crew!", lang: "en", note: "volunteering for a charity" },
    { text: "Donate to the hospital's fundraising campaign, every dollar counts!", lang: "en", note: "a campaign that is not an election's" },
    { text: "Don't forget to vote on Monday, whoever you support!", lang: "en", note: "encouraging people to vote" },
    { text: "Watched the leaders' debate tonight, lots to think about before I vote.", lang: "en", note: "informing yourself as a voter" },
    { text: "Running for the bus in -30, classic Ottawa morning.", lang: "en" },
    { text: "Le porte-à-porte pour vendre du chocolat de l'école, c'est pas mon fort 😅", lang: "fr", note: "porte-à-porte sans élection" },
    { text: "Je fais du bénévolat à la popote roulante tous les mardis.", lang: "fr" },
    { text: "Allez voter dimanche, peu importe pour qui!", lang: "fr", note: "encourager à voter" },
  ],
  invalid: [
    { text: "Spent the evening door-knocking for our candidate in Ward 12, great conversations!", lang: "en", passage: "door-knocking for our candidate" },
    { text: "Picked up my lawn sign for the Ontario NDP today 🧡", lang: "en" },
    { text: "Phone banking for the Conservatives tonight, 150 calls done!", lang: "en" },
    { text: "Scrutineering at the polls on Monday for Jane Smith's campaign.", lang: "en" },
    { text: "I'm running for city council this fall!", lang: "en", note: "candidacy needs the PSC's permission" },
    { text: "Harper has to go. Vote him out!", lang: "en" },
    { text: "Deux heures de porte-à-porte pour la campagne de Sophie Gagnon à la mairie ce soir!", lang: "fr" },
    { text: "J'ai passé la soirée à appeler des électeurs pour le Bloc", lang: "fr" },
    { text: "Bénévole pour la campagne de mon ami au conseil municipal, venez nous aider!", lang: "fr" },
    { text: "J'ai posé des pancartes électorales pour Québec solidaire toute la journée.", lang: "fr" },
    { text: "Bénévoles de la campagne Dupuis — groupe du porte-à-porte", action: "follow", lang: "fr", note: "joining a campaign's volunteers" },
  ],
});
