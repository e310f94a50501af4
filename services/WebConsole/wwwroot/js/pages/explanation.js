import { h } from '../dom.js';
import { language } from '../i18n.js';

/** The matched terms and the main reasons of a ranking, in the reader's language. */
export function matchedTerms(terms) {
  return h('span', { class: 'terms' }, (terms ?? []).map((term) => h('span', { class: 'tag' }, term)));
}

export function reasons(list) {
  return h('ul', { class: 'reasons' }, (list ?? []).map((reason) =>
    h('li', {}, language() === 'en' ? reason.english : reason.chinese, ' ',
      h('span', { class: 'muted' }, `(${Number(reason.contribution).toFixed(2)})`))));
}
