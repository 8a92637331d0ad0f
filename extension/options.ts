/// <reference lib="dom" />
import { ROLES, type Lang, type Role } from "../src/core/model.js";
import { PAGE_STRINGS } from "../web/check-view.js";
import { el } from "../web/dom.js";
import { departmentField, readDepartmentField, showDepartment } from "../web/profile-fields.js";
import { PROVINCE_NAMES, PROVINCES, type Province } from "../web/profile.js";
import { ADAPTERS } from "./adapters/index.js";
import { MASTODON } from "./adapters/mastodon.js";
import { addServer, removeServer } from "./server-access.js";
import { loadServers, parseServerAddress, type ServerProblem } from "./servers.js";
import { fill } from "./strings.js";
import { GATE_STRICTNESS, loadSettings, parseSettings, SETTINGS_KEY, uiLang, UI_LANGUAGES, type ManagedPolicy, type SettingKey, type Settings } from "./settings.js";

/** The options page's own words, in both languages (the profile fields' labels come from the Check page's). */
const OPTIONS_STRINGS = {
  en: {
    title: "Impartial: settings",
    intro: "Impartial checks what you write on the sites below against the Government of Canada's guidance for public servants, as you type, and asks before you post a draft it judges inappropriate. It is advice, not a ruling.",
    aboutYou: "About you",
    sites: "Sites to check",
    gate: "Before you post",
    gateChoices: { inappropriate: "Ask before posting a draft judged inappropriate (recommended)", risky: "Ask before posting a draft judged risky or inappropriate", off: "Never ask: show the verdict only" },
    language: "Language of Impartial's messages",
    languageChoices: { auto: "The browser's language", en: "English", fr: "Français" },
    locked: "Set by your department: you cannot change it here.",
    saved: "Saved.",
    privacy: "Private by design: Impartial judges your drafts inside your browser. Nothing you type is stored or sent anywhere, and these settings stay in this browser.",
    server: {
      heading: "Other Mastodon servers",
      intro: "Impartial checks the largest Mastodon servers and the Canadian ones. If yours is another, add it here: your browser will ask whether Impartial may read and change that server's pages, which it needs to check what you write there.",
      label: "Your Mastodon server",
      hint: "Its address, for example mastodon.example, or your handle, for example @you@mastodon.example.",
      add: "Add",
      listHeading: "Servers you added",
      none: "You have added no server.",
      remove: "Remove",
      removeLabel: "Remove {host}",
      added: "Impartial now checks what you write on {host}.",
      removed: "Impartial no longer checks {host}, and no longer has access to it.",
      builtIn: "Impartial already checks {host}: there is nothing to add.",
      refused: "Your browser did not give Impartial access to {host}, so it is not checked. Add it again and accept to have it checked.",
      failed: "Impartial could not add {host}. Try again.",
      problems: {
        empty: "Enter your server's address, for example mastodon.example.",
        notHttps: "Only a server reached over https can be added: write its name, for example mastodon.example.",
        malformed: "This is not a server's address: write its name, for example mastodon.example, with no path or port.",
      } satisfies Record<ServerProblem, string>,
    },
  },
  fr: {
    title: "Impartial : paramètres",
    intro: "Impartial vérifie ce que vous écrivez sur les sites ci-dessous au regard des lignes directrices du gouvernement du Canada pour les fonctionnaires, pendant que vous tapez, et vous demande confirmation avant de publier une ébauche jugée inappropriée. C'est un conseil, pas une décision.",
    aboutYou: "À votre sujet",
    sites: "Sites à vérifier",
    gate: "Avant de publier",
    gateChoices: { inappropriate: "Demander avant de publier une ébauche jugée inappropriée (recommandé)", risky: "Demander avant de publier une ébauche jugée risquée ou inappropriée", off: "Ne jamais demander : afficher seulement le verdict" },
    language: "Langue des messages d'Impartial",
    languageChoices: { auto: "La langue du navigateur", en: "English", fr: "Français" },
    locked: "Établi par votre ministère : vous ne pouvez pas le modifier ici.",
    saved: "Enregistré.",
    privacy: "Confidentiel par conception : Impartial juge vos ébauches dans votre navigateur. Rien de ce que vous tapez n'est conservé ni envoyé, et ces paramètres restent dans ce navigateur.",
    server: {
      heading: "Autres serveurs Mastodon",
      intro: "Impartial vérifie les plus grands serveurs Mastodon et les serveurs canadiens. Si le vôtre est un autre, ajoutez-le ici : votre navigateur vous demandera si Impartial peut lire et modifier les pages de ce serveur, ce dont il a besoin pour vérifier ce que vous y écrivez.",
      label: "Votre serveur Mastodon",
      hint: "Son adresse, par exemple mastodon.example, ou votre identifiant, par exemple @vous@mastodon.example.",
      add: "Ajouter",
      listHeading: "Serveurs que vous avez ajoutés",
      none: "Vous n'avez ajouté aucun serveur.",
      remove: "Retirer",
      removeLabel: "Retirer {host}",
      added: "Impartial vérifie maintenant ce que vous écrivez sur {host}.",
      removed: "Impartial ne vérifie plus {host} et n'y a plus accès.",
      builtIn: "Impartial vérifie déjà {host} : il n'y a rien à ajouter.",
      refused: "Votre navigateur n'a pas donné à Impartial l'accès à {host}, qui n'est donc pas vérifié. Ajoutez-le de nouveau et acceptez pour qu'il le soit.",
      failed: "Impartial n'a pas pu ajouter {host}. Réessayez.",
      problems: {
        empty: "Entrez l'adresse de votre serveur, par exemple mastodon.example.",
        notHttps: "Seul un serveur accessible en https peut être ajouté : écrivez son nom, par exemple mastodon.example.",
        malformed: "Ce n'est pas l'adresse d'un serveur : écrivez son nom, par exemple mastodon.example, sans chemin ni port.",
      } satisfies Record<ServerProblem, string>,
    },
  },
} as const;

let settings: Settings;
let policy: ManagedPolicy;

function lockedNote(key: SettingKey, lang: Lang): HTMLElement[] {
  return policy.locked.includes(key) ? [el("p", { class: "locked", id: `${key}-locked` }, OPTIONS_STRINGS[lang].locked)] : [];
}

function lock(control: HTMLElement, key: SettingKey): void {
  if (!policy.locked.includes(key)) return;
  control.setAttribute("disabled", "");
  control.setAttribute("aria-describedby", `${key}-locked`);
}

function radios<V extends string>(name: SettingKey, legend: string, choices: Record<V, string>, value: V, lang: Lang): HTMLElement {
  const set = el("fieldset", {}, el("legend", {}, legend), ...lockedNote(name, lang));
  for (const [v, label] of Object.entries(choices) as [V, string][]) {
    const input = el("input", { type: "radio", name, id: `${name}-${v}`, value: v });
    input.checked = v === value;
    lock(input, name);
    // A language's own name is in that language (WCAG 3.1.2).
    const own: Record<string, string> = name === "language" && (v === "en" || v === "fr") ? { lang: v } : {};
    set.append(el("div", { class: "check-row" }, input, el("label", { for: `${name}-${v}`, ...own }, label)));
  }
  return set;
}

function render(): void {
  const lang = uiLang(settings.language, navigator.language);
  const t = OPTIONS_STRINGS[lang];
  const p = PAGE_STRINGS[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  const identifiable = el("input", { type: "checkbox", id: "identifiable", name: "identifiable" });
  identifiable.checked = settings.identifiable;
  lock(identifiable, "identifiable");
  const role = el("select", { id: "role", name: "role" }, ...ROLES.map((r) => el("option", { value: r }, p.roles[r])));
  role.value = settings.role;
  lock(role, "role");
  const province = el("select", { id: "province", name: "province" }, el("option", { value: "" }, p.provinceNone), ...PROVINCES.map((v) => el("option", { value: v }, PROVINCE_NAMES[v][lang])));
  province.value = settings.province ?? "";
  lock(province, "province");
  const department = departmentField(lang);
  const sites = el("fieldset", {}, el("legend", {}, t.sites), ...lockedNote("sitesOff", lang));
  for (const a of ADAPTERS) {
    const box = el("input", { type: "checkbox", id: `site-${a.id}`, name: "site", value: a.id });
    box.checked = !settings.sitesOff.includes(a.id);
    lock(box, "sitesOff");
    sites.append(el("div", { class: "check-row" }, box, el("label", { for: `site-${a.id}` }, a.name)));
  }
  const form = el(
    "form",
    { id: "options-form", novalidate: "" },
    el(
      "fieldset",
      {},
      el("legend", {}, t.aboutYou),
      el("div", { class: "check-row" }, identifiable, el("label", { for: "identifiable" }, p.identifiable)),
      ...lockedNote("identifiable", lang),
      el("div", { class: "field" }, el("label", { for: "role" }, p.roleLabel), ...lockedNote("role", lang), role),
      department,
      ...lockedNote("department", lang),
      el("div", { class: "field" }, el("label", { for: "province" }, p.provinceLabel), ...lockedNote("province", lang), province),
    ),
    sites,
    radios("gate", t.gate, t.gateChoices satisfies Record<(typeof GATE_STRICTNESS)[number], string>, settings.gate, lang),
    radios("language", t.language, t.languageChoices satisfies Record<(typeof UI_LANGUAGES)[number], string>, settings.language, lang),
  );
  const app = document.getElementById("options-app")!;
  app.replaceChildren(el("h1", {}, t.title), el("p", {}, t.intro), form, el("p", { id: "saved", class: "saved", role: "status" }), serverSection(lang), el("p", { class: "privacy" }, t.privacy));
  void showServers(lang);
  showDepartment({ ...(settings.department ? { department: settings.department } : {}) }, lang);
  lock(document.getElementById("department")!, "department");
  form.addEventListener("change", () => void save());
}

/** "Your Mastodon server": a field to add one (the permission asked for from the click itself) and the list of those added. */
function serverSection(lang: Lang): HTMLElement {
  const t = OPTIONS_STRINGS[lang].server;
  const input = el("input", { type: "text", id: "server", name: "server", autocomplete: "off", spellcheck: "false", "aria-describedby": "server-hint" });
  const error = el("p", { id: "server-error", class: "field-error", hidden: "" });
  const status = el("p", { id: "server-status", class: "saved", role: "status" });
  const add = el("form", { id: "server-form", novalidate: "" }, el("div", { class: "field" }, el("label", { for: "server" }, t.label), el("p", { id: "server-hint", class: "hint" }, t.hint), error, input), el("button", { type: "submit" }, t.add));
  add.addEventListener("submit", (e) => {
    e.preventDefault();
    status.textContent = "";
    const parsed = parseServerAddress(input.value);
    if ("problem" in parsed) {
      error.textContent = t.problems[parsed.problem];
      error.hidden = false;
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", "server-error server-hint");
      input.focus();
      return;
    }
    error.hidden = true;
    input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", "server-hint");
    const host = parsed.host;
    if (MASTODON.matches.includes(`https://${host}/*`)) {
      status.textContent = fill(t.builtIn, { host });
      return;
    }
    // The browser's prompt needs the person's click: the permission is asked for before anything else is awaited.
    addServer(host).then(
      async (granted) => {
        status.textContent = fill(granted ? t.added : t.refused, { host });
        if (granted) input.value = "";
        await showServers(lang);
      },
      () => (status.textContent = fill(t.failed, { host })),
    );
  });
  return el("section", { "aria-labelledby": "server-heading" }, el("h2", { id: "server-heading" }, t.heading), el("p", {}, t.intro), add, status, el("h3", {}, t.listHeading), el("div", { id: "server-list" }));
}

/** The servers the person added, each with its Remove button. */
async function showServers(lang: Lang): Promise<void> {
  const t = OPTIONS_STRINGS[lang].server;
  const servers = await loadServers();
  const list = document.getElementById("server-list");
  if (!list) return;
  if (servers.length === 0) return list.replaceChildren(el("p", {}, t.none));
  const items = servers.map((host) => {
    const remove = el("button", { type: "button", "aria-label": fill(t.removeLabel, { host }) }, t.remove);
    remove.addEventListener("click", () => {
      void removeServer(host).then(async () => {
        document.getElementById("server-status")!.textContent = fill(t.removed, { host });
        await showServers(lang);
        (document.getElementById("server") as HTMLInputElement | null)?.focus();
      });
    });
    return el("li", {}, el("span", { class: "server-host" }, host), " ", remove);
  });
  list.replaceChildren(el("ul", { class: "servers" }, ...items));
}

function read(): Partial<Settings> {
  const form = document.getElementById("options-form") as HTMLFormElement;
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList | null)?.value;
  const next: Partial<Settings> = {
    identifiable: (document.getElementById("identifiable") as HTMLInputElement).checked,
    role: value("role") as Role,
    sitesOff: ADAPTERS.filter((a) => !(document.getElementById(`site-${a.id}`) as HTMLInputElement).checked).map((a) => a.id),
    gate: value("gate") as Settings["gate"],
    language: value("language") as Settings["language"],
  };
  const province = value("province");
  if (province) next.province = province as Province;
  const department = readDepartmentField();
  if (department.kind === "id") next.department = department.id;
  else if (department.kind === "unknown" && settings.department) next.department = settings.department;
  return parseSettings(next);
}

async function save(): Promise<void> {
  const next = read();
  const own = Object.fromEntries(Object.entries(next).filter(([k]) => !policy.locked.includes(k as SettingKey)));
  await chrome.storage.local.set({ [SETTINGS_KEY]: own });
  const languageChanged = next.language !== settings.language;
  ({ settings, policy } = await loadSettings());
  if (languageChanged) render();
  const lang = uiLang(settings.language, navigator.language);
  document.getElementById("saved")!.textContent = OPTIONS_STRINGS[lang].saved;
}

void loadSettings().then((loaded) => {
  ({ settings, policy } = loaded);
  render();
});
