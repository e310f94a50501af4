import { call, industryFields } from '../api.js';
import { field, h, render, table } from '../dom.js';
import { fieldName, t } from '../i18n.js';
import { listOf, stateName } from './forms.js';

export const states = ['proposed', 'confirmed', 'rejected', 'contacted', 'ndaSigned', 'visit', 'negotiating', 'contractSigned', 'closed'];

/** The coordinators' queue with its filters; the filters live in the address, so a filtered queue can be
 *  bookmarked and the back button returns to it. */
export function reviewPage(query, titleKey = 'review.title') {
  const view = document.getElementById('view');
  const flagged = query.get('flagged') === 'true';
  if (!flagged && !query.has('status')) {
    query.set('status', 'proposed');
  }

  render(view, async () => {
    const answer = await call('alliance', `/api/alliance/pairings?${query}`);
    const pairings = answer.pairings ?? listOf(answer);
    return [
      h('h1', {}, t(titleKey)),
      flagged ? null : filters(query),
      h('p', { class: 'muted' }, t('review.total', { n: answer.total ?? pairings.length })),
      pairings.length ? pairingTable(pairings) : h('p', { class: 'muted' }, t('none')),
      pager(query, answer),
    ];
  });
}

export function pairingTable(pairings) {
  return table(
    [t('review.need_'), t('review.result'), t('matches.institute'), t('matches.rank'), t('matches.score'), t('review.status'), ''],
    pairings.map((p) => h('tr', { 'data-test': 'pairing', 'data-pairing': p.id },
      h('td', {}, p.needTitle), h('td', {}, p.resultTitle), h('td', {}, p.institute), h('td', {}, p.rank ?? ''),
      h('td', {}, Number(p.score ?? 0).toFixed(3)),
      h('td', {}, stateName(p.status), p.flagged ? h('span', { class: 'flag' }, ` · ${t('pairing.flagged')}`) : null),
      h('td', {}, h('a', { href: `#/pairings/${p.id}`, 'data-test': 'open-pairing' }, t('review.open'))))));
}

function filters(query) {
  const form = h('form', { class: 'row', 'data-test': 'filters' },
    field(t('review.status'), h('select', { name: 'status' },
      h('option', { value: '' }, t('review.any')),
      states.map((s) => h('option', { value: s, selected: query.get('status') === s }, stateName(s))))),
    field(t('review.field'), h('select', { name: 'field' },
      h('option', { value: '' }, t('review.any')),
      industryFields().map((f) => h('option', { value: f.code, selected: query.get('field') === f.code }, fieldName(industryFields(), f.code))))),
    field(t('review.need'), h('input', { name: 'needId', value: query.get('needId') ?? '', size: 36 })),
    h('button', { type: 'submit' }, t('review.apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of ['status', 'field', 'needId']) {
      const value = form.elements[name].value.trim();
      // An empty status means every status; it is kept so the queue does not fall back to 'proposed'.
      if (value || name === 'status') {
        next.set(name, value);
      }
    }

    location.hash = `#/review?${next}`;
  });
  return form;
}

function pager(query, answer) {
  const page = answer.page ?? 1;
  const pages = Math.ceil((answer.total ?? 0) / (answer.pageSize || 20));
  if (pages <= 1) {
    return null;
  }

  const go = (n) => {
    const next = new URLSearchParams(query);
    next.set('page', String(n));
    location.hash = `#/review?${next}`;
  };
  return h('div', { class: 'row' },
    h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => go(page - 1) }, t('review.prev')),
    h('span', {}, `${page} / ${pages}`),
    h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => go(page + 1) }, t('review.next')));
}
