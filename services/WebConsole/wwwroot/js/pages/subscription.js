import { field, h, splitList } from '../dom.js';
import { t } from '../i18n.js';
import { chosen, chosenFields, cooperationModes, fieldChoice, numberOrNull, trlInput } from './forms.js';

/** A member's subscription as form fields. The prefix is where the subscription sits in the body
 *  ("subscription." at registration, "" when it is the body), so the API's field errors land beside their field. */
export function subscriptionFields(prefix, subscription) {
  return h('fieldset', { class: 'panel', 'data-test': 'subscription' },
    h('legend', {}, t('members.subscription')),
    fieldChoice(t('members.fields'), subscription?.fields, `${prefix}fields`),
    h('div', { class: 'row' },
      field(t('needs.trlMin'), trlInput(`${prefix}trlMin`, subscription?.trlMin)),
      field(t('needs.trlMax'), trlInput(`${prefix}trlMax`, subscription?.trlMax))),
    field(t('members.modes'), h('select', { name: `${prefix}cooperationModes`, multiple: true, size: cooperationModes.length },
      cooperationModes.map((mode) => h('option', { value: mode, selected: (subscription?.cooperationModes ?? []).includes(mode) }, t(`modes.${mode}`))))),
    field(t('members.regions'), h('input', { name: `${prefix}regions`, value: (subscription?.regions ?? []).join(', ') })));
}

/** The subscription the form holds, as the API takes it. */
export function readSubscription(form, prefix) {
  const e = form.elements;
  return {
    fields: chosenFields(form, `${prefix}fields`),
    trlMin: numberOrNull(e[`${prefix}trlMin`]),
    trlMax: numberOrNull(e[`${prefix}trlMax`]),
    cooperationModes: chosen(e[`${prefix}cooperationModes`]),
    regions: splitList(e[`${prefix}regions`].value),
  };
}
