/// <reference lib="dom" />
import type { Lang } from "../src/core/model.js";
import { ORGANIZATIONS } from "../src/core/organizations.js";
import { findOrganization, organizationById, organizationLabel, type PersonProfile } from "./profile.js";
import { el } from "./dom.js";

/**
 * The profile's fields that more than one page asks for, built and read the same way everywhere: the department is
 * every Government of Canada organization (../shared/knowledge), searchable by name or abbreviation in either
 * language, and what was typed is checked against that list.
 */
const TEXT = {
  en: {
    departmentLabel: "Department or agency",
    departmentHint: "Start typing its name or abbreviation, then choose it from the list.",
    departmentError: "No Government of Canada organization has this name: choose one from the list, or leave the box empty.",
  },
  fr: {
    departmentLabel: "Ministère ou organisme",
    departmentHint: "Commencez à taper son nom ou son abréviation, puis choisissez-le dans la liste.",
    departmentError: "Aucune organisation du gouvernement du Canada ne porte ce nom : choisissez-en une dans la liste, ou laissez la case vide.",
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The department field: a label, its hint, its error (hidden until needed), a text box and the list it suggests from. */
export function departmentField(lang: Lang, id = "department"): HTMLElement {
  const t = TEXT[lang];
  return el(
    "div",
    { class: "field" },
    el("label", { for: id }, t.departmentLabel),
    el("p", { id: `${id}-hint`, class: "hint" }, t.departmentHint),
    el("p", { id: `${id}-error`, class: "field-error", hidden: "" }, t.departmentError),
    el("input", { id, name: id, type: "text", list: `${id}-organizations`, autocomplete: "off", "aria-describedby": `${id}-hint` }),
    el("datalist", { id: `${id}-organizations` }, ...ORGANIZATIONS.map((o) => el("option", { value: organizationLabel(o, lang) }))),
  );
}

/** What the department box holds: an organization's id, nothing (empty), or a name that matches none. */
export type DepartmentReading = { kind: "id"; id: string } | { kind: "empty" } | { kind: "unknown" };

/** Reads the department box, and shows or hides its error accordingly. */
export function readDepartmentField(id = "department"): DepartmentReading {
  const box = document.getElementById(id) as HTMLInputElement;
  const typed = box.value;
  const org = findOrganization(typed);
  const reading: DepartmentReading = org ? { kind: "id", id: org.id } : typed.trim() === "" ? { kind: "empty" } : { kind: "unknown" };
  showFieldError(id, reading.kind === "unknown", `${id}-hint`);
  return reading;
}

/** Puts the profile's department in the box, by its name in the page's language. */
export function showDepartment(profile: PersonProfile, lang: Lang, id = "department"): void {
  const org = organizationById(profile.department);
  (document.getElementById(id) as HTMLInputElement).value = org ? organizationLabel(org, lang) : "";
}

/** Shows or hides a field's error (`<id>-error`) and marks the field invalid, keeping its hint described as well. */
export function showFieldError(id: string, wrong: boolean, hint?: string): void {
  const field = document.getElementById(id)!;
  document.getElementById(`${id}-error`)!.hidden = !wrong;
  if (wrong) field.setAttribute("aria-invalid", "true");
  else field.removeAttribute("aria-invalid");
  const describedBy = [...(wrong ? [`${id}-error`] : []), ...(hint ? [hint] : [])].join(" ");
  if (describedBy) field.setAttribute("aria-describedby", describedBy);
  else field.removeAttribute("aria-describedby");
}
