import rule from "../../../../src/core/rules/privacy/photos-without-consent.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Proud of my team for launching the new accessible benefits finder today! https://www.canada.ca/en/services/benefits.html", lang: "en", note: "a shout-out, no photo" },
    { text: "Team photo from the charity run, shared with everyone's permission!", lang: "en" },
    { text: "Photo of the sunset over the Ottawa River tonight 🌅", lang: "en" },
    { text: "Selfie with my dog at the cottage", lang: "en" },
    { text: "Everyone loved my photo of the falls!", lang: "en", note: "the people liked the photo; they are not in it" },
    { text: "Look at this sunset over the Gatineau hills", lang: "en" },
    { text: "Photo de mon chat qui dort sur le clavier", lang: "fr" },
    { text: "Photos du lac à l'aube, quelle paix", lang: "fr" },
    { text: "Photo de l'équipe publiée avec la permission de tout le monde.", lang: "fr" },
  ],
  invalid: [
    { text: "Pics from our team lunch, tagged all 12 of you 😄", lang: "en", passage: "Pics from" },
    { text: "Caught on camera: my coworker Dave sleeping through the all-staff 😂", lang: "en", passage: "Caught on camera" },
    { text: "Group photo from the retirement party, tagged @jlee @mpatel @rsingh", lang: "en", passage: "Group photo" },
    { text: "Took a photo of the patients in the waiting room, so sad", lang: "en", passage: "Took a photo" },
    { text: "Screenshot of the group chat where Ashley talks about her divorce 😬", lang: "en", passage: "Screenshot of" },
    { text: "Look at this lady on the bus, what is she wearing lol [photo]", lang: "en", passage: "Look at this" },
    { text: "Photos de mes collègues au party de Noël, j'ai identifié tout le monde!", lang: "fr", passage: "Photos de" },
    { text: "J'ai filmé mon collègue qui chantait au karaoké 😂", lang: "fr", passage: "filmé" },
    { text: "Photo de groupe au party de bureau, je vous ai tous identifiés!", lang: "fr" },
    { text: "Regardez cette madame à l'épicerie, je l'ai prise en photo lol", lang: "fr" },
  ],
});
