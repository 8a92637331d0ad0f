import rule from "../../../../src/core/rules/confidential/credentials.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Forgot my password again, third time this week 🙄", lang: "en" },
    { text: "My password is expired again, third time this month", lang: "en", note: "an ordinary word after 'is', not a secret" },
    { text: "Your password is not enough, turn on MFA!", lang: "en" },
    { text: "Pro tip: a password manager is the best gift you can give your parents.", lang: "en" },
    { text: "My PIN for the gym locker broke, had to call the front desk", lang: "en" },
    { text: "Token of appreciation for our volunteers: free coffee on Friday", lang: "en" },
    { text: "The login page for My Service Canada Account moved, the new one is on canada.ca", lang: "en" },
    { text: "J'ai oublié mon mot de passe encore une fois 🙄", lang: "fr" },
    { text: "Mon mot de passe est expiré, encore.", lang: "fr" },
    { text: "Le mot de passe doit maintenant contenir 12 caractères, c'est la nouvelle règle.", lang: "fr" },
    { text: "Conseil du jour : activez l'authentification à deux facteurs sur tous vos comptes.", lang: "fr" },
  ],
  invalid: [
    { text: "Guest wifi password at our office is GCguest2024! you're welcome", lang: "en", passage: "GCguest2024!" },
    { text: "The door code for the 3rd floor is 4471, just in case", lang: "en", passage: "door code for the 3rd floor is 4471" },
    { text: "Our team shared drive login: jsmith / Summer2024!", lang: "en", passage: "jsmith / Summer2024!" },
    { text: "The password for the shared account is Ottawa#2025", lang: "en", passage: "Ottawa#2025" },
    { text: "my verification code is 448201 can someone log in for me", lang: "en", passage: "448201" },
    { text: "Here's my API key if anyone wants to test: sk-abc123def456ghi789jkl012mno", lang: "en", passage: "sk-abc123def456ghi789jkl012mno" },
    { text: "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8 works for the team repo", lang: "en", passage: "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8" },
    { text: "Access code to the boardroom: 5531#", lang: "en", passage: "5531#" },
    { text: "Voici le mot de passe du wifi des invités : Outaouais2025!", lang: "fr", passage: "Outaouais2025!" },
    { text: "Le code de la porte du 3e étage est 4471, au cas où", lang: "fr", passage: "4471" },
    { text: "Identifiant : jtremblay / Hiver2025! pour le lecteur partagé", lang: "fr", passage: "jtremblay / Hiver2025!" },
    { text: "Mon NIP : 8812, garde ça pour toi", lang: "fr", passage: "8812" },
  ],
});
