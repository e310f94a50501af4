import { industryFields } from '../api.js';
import { field, h } from '../dom.js';
import { fieldName, t } from '../i18n.js';

export const cooperationModes = ['transfer', 'licensing', 'jointDevelopment', 'technicalService', 'equity'];

/** The industry fields as a multiple choice, with the chosen codes ticked. The name is the body's field name,
 *  so that the API's field errors land beside it ("subscription.fields" in a member's registration). */
export function fieldChoice(label, chosen = [], name = 'fields') {
  const select = h('select', { name, multiple: true, size: 6 },
    industryFields().map((f) => h('option', { value: f.code, selected: (chosen ?? []).includes(f.code) }, fieldName(industryFields(), f.code))));
  return field(label, select);
}

export const chosenFields = (form, name = 'fields') => chosen(form.elements[name]);

/** The values ticked in a multiple choice. */
export const chosen = (select) => [...select.selectedOptions].map((option) => option.value);

export function numberOrNull(input) {
  const text = input.value.trim();
  return text === '' ? null : Number(text);
}

export function trlInput(name, value) {
  return h('input', { name, type: 'number', min: 1, max: 9, step: 1, value: value ?? '' });
}

export const fieldTags = (codes) => (codes ?? []).map((code) => h('span', { class: 'tag' }, fieldName(industryFields(), code)));

/** The first array in an answer: lists come wrapped ({ pairings: [...] }, { entries: [...] }) or bare. */
export function listOf(data) {
  if (Array.isArray(data)) {
    return data;
  }

  return Object.values(data ?? {}).find(Array.isArray) ?? [];
}

export const stateName = (state) => t(`states.${state}`);
