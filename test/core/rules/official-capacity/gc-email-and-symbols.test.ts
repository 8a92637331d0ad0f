import rule from "../../../../src/core/rules/official-capacity/gc-email-and-symbols.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Contact me at sam.lee@example.com for the book club.", lang: "en" },
    { text: "Loved the new Canada.ca design, so much easier to find things", lang: "en" },
    { text: "The coat of arms on the old Parliament library doors is stunning up close", lang: "en", note: "naming a symbol is not using it" },
    { text: "Our running club finally has a logo! Designed by my daughter 🎨", lang: "en" },
    { text: "Submit your questions to questions@canada.ca before the webinar, it's on the public page", lang: "en", note: "a program's public role mailbox" },
    { text: "Policy analyst | runner | views my own", action: "profile", lang: "en" },
    { text: "Logo de mon club de soccer, fait par ma fille 🎨", lang: "fr" },
    { text: "Questions sur le webinaire? Écrivez à questions@canada.ca, c'est sur la page publique.", lang: "fr" },
    { text: "Mon club de tricot a enfin une bannière!", lang: "fr" },
    { text: "Les armoiries sculptées au-dessus de la porte du parlement sont magnifiques.", lang: "fr" },
  ],
  invalid: [
    { text: "Policy analyst. Reach me at sam.lee@statcan.gc.ca", action: "profile", lang: "en", passage: "sam.lee@statcan.gc.ca" },
    { text: "Personal account. Statistics Canada logo as banner. Contact: jean.morin@statcan.gc.ca", action: "profile", context: { department: "statcan" }, lang: "en", passage: "jean.morin@statcan.gc.ca" },
    { text: "Put the Canada wordmark in my banner, looks legit now", lang: "en", passage: "Canada wordmark" },
    { text: "Health Canada 🍁 | public health updates | Canada wordmark in banner", action: "profile", context: { department: "hc" }, lang: "en", passage: "Canada wordmark" },
    { text: "Email me at my work address, p.nguyen@hrsdc-rhdcc.gc.ca, for the hockey pool", lang: "en", passage: "p.nguyen@hrsdc-rhdcc.gc.ca" },
    { text: "Added the GC logo to my email signature for my Etsy shop lol", lang: "en", passage: "GC logo" },
    { text: "J'ai mis le logo du ministère sur ma bannière, ça fait pro!", lang: "fr", passage: "logo du ministère" },
    { text: "Écrivez-moi à marie.cote@statcan.gc.ca pour le club de lecture", lang: "fr", passage: "marie.cote@statcan.gc.ca" },
    { text: "Le logo de Statistique Canada en photo de profil, ça fait sérieux", lang: "fr", passage: "logo de" },
    { text: "Les armoiries du Canada sur ma bannière, ça fait officiel", lang: "fr", passage: "armoiries" },
  ],
});
