import rule from "../../../../src/core/rules/privacy/contact-details.js";
import { testRule } from "../../../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { text: "Senior Policy Analyst, Health Canada | program evaluation | Work: 613-555-0142", action: "profile", lang: "en", note: "your own work phone in your bio" },
    { text: "We're hiring data scientists! Send your CV to jobs@example.ca by June 30.", lang: "en", note: "a job posting's role mailbox" },
    { text: "Questions about the fun run? Email info@ottawarunners.ca or call 613-555-0100.", lang: "en", note: "an organization's line beside its role mailbox" },
    { text: "Carpool to Tunney's Pasture? Call me at 613-555-0145, leaving at 7:30 from Barrhaven.", lang: "en", note: "your own number" },
    { text: "Great talk by Dr. Amina Diallo today, reach out to her through the conference app.", lang: "en" },
    { text: "My flight lands at 4:45 and the meeting is in room 2031, see you there", lang: "en", note: "times and room numbers are not phone numbers" },
    { text: "Analyste principale, Santé Canada | données de santé | Bureau : 613-555-0142", action: "profile", lang: "fr" },
    { text: "Covoiturage vers Gatineau demain? Appelez-moi au 819-555-0145, départ à 7 h 30.", lang: "fr" },
    { text: "Envoyez votre CV à emplois@exemple.ca avant vendredi.", lang: "fr" },
    { text: "Inscription au tournoi : evenements@clubsoccer.ca", lang: "fr" },
    { text: "Selling my canoe, 16 ft, $900 obo. Text 613-555-0148, pickup in Orléans.", lang: "en", note: "a sale gives the seller's own number" },
    { text: "Je vends ma souffleuse, 400 $. Texto au 819-555-0151.", lang: "fr", note: "une vente donne le numéro du vendeur" },
    { text: "Ma fille a lancé sa petite entreprise de gardiennage, appelez-la au 450-555-0162!", lang: "fr", note: "a business line, advertised" },
  ],
  invalid: [
    { text: "Call Denise from accounting at 613-555-0199, she'll sort you out", lang: "en", level: "risky", passage: "613-555-0199" },
    { text: "My buddy Raj is a great plumber, his number is 613-555-0177", lang: "en", level: "risky", passage: "613-555-0177" },
    { text: "Happy 60th to my coworker Linda! Text her at 613-555-0133 to wish her well 🎂", lang: "en", level: "inappropriate", passage: "613-555-0133" },
    { text: "Here's my ex's cell: 819-555-0166. Tell him what you think of cheaters.", lang: "en", level: "inappropriate", passage: "819-555-0166" },
    { text: "Her personal email is lisa.m.brown@gmail.com, flood her inbox until she apologizes", lang: "en", level: "inappropriate", passage: "lisa.m.brown@gmail.com" },
    { text: "That inspector who failed my restaurant? (613) 555-0188. Give him a piece of your mind.", lang: "en", level: "inappropriate", passage: "(613) 555-0188" },
    { text: "Know Paul Girard? His cell is 613-555-0190, call him and tell him he owes me $200.", lang: "en", level: "inappropriate", passage: "613-555-0190" },
    { text: "Call me at 613-555-0121 or call my sister Jo at 613-555-0122", lang: "en", passage: "613-555-0122" },
    { text: "Voici le courriel perso de mon collègue : marc.roy@gmail.com", lang: "fr", level: "inappropriate", passage: "marc.roy@gmail.com" },
    { text: "Bonne fête à Nathalie de la compta! Son cell : 819-555-0111, écrivez-lui!", lang: "fr", level: "inappropriate", passage: "819-555-0111" },
    { text: "Appelez mon chum Raj au 613-555-0199 si vous avez besoin d'un plombier!", lang: "fr", level: "risky", passage: "613-555-0199" },
    { text: "Le numéro de ma voisine, c'est le 819-555-0187, appelez-la pour lui dire ce que vous pensez de son chien.", lang: "fr", level: "inappropriate", passage: "819-555-0187" },
    { text: "Here's my coworker Dave's personal cell, 613-555-0155, he won't mind", lang: "en", level: "inappropriate", passage: "613-555-0155" },
    { text: "Le courriel de mon ex : j.tremblay@hotmail.com, allez lui dire ce que vous pensez des menteurs.", lang: "fr", level: "inappropriate", passage: "j.tremblay@hotmail.com" },
  ],
});
