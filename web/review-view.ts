import { ACTIONS, CATEGORIES, LEVELS, ROLES, type Action, type Category, type Lang, type Role } from "../src/core/model.js";
import { decisionName, type ItemGroup } from "../src/core/remedies.js";
import { PLATFORMS, type Platform } from "../src/importers/types.js";
import { isKnownDate } from "../src/core/dates.js";

import { REPORT_LABELS, selectionText } from "../src/report/html.js";
import type { ReviewSelection, ReviewState, Sort } from "../src/store/store.js";

export { langOfPath } from "./site.js";

export const DECISION_CHOICES = ["keep", "delete", "edit", "make-private"] as const;
export type DecisionChoice = (typeof DECISION_CHOICES)[number];

export const PAGE_SIZE = 50;

/** Every string of the History review page, in both official languages: the same keys in each, checked by a test. */
export const REVIEW_STRINGS = {
  en: {
    uploadHeading: "Scan an export",
    howToHeading: "How to get your export",
    howToIntro: "Each platform prepares its export when you ask, in minutes or days. Give the file as downloaded: a .zip, a .tar.gz or a .car.",
    howToHelp: "The platform's help page",
    folderLabel: "Or choose the unzipped folder",
    folderHint: "If you already unpacked the export, choose its folder: its files are sent to this computer's server as they are.",
    fileLabel: "Your data export",
    fileHint: "The file the platform gave you: a .zip archive, or one file of it such as tweets.js, outbox.json, a .car or a .csv.",
    platformLabel: "Platform",
    platformAuto: "Detect it from the file",
    joinedLabel: "The day you joined the public service (optional)",
    joinedHint: "Items posted before it are marked, since they are still visible today.",
    roleLabel: "Your role",
    departmentUnknown: "No Government of Canada organization has the name in the department box: choose one from the list, or leave it empty.",
    identifiable: "My account shows that I work for the public service",
    scanButton: "Upload and scan",
    whyServer:
      "Why the server on this computer rather than this page: the readers of large archives and the review database that keeps your decisions between visits (shared with the impartial review command) run in Node, so the export is uploaded to the Impartial server at 127.0.0.1 and never leaves this machine.",
    progressLabel: "Scan progress",
    chooseFile: "Choose an export file first.",
    uploading: (percent: string) => `Uploading the export: ${percent}`,
    scanning: (items: string, rate: string, elapsed: string) => `Scanning: ${items} items read, ${rate} items/s, ${elapsed} elapsed.`,
    readingFile: (file: string, percent: string | undefined) => (percent === undefined ? ` Reading ${file}.` : ` Reading ${file}: ${percent} of it.`),
    scanDone: (items: string, risky: string, inappropriate: string) => `Scan finished: ${items} items read, ${risky} risky, ${inappropriate} inappropriate.`,
    scanFailed: "The scan stopped:",
    itemsKept: "The items read before the problem are stored and listed below.",
    uploadFailed: "The export could not be uploaded:",
    warningsTitle: (count: string) => `The export was read with ${count === "1" ? "1 warning" : `${count} warnings`}`,
    warningsSaid: (count: string) => ` ${count === "1" ? "1 warning" : `${count} warnings`}: see below.`,
    warningsMore: (count: string) => `… and ${count} more.`,
    networkError: "The Impartial server on this computer did not answer. Is impartial serve still running?",
    noStore: "This server has no review database open, so there is nothing to review and nowhere to store a scan. Start it with impartial serve (which opens your review database).",
    historyHeading: "Your history",
    empty: "Nothing is stored yet. Choose an export and scan it: its items will be listed here.",
    storedSummary: (total: string, risky: string, inappropriate: string, undecided: string) => `${total} items stored: ${inappropriate} inappropriate, ${risky} risky. ${undecided} without a decision.`,
    uncheckedSummary: (n: string) => ` ${n} not checked: the export gives only their link.`,
    timelineHeading: "Items by year and level",
    chartLabel: "Stacked bars: items by year, split by level. The same numbers are in the table that follows.",
    timelineCaption: "Items by year and level",
    legend: "Legend",
    year: "Year",
    total: "Total",
    unknownYear: "date unknown",
    filtersHeading: "Filter the list",
    levelLabel: "Level",
    categoryLabel: "Category of finding",
    yearLabel: "Year",
    any: "All",
    undecidedOnly: "Only items without a decision",
    pageStatus: (first: string, last: string, total: string) => `Items ${first}–${last} of ${total}`,
    noMatch: "No item matches these filters.",
    previous: "Previous page",
    next: "Next page",
    tableCaption: "Stored items, worst level first, then newest",
    tableCaptionIn: (order: string) => `Stored items: ${order.toLowerCase()}`,
    colDate: "Date",
    colPlatform: "Platform",
    colAction: "Action",
    colText: "Text",
    colLevel: "Level",
    colCategories: "Categories",
    colWhy: "Why",
    colDecision: "Your decision",
    beforeService: "Posted before you joined the public service.",
    noText: "(no text in the export)",
    openLink: "Open on the platform",
    noFinding: "No finding.",
    undecided: "No decision yet",
    decisionIs: (decision: string) => `Decision: ${decision}`,
    clear: "Clear the decision",
    recorded: (decision: string, date: string) => `Recorded: ${decision} for the item of ${date}.`,
    cleared: (date: string) => `Decision cleared for the item of ${date}.`,
    decisionFailed: "The decision was not recorded:",
    reportsHeading: "Reports to keep or print",
    reportsHint: "Each link saves a file made on this computer from the review database.",
    reportHtml: "Review report of the whole history (HTML, printable)",
    reportCsv: "All items (CSV, for a spreadsheet)",
    selectionReports: (selection: string) => `Only the items the filters select (${selection}):`,
    selectionReportHtml: "Review report of the selection (HTML, printable)",
    selectionReportCsv: "The selected items (CSV, for a spreadsheet)",
    forgetHeading: "Delete what is stored on this computer",
    forgetHint:
      "This deletes the items, what Impartial found in them and your decisions from the review database on this computer, and leaves no trace of their text in its files. Nothing is deleted on the platforms themselves. It cannot be undone.",
    forgetWhich: "Which history",
    forgetAll: "All platforms",
    forgetConfirm: "I understand that this cannot be undone",
    forgetButton: "Delete from this computer",
    forgetConfirmFirst: "Tick the box to confirm first.",
    forgetDone: (items: string, which: string) => `${items} items deleted (${which}).`,
    forgetFailed: "The deletion did not finish:",
    checklistHtml: "Deletion checklist (HTML, printable)",
    checklistCsv: "Deletion checklist (CSV)",
    level: REPORT_LABELS.en.level,
    category: REPORT_LABELS.en.category,
    platform: { x: "X (Twitter)", mastodon: "Mastodon", facebook: "Facebook", instagram: "Instagram", linkedin: "LinkedIn", bluesky: "Bluesky", reddit: "Reddit", threads: "Threads" } satisfies Record<Platform, string>,
    action: REPORT_LABELS.en.action,
    decision: REPORT_LABELS.en.decision,
    decisionButton: { keep: "Keep", delete: "Delete", edit: "Edit", "make-private": "Make private" } satisfies Record<DecisionChoice, string>,
    roles: { employee: "Employee", manager: "Manager", executive: "Executive", "deputy-head": "Deputy head" } satisfies Record<Role, string>,
    unofficial: "French quotations of the guidance are unofficial translations.",
    viewLabel: "Which items to show",
    viewAttention: "What needs attention",
    viewAll: "Show everything",
    attentionHint: "Risky and inappropriate items without a decision: your own words first, then what you shared, then what you liked.",
    left: (n: string) => `${n} left to look at`,
    leftNone: "Nothing left to look at: every risky or inappropriate item has a decision.",
    searchLabel: "Search the text",
    searchHint: "Every word must be there; accents and capitals do not matter.",
    sortLabel: "Order",
    sort: { attention: "What needs attention first", level: "Worst level first", newest: "Newest first", oldest: "Oldest first", platform: "By platform", engagement: "Most liked and reposted first" } satisfies Record<Sort, string>,
    actionLabel: "Action",
    groupLabel: "Whose words",
    group: { own: "Your own words (posts, replies, comments, bio)", shared: "What you shared or boosted", reacted: "What you liked or followed" } satisfies Record<ItemGroup, string>,
    actionName: { post: "Posts", reply: "Replies", comment: "Comments", share: "Shares and boosts", like: "Likes and favourites", follow: "Follows", profile: "Profile bio" } satisfies Record<Action, string>,
    notChecked: "Not checked — open it to see",
    notCheckedWhy: "The export gives only a link, so Impartial could not read it.",
    colSelect: "Select",
    colWhat: "What",
    selectItem: "Select",
    details: "Details",
    noteLabel: "Your note",
    noteHint: "Kept with the decision, in the reports and the to-do list.",
    saveNote: "Save the note",
    noteSaved: "Note saved.",
    noteNeedsDecision: "Give a decision first: the note is saved with it.",
    engagementIs: (n: string) => `Liked and reposted ${n} times.`,
    keysSummary: "Keyboard shortcuts",
    keysNote: "The keys do nothing while you type in a field.",
    keys: [
      ["j", "next item"],
      ["k", "previous item"],
      ["o, Enter", "show or hide the details"],
      ["x", "select or unselect"],
      ["1 to 4", "the item's decisions, in the order of its buttons"],
      ["0", "clear the decision"],
      ["u", "undo the last change"],
      ["/", "search"],
    ] as readonly (readonly [string, string])[],
    undo: "Undo",
    undone: (what: string, n: string) => `Undone: ${what} (${n} items restored).`,
    nothingToUndo: "There is nothing to undo.",
    undoFailed: "The change was not undone:",
    bulkHeading: "Decide for many at once",
    selectPage: "Select this page",
    selectAllMatching: (n: string) => `Select all ${n} matching this filter`,
    unselectAll: "Unselect all",
    selectedCount: (n: string) => `${n} selected.`,
    allMatchingSelected: (n: string) => `All ${n} items matching this filter are selected.`,
    bulkDecision: "Decision for the selection",
    bulkApply: "Apply to the selection",
    bulkNothing: "Select items first.",
    bulkDone: (changed: string, skipped: string) => `${changed} changed, ${skipped} skipped (can't be done to them: a like can only be kept or unliked, a bio only kept or edited).`,
    bulkFailed: "The decision was not recorded:",
    generic: { keep: "Keep", delete: "Delete, unlike, undo the share or unfollow (as each item allows)", edit: "Edit (where the platform allows)", "make-private": "Make private (where the platform allows)", clear: "Clear the decision" },
    rulesHeading: "Saved rules",
    rulesHint: "A rule gives its decision to every matching item without one, now and in every later scan. It never replaces a decision you gave.",
    ruleActions: "Actions (none ticked: all)",
    ruleBefore: "Made before",
    ruleLevel: "Level",
    ruleSearch: "Words in the text",
    ruleElection: "Only items made during an election period",
    ruleDecision: "Decision",
    ruleNote: "Note (optional)",
    ruleSave: "Save the rule and apply it",
    ruleNeedsCondition: "Choose at least one condition.",
    ruleSaved: (changed: string, skipped: string) => `Rule saved and applied: ${changed} items decided, ${skipped} skipped.`,
    ruleApplied: (n: string) => `decided ${n} items`,
    ruleUndone: "its decisions were undone",
    ruleDelete: "Delete the rule",
    ruleDeleted: "Rule deleted. The decisions it made stay: undo them first to remove them.",
    noRules: "No rule yet.",
    ruleEvery: "every item",
    ruleBeforeText: (date: string) => `made before ${date}`,
    ruleSearchText: (words: string) => `with “${words}”`,
    ruleElectionText: "during an election period",
    todoHeading: "To-do list",
    todoHint: "What you decided to do on each platform, with a link to each item. Tick each one once done there: the ticks are kept in the review database.",
    todoProgress: (done: string, total: string) => `${done} of ${total} done`,
    todoEmpty: "Nothing to do yet: decide to delete, unlike, edit or make private an item and it appears here.",
    todoHtml: "To-do list (HTML, printable)",
    todoCsv: "To-do list (CSV)",
    todoMore: (n: string) => `… and ${n} more, in the downloads.`,
    todoFailed: "The tick was not saved:",
  },
  fr: {
    uploadHeading: "Analyser une exportation",
    howToHeading: "Comment obtenir votre exportation",
    howToIntro: "Chaque plateforme prépare son exportation à votre demande, en quelques minutes ou quelques jours. Donnez le fichier tel que téléchargé : un .zip, un .tar.gz ou un .car.",
    howToHelp: "La page d'aide de la plateforme",
    folderLabel: "Ou choisissez le dossier décompressé",
    folderHint: "Si vous avez déjà décompressé l'exportation, choisissez son dossier : ses fichiers sont envoyés tels quels au serveur de cet ordinateur.",
    fileLabel: "Votre exportation de données",
    fileHint: "Le fichier remis par la plateforme : une archive .zip, ou l'un de ses fichiers, comme tweets.js, outbox.json, un .car ou un .csv.",
    platformLabel: "Plateforme",
    platformAuto: "La reconnaître d'après le fichier",
    joinedLabel: "Date de votre entrée dans la fonction publique (facultatif)",
    joinedHint: "Les éléments publiés avant cette date sont signalés, car ils sont encore visibles aujourd'hui.",
    roleLabel: "Votre rôle",
    departmentUnknown: "Aucune organisation du gouvernement du Canada ne porte le nom inscrit dans la case « Ministère ou organisme » : choisissez-en une dans la liste, ou laissez la case vide.",
    identifiable: "Mon compte indique que je travaille dans la fonction publique",
    scanButton: "Téléverser et analyser",
    whyServer:
      "Pourquoi le serveur de cet ordinateur plutôt que cette page : la lecture des grandes archives et la base de données d'examen qui conserve vos décisions d'une visite à l'autre (partagée avec la commande impartial review) fonctionnent dans Node ; l'exportation est donc téléversée au serveur Impartial à l'adresse 127.0.0.1 et ne quitte jamais cet ordinateur.",
    progressLabel: "Progression de l'analyse",
    chooseFile: "Choisissez d'abord un fichier d'exportation.",
    uploading: (percent: string) => `Téléversement de l'exportation : ${percent}`,
    scanning: (items: string, rate: string, elapsed: string) => `Analyse en cours : ${items} éléments lus, ${rate} éléments/s, temps écoulé ${elapsed}.`,
    readingFile: (file: string, percent: string | undefined) => (percent === undefined ? ` Lecture de ${file}.` : ` Lecture de ${file} : ${percent} du fichier.`),
    scanDone: (items: string, risky: string, inappropriate: string) => `Analyse terminée : ${items} éléments lus (risqué : ${risky} ; inapproprié : ${inappropriate}).`,
    scanFailed: "L'analyse s'est arrêtée :",
    itemsKept: "Les éléments lus avant le problème sont conservés et figurent ci-dessous.",
    uploadFailed: "L'exportation n'a pas pu être téléversée :",
    warningsTitle: (count: string) => `L'exportation a été lue avec ${count === "1" ? "1 avertissement" : `${count} avertissements`}`,
    warningsSaid: (count: string) => ` ${count === "1" ? "1 avertissement" : `${count} avertissements`} : voir ci-dessous.`,
    warningsMore: (count: string) => `… et ${count} de plus.`,
    networkError: "Le serveur Impartial de cet ordinateur n'a pas répondu. La commande impartial serve fonctionne-t-elle encore ?",
    noStore: "Ce serveur n'a aucune base de données d'examen ouverte : il n'y a donc rien à examiner ni d'endroit où conserver une analyse. Lancez-le avec impartial serve (qui ouvre votre base de données d'examen).",
    historyHeading: "Votre historique",
    empty: "Rien n'est encore conservé. Choisissez une exportation et analysez-la : ses éléments figureront ici.",
    uncheckedSummary: (n: string) => ` Non vérifiés : ${n} (l'exportation ne donne que leur lien).`,
    storedSummary: (total: string, risky: string, inappropriate: string, undecided: string) =>
      `Éléments conservés : ${total} (inapproprié : ${inappropriate} ; risqué : ${risky}). Sans décision : ${undecided}.`,
    timelineHeading: "Éléments par année et par niveau",
    chartLabel: "Barres empilées : éléments par année, répartis par niveau. Les mêmes nombres figurent dans le tableau qui suit.",
    timelineCaption: "Éléments par année et par niveau",
    legend: "Légende",
    year: "Année",
    total: "Total",
    unknownYear: "date inconnue",
    filtersHeading: "Filtrer la liste",
    levelLabel: "Niveau",
    categoryLabel: "Catégorie de constat",
    yearLabel: "Année",
    any: "Tous",
    undecidedOnly: "Seulement les éléments sans décision",
    pageStatus: (first: string, last: string, total: string) => `Éléments ${first} à ${last} sur ${total}`,
    noMatch: "Aucun élément ne correspond à ces filtres.",
    previous: "Page précédente",
    next: "Page suivante",
    tableCaption: "Éléments conservés, du niveau le plus grave au moins grave, puis du plus récent au plus ancien",
    tableCaptionIn: (order: string) => `Éléments conservés, ${order.toLowerCase()}`,
    colDate: "Date",
    colPlatform: "Plateforme",
    colAction: "Action",
    colText: "Texte",
    colLevel: "Niveau",
    colCategories: "Catégories",
    colWhy: "Pourquoi",
    colDecision: "Votre décision",
    beforeService: "Publié avant votre entrée dans la fonction publique.",
    noText: "(aucun texte dans l'exportation)",
    openLink: "Ouvrir sur la plateforme",
    noFinding: "Aucun constat.",
    undecided: "Pas encore de décision",
    decisionIs: (decision: string) => `Décision : ${decision}`,
    clear: "Retirer la décision",
    recorded: (decision: string, date: string) => `Décision enregistrée : ${decision}, pour l'élément du ${date}.`,
    cleared: (date: string) => `Décision retirée pour l'élément du ${date}.`,
    decisionFailed: "La décision n'a pas été enregistrée :",
    reportsHeading: "Rapports à conserver ou à imprimer",
    reportsHint: "Chaque lien enregistre un fichier produit sur cet ordinateur à partir de la base de données d'examen.",
    reportHtml: "Rapport d'examen de tout l'historique (HTML, imprimable)",
    reportCsv: "Tous les éléments (CSV, pour un tableur)",
    selectionReports: (selection: string) => `Seulement les éléments que les filtres sélectionnent (${selection})\u00a0:`,
    selectionReportHtml: "Rapport d'examen de la sélection (HTML, imprimable)",
    selectionReportCsv: "Les éléments sélectionnés (CSV, pour un tableur)",
    forgetHeading: "Supprimer ce qui est conservé sur cet ordinateur",
    forgetHint:
      "Cela supprime les éléments, ce qu'Impartial y a relevé et vos décisions de la base de données d'examen de cet ordinateur, sans laisser de trace de leur texte dans ses fichiers. Rien n'est supprimé sur les plateformes elles-mêmes. C'est définitif.",
    forgetWhich: "Quel historique",
    forgetAll: "Toutes les plateformes",
    forgetConfirm: "Je comprends que c'est définitif",
    forgetButton: "Supprimer de cet ordinateur",
    forgetConfirmFirst: "Cochez d'abord la case pour confirmer.",
    forgetDone: (items: string, which: string) => `${items} éléments supprimés (${which}).`,
    forgetFailed: "La suppression n'a pas abouti :",
    checklistHtml: "Liste de suppression (HTML, imprimable)",
    checklistCsv: "Liste de suppression (CSV)",
    level: REPORT_LABELS.fr.level,
    category: REPORT_LABELS.fr.category,
    platform: { x: "X (Twitter)", mastodon: "Mastodon", facebook: "Facebook", instagram: "Instagram", linkedin: "LinkedIn", bluesky: "Bluesky", reddit: "Reddit", threads: "Threads" } satisfies Record<Platform, string>,
    action: REPORT_LABELS.fr.action,
    decision: REPORT_LABELS.fr.decision,
    decisionButton: { keep: "Conserver", delete: "Supprimer", edit: "Modifier", "make-private": "Rendre privé" } satisfies Record<DecisionChoice, string>,
    roles: { employee: "Employé ou employée", manager: "Gestionnaire", executive: "Cadre", "deputy-head": "Administrateur général ou administratrice générale" } satisfies Record<Role, string>,
    unofficial: "Les citations françaises des lignes directrices sont des traductions non officielles.",
    viewLabel: "Quels éléments afficher",
    viewAttention: "Ce qui demande attention",
    viewAll: "Tout afficher",
    attentionHint: "Éléments risqués et inappropriés sans décision : vos propres mots d'abord, puis ce que vous avez partagé, puis ce que vous avez aimé.",
    left: (n: string) => `Reste à examiner : ${n}`,
    leftNone: "Plus rien à examiner : chaque élément risqué ou inapproprié a une décision.",
    searchLabel: "Chercher dans le texte",
    searchHint: "Chaque mot doit y figurer ; les accents et les majuscules ne comptent pas.",
    sortLabel: "Ordre",
    sort: { attention: "Ce qui demande attention d'abord", level: "Niveau le plus grave d'abord", newest: "Plus récents d'abord", oldest: "Plus anciens d'abord", platform: "Par plateforme", engagement: "Plus aimés et republiés d'abord" } satisfies Record<Sort, string>,
    actionLabel: "Action",
    groupLabel: "À qui sont les mots",
    group: { own: "Vos propres mots (publications, réponses, commentaires, biographie)", shared: "Ce que vous avez partagé", reacted: "Ce que vous avez aimé ou suivi" } satisfies Record<ItemGroup, string>,
    actionName: { post: "Publications", reply: "Réponses", comment: "Commentaires", share: "Partages", like: "« J'aime » et favoris", follow: "Abonnements", profile: "Biographie du profil" } satisfies Record<Action, string>,
    notChecked: "Non vérifié — ouvrez-le pour voir",
    notCheckedWhy: "L'exportation ne donne qu'un lien : Impartial n'a donc pas pu le lire.",
    colSelect: "Sélection",
    colWhat: "Quoi",
    selectItem: "Sélectionner",
    details: "Détails",
    noteLabel: "Votre note",
    noteHint: "Conservée avec la décision, dans les rapports et la liste de tâches.",
    saveNote: "Enregistrer la note",
    noteSaved: "Note enregistrée.",
    noteNeedsDecision: "Donnez d'abord une décision : la note est enregistrée avec elle.",
    engagementIs: (n: string) => `Aimé et republié ${n} fois.`,
    keysSummary: "Raccourcis clavier",
    keysNote: "Les touches ne font rien pendant que vous tapez dans un champ.",
    keys: [
      ["j", "élément suivant"],
      ["k", "élément précédent"],
      ["o, Entrée", "afficher ou masquer les détails"],
      ["x", "sélectionner ou désélectionner"],
      ["1 à 4", "les décisions de l'élément, dans l'ordre de ses boutons"],
      ["0", "retirer la décision"],
      ["u", "annuler le dernier changement"],
      ["/", "chercher"],
    ] as readonly (readonly [string, string])[],
    undo: "Annuler",
    undone: (what: string, n: string) => `Annulé : ${what} (éléments rétablis : ${n}).`,
    nothingToUndo: "Il n'y a rien à annuler.",
    undoFailed: "Le changement n'a pas été annulé :",
    bulkHeading: "Décider pour plusieurs à la fois",
    selectPage: "Sélectionner cette page",
    selectAllMatching: (n: string) => `Sélectionner les ${n} éléments qui correspondent au filtre`,
    unselectAll: "Tout désélectionner",
    selectedCount: (n: string) => `Sélectionnés : ${n}.`,
    allMatchingSelected: (n: string) => `Les ${n} éléments qui correspondent au filtre sont sélectionnés.`,
    bulkDecision: "Décision pour la sélection",
    bulkApply: "Appliquer à la sélection",
    bulkNothing: "Sélectionnez d'abord des éléments.",
    bulkDone: (changed: string, skipped: string) => `Modifiés : ${changed} ; ignorés : ${skipped} (la décision ne peut pas s'y appliquer : un « J'aime » peut seulement être conservé ou retiré, une biographie seulement conservée ou modifiée).`,
    bulkFailed: "La décision n'a pas été enregistrée :",
    generic: { keep: "Conserver", delete: "Supprimer, ne plus aimer, annuler le partage ou ne plus suivre (selon l'élément)", edit: "Modifier (là où la plateforme le permet)", "make-private": "Rendre privé (là où la plateforme le permet)", clear: "Retirer la décision" },
    rulesHeading: "Règles enregistrées",
    rulesHint: "Une règle donne sa décision à chaque élément correspondant qui n'en a pas, maintenant et à chaque analyse suivante. Elle ne remplace jamais une décision que vous avez donnée.",
    ruleActions: "Actions (aucune cochée : toutes)",
    ruleBefore: "Faits avant le",
    ruleLevel: "Niveau",
    ruleSearch: "Mots dans le texte",
    ruleElection: "Seulement les éléments faits pendant une période électorale",
    ruleDecision: "Décision",
    ruleNote: "Note (facultatif)",
    ruleSave: "Enregistrer la règle et l'appliquer",
    ruleNeedsCondition: "Choisissez au moins une condition.",
    ruleSaved: (changed: string, skipped: string) => `Règle enregistrée et appliquée : éléments décidés, ${changed} ; ignorés, ${skipped}.`,
    ruleApplied: (n: string) => `éléments décidés : ${n}`,
    ruleUndone: "ses décisions ont été annulées",
    ruleDelete: "Supprimer la règle",
    ruleDeleted: "Règle supprimée. Les décisions qu'elle a prises restent : annulez-les d'abord pour les retirer.",
    noRules: "Aucune règle pour l'instant.",
    ruleEvery: "tous les éléments",
    ruleBeforeText: (date: string) => `faits avant le ${date}`,
    ruleSearchText: (words: string) => `contenant « ${words} »`,
    ruleElectionText: "pendant une période électorale",
    todoHeading: "Liste de tâches",
    todoHint: "Ce que vous avez décidé de faire sur chaque plateforme, avec un lien vers chaque élément. Cochez chacun une fois fait sur la plateforme : les coches sont conservées dans la base de données d'examen.",
    todoProgress: (done: string, total: string) => `${done} sur ${total} faits`,
    todoEmpty: "Rien à faire pour l'instant : décidez de supprimer, de ne plus aimer, de modifier ou de rendre privé un élément, et il figurera ici.",
    todoHtml: "Liste de tâches (HTML, imprimable)",
    todoCsv: "Liste de tâches (CSV)",
    todoMore: (n: string) => `… et ${n} de plus, dans les téléchargements.`,
    todoFailed: "La coche n'a pas été enregistrée :",
  },
} as const;

export type ReviewStrings = (typeof REVIEW_STRINGS)[Lang];

// The store's REVIEW_STATES and SORTS, repeated because the store module is Node's (SQLite); a test checks they match.
export const REVIEW_STATES = ["appropriate", "risky", "inappropriate", "unchecked"] as const satisfies readonly ReviewState[];
export const SORTS = ["attention", "level", "newest", "oldest", "platform", "engagement"] as const satisfies readonly Sort[];

/** Which items the list shows: what still needs attention (the default), or everything. */
export type View = "attention" | "all";

export const GROUPS: readonly ItemGroup[] = ["own", "shared", "reacted"];

/** What the filters of the list hold; empty strings mean "all" (and, for the sort, the view's own order). */
export interface FilterState {
  view: View;
  level: ReviewState | "";
  category: Category | "";
  platform: Platform | "";
  year: string;
  action: Action | "";
  group: ItemGroup | "";
  search: string;
  sort: Sort | "";
  undecided: boolean;
  offset: number;
}

export const NO_FILTER: FilterState = { view: "attention", level: "", category: "", platform: "", year: "", action: "", group: "", search: "", sort: "", undecided: false, offset: 0 };

/** The order a view lists in when none is chosen: what needs attention first, or worst level first for everything. */
export function sortOf(state: FilterState): Sort {
  return state.sort || (state.view === "attention" ? "attention" : "level");
}

/**
 * The filters as the page's hash ("#level=risky&platform=x&offset=50"): the language toggle carries the hash to the
 * other language's page, and a filtered view can be bookmarked. The attention view with no filter is an empty hash.
 */
export function filtersToHash(state: FilterState): string {
  const params = selectionParams(state);
  params.delete("attention");
  if (state.view === "all") params.set("view", "all");
  if (state.sort && state.sort !== sortOf({ ...state, sort: "" })) params.set("sort", state.sort);
  if (state.offset > 0) params.set("offset", String(Math.floor(state.offset)));
  const query = params.toString();
  return query === "" ? "" : `#${query}`;
}

/** The filters a hash names; what it gets wrong (an unknown level, a year that is not one) is left unfiltered. */
export function filtersFromHash(hash: string): FilterState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | "" => {
    const v = params.get(name) ?? "";
    return (allowed as readonly string[]).includes(v) ? (v as T) : "";
  };
  const year = params.get("year") ?? "";
  const offset = Number(params.get("offset") ?? "0");
  return {
    view: params.get("view") === "all" ? "all" : "attention",
    level: pick("level", REVIEW_STATES),
    category: pick("category", CATEGORIES),
    platform: pick("platform", PLATFORMS),
    year: /^\d{4}$/.test(year) || year === "unknown" ? year : "",
    action: pick("action", ACTIONS),
    group: pick("group", GROUPS),
    search: searchable(params.get("search") ?? ""),
    sort: pick("sort", SORTS),
    undecided: params.get("undecided") === "1" || params.get("undecided") === "true",
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Search words as the server takes them: at most 500 characters with a letter or digit, else none. */
export function searchable(text: string): string {
  const trimmed = text.trim().slice(0, 500);
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : "";
}

/** The query string of GET /api/review for these filters: only the filters set, the order, then the page. */
export function reviewQuery(state: FilterState, limit = PAGE_SIZE): string {
  const params = selectionParams(state);
  params.set("sort", sortOf(state));
  params.set("limit", String(limit));
  params.set("offset", String(Math.max(0, Math.floor(state.offset))));
  return params.toString();
}

/** What the list's filters select, as the body of a bulk decision ({"filter": …}): GET /api/review's parameters. */
export function filterJson(state: FilterState): Record<string, string> {
  return Object.fromEntries(selectionParams(state));
}

/** What the filters select, as the server reads it: the review's filters and the reports' (no page). */
export function selectionOf(state: FilterState): ReviewSelection {
  const selection: ReviewSelection = {};
  if ((REVIEW_STATES as readonly string[]).includes(state.level)) selection.level = state.level as ReviewState;
  if ((CATEGORIES as readonly string[]).includes(state.category)) selection.category = state.category as Category;
  if ((PLATFORMS as readonly string[]).includes(state.platform)) selection.platform = state.platform as Platform;
  if (/^\d{4}$/.test(state.year)) selection.year = Number(state.year);
  if (state.year === "unknown") selection.dateUnknown = true;
  if (state.undecided) selection.undecided = true;
  if ((ACTIONS as readonly string[]).includes(state.action)) selection.action = state.action as Action;
  if (GROUPS.includes(state.group as ItemGroup)) selection.group = state.group as ItemGroup;
  if (searchable(state.search)) selection.search = searchable(state.search);
  if (state.view === "attention") selection.attention = true;
  return selection;
}

function selectionParams(state: FilterState): URLSearchParams {
  const s = selectionOf(state);
  const params = new URLSearchParams();
  if (s.attention) params.set("attention", "true");
  if (s.level !== undefined) params.set("level", String(s.level));
  if (s.category) params.set("category", s.category);
  if (s.platform) params.set("platform", s.platform);
  if (s.year !== undefined) params.set("year", String(s.year));
  if (s.dateUnknown) params.set("year", "unknown");
  if (s.action) params.set("action", String(s.action));
  if (s.group) params.set("group", s.group);
  if (s.search) params.set("search", s.search);
  if (s.undecided) params.set("undecided", "true");
  return params;
}

/** The filters a report covers, each described in words by report/html.ts's selectionText; the view (attention or all) is the list's own. */
function reportParams(state: FilterState): URLSearchParams {
  return selectionParams({ ...state, view: "all" });
}

/**
 * The reports of what the filters select, with the selection in words; none when no filter is set (the whole
 * history's reports are always offered).
 */
export function selectionLinks(state: FilterState, lang: Lang): { intro: string; links: { href: string; key: "selectionReportHtml" | "selectionReportCsv" }[] } | undefined {
  const params = reportParams(state);
  if ([...params.keys()].length === 0) return undefined;
  params.set("lang", lang);
  return {
    intro: REVIEW_STRINGS[lang].selectionReports(selectionText(selectionOf({ ...state, view: "all" }), lang)),
    links: [
      { href: `/api/review/report.html?${params.toString()}`, key: "selectionReportHtml" },
      { href: `/api/review/report.csv?${params.toString()}`, key: "selectionReportCsv" },
    ],
  };
}

export interface TimelineRow {
  /** Four digits, or "?" for items without a readable date. */
  year: string;
  counts: Record<ReviewState, number>;
  total: number;
}

/** The states a timeline stacks, bottom to top: not checked, then each level from appropriate up. */
export const TIMELINE_STATES: readonly ReviewState[] = ["unchecked", ...LEVELS];

/** One row per year, oldest first (an unknown year last), each with its count by state. */
export function timelineRows(byYearLevel: Readonly<Record<string, Partial<Record<ReviewState, number>>>> | undefined): TimelineRow[] {
  return Object.entries(byYearLevel ?? {})
    .map(([year, c]) => {
      const counts = { appropriate: c.appropriate ?? 0, risky: c.risky ?? 0, inappropriate: c.inappropriate ?? 0, unchecked: c.unchecked ?? 0 };
      return { year, counts, total: counts.appropriate + counts.risky + counts.inappropriate + counts.unchecked };
    })
    .filter((r) => r.total > 0)
    .sort((a, b) => (a.year === "?" ? 1 : b.year === "?" ? -1 : a.year.localeCompare(b.year)));
}

export interface BarSegment {
  level: ReviewState;
  count: number;
  y: number;
  height: number;
}

export interface TimelineBar {
  year: string;
  total: number;
  x: number;
  width: number;
  /** Bottom to top: not checked, appropriate, risky, inappropriate; states with no item are left out. */
  segments: BarSegment[];
}

/** Where each stacked bar and each of its segments goes in a chart of `height` units for the bars, the tallest bar full height. */
export function timelineBars(rows: readonly TimelineRow[], options: { height: number; barWidth: number; gap: number }): TimelineBar[] {
  const max = Math.max(1, ...rows.map((r) => r.total));
  return rows.map((row, i) => {
    const x = options.gap + i * (options.barWidth + options.gap);
    let top = options.height;
    const segments: BarSegment[] = [];
    for (const level of TIMELINE_STATES) {
      const count = row.counts[level];
      if (count === 0) continue;
      const height = (count / max) * options.height;
      top -= height;
      segments.push({ level, count, y: top, height });
    }
    return { year: row.year, total: row.total, x, width: options.barWidth, segments };
  });
}

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA").format(n);
}

/** A fraction from 0 to 1 as a percentage in the page's language: "45%", "45 %". */
export function formatPercent(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA", { style: "percent" }).format(fraction);
}

/** Minutes and seconds, as 1:05. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The live status while a scan runs: items read, the rate and the time elapsed. */
export function progressText(itemsRead: number, elapsedMs: number, lang: Lang, reading?: { file: string; percent?: number }): string {
  const t = REVIEW_STRINGS[lang];
  const rate = elapsedMs > 0 ? Math.round((itemsRead * 1000) / elapsedMs) : 0;
  const percent = reading?.percent === undefined ? undefined : formatPercent(reading.percent / 100, lang);
  return t.scanning(formatCount(itemsRead, lang), formatCount(rate, lang), formatElapsed(elapsedMs)) + (reading ? t.readingFile(reading.file, percent) : "");
}

/** "Items 51–100 of 123" for a page starting at `offset` holding `shown` items. */
export function pageText(offset: number, shown: number, total: number, lang: Lang): string {
  const t = REVIEW_STRINGS[lang];
  return t.pageStatus(formatCount(shown === 0 ? 0 : offset + 1, lang), formatCount(offset + shown, lang), formatCount(total, lang));
}

/** The download links, in the page's language. */
export function downloadLinks(lang: Lang): { href: string; key: "reportHtml" | "reportCsv" | "checklistHtml" | "checklistCsv" }[] {
  return [
    { href: `/api/review/report.html?lang=${lang}`, key: "reportHtml" },
    { href: `/api/review/report.csv?lang=${lang}`, key: "reportCsv" },
    { href: `/api/review/checklist.html?lang=${lang}`, key: "checklistHtml" },
    { href: `/api/review/checklist.csv?lang=${lang}`, key: "checklistCsv" },
  ];
}

/** The `YYYY-MM-DD` of an ISO date, or the text as given. */
export function dateOf(iso: string, lang: Lang = "en"): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(iso) && !isKnownDate(iso)) return REVIEW_STRINGS[lang].unknownYear;
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

/** The text of a server's JSON error answer, or the status when it gave none. */
export function errorText(status: number, body: unknown): string {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === "string" && error !== "" ? error : `HTTP ${status}`;
}

export const ROLE_CHOICES = ROLES;

/** What a key pressed in the list does (web/review.ts ignores keys typed in a field and keys with a modifier). */
export type KeyCommand = { kind: "next" | "previous" | "expand" | "select" | "clear" | "undo" | "search" } | { kind: "decide"; index: number };

export function keyCommand(key: string): KeyCommand | undefined {
  const simple: Record<string, KeyCommand["kind"]> = { j: "next", k: "previous", o: "expand", x: "select", "0": "clear", u: "undo", "/": "search" };
  if (simple[key]) return { kind: simple[key] } as KeyCommand;
  if (/^[1-4]$/.test(key)) return { kind: "decide", index: Number(key) - 1 };
  return undefined;
}

/** A saved rule in words: "Likes and favourites · made before 2019-01-01 · X (Twitter) → Delete…". */
export function ruleText(selection: ReviewSelection, decision: DecisionChoice, lang: Lang): string {
  const t = REVIEW_STRINGS[lang];
  const parts: string[] = [];
  const actions = selection.action === undefined ? [] : [selection.action].flat();
  if (actions.length) parts.push(actions.map((a) => t.actionName[a]).join(", "));
  if (selection.before) parts.push(t.ruleBeforeText(selection.before));
  if (selection.platform) parts.push(t.platform[selection.platform]);
  const levels = selection.level === undefined ? [] : [selection.level].flat();
  if (levels.length) parts.push(levels.map((l) => t.level[l]).join(", "));
  if (selection.search) parts.push(t.ruleSearchText(selection.search));
  if (selection.electionPeriod) parts.push(t.ruleElectionText);
  return `${parts.length ? parts.join(" · ") : t.ruleEvery} → ${t.generic[decision]}`;
}

export interface TodoGroup<E> {
  platform: Platform;
  /** The step as the platform names it (decisionName): "Unlike", "Undo repost", "Delete". */
  name: string;
  entries: E[];
}

/** The to-do list's entries by platform, then by the step each takes there, in the order the store gives them. */
export function todoGroups<E extends { platform: Platform; decision: DecisionChoice; action: Action }>(entries: readonly E[], lang: Lang): TodoGroup<E>[] {
  const groups = new Map<string, TodoGroup<E>>();
  for (const e of entries) {
    const name = decisionName(e.decision, e.platform, e.action)[lang];
    const key = `${e.platform}\u0000${name}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { platform: e.platform, name, entries: [] }));
    group.entries.push(e);
  }
  return [...groups.values()];
}
