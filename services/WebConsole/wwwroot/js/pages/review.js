import { call, industryFields } from '../api.js';
import { field, h, render, replace, showProblem, table } from '../dom.js';
import { fieldName, t } from '../i18n.js';
import { listOf, stateName } from './forms.js';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const states = ['proposed', 'confirmed', 'rejected', 'contacted', 'ndaSigned', 'visit', 'negotiating', 'contractSigned', 'closed'];

/** The coordinators' queue with its filters; the filters live in the address, so a filtered queue can be
 *  bookmarked and the back button returns to it. */
export function reviewPage(query, titleKey = 'review.title') {
  const view = document.getElementById('view');
  const flagged = query.get('flagged') === 'true';
  if (!flagged && !query.has('status')) {
    query.set('status', 'proposed');
  }

  const form = flagged ? null : filters(query);
  replace(view, h('h1', {}, t(titleKey)), form, h('div', { 'data-test': 'queue' }));
  const queue = view.querySelector('[data-test=queue]');
  render(queue, async () => {
    try {
      const answer = await call('alliance', `/api/alliance/pairings?${query}`);
      const pairings = answer.pairings ?? listOf(answer);
      return [
        h('p', { class: 'muted' }, t('review.total', { n: answer.total ?? pairings.length })),
        pairings.length ? pairingTable(pairings) : h('p', { class: 'muted' }, t('none')),
        pager(query, answer),
      ];
    } catch (error) {
      // A filter the API refuses is shown beside that filter.
      if (form && error.status === 400) {
        showProblem(form, error);
        return [];
      }

      throw error;
    }
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
  const form = h('form', { 'data-test': 'filters' }, h('div', { class: 'row' },
    field(t('review.status'), h('select', { name: 'status' },
      h('option', { value: '' }, t('review.any')),
      states.map((s) => h('option', { value: s, selected: query.get('status') === s }, stateName(s))))),
    field(t('review.field'), h('select', { name: 'field' },
      h('option', { value: '' }, t('review.any')),
      industryFields().map((f) => h('option', { value: f.code, selected: query.get('field') === f.code }, fieldName(industryFields(), f.code))))),
    field(t('review.need'), h('input', { name: 'needId', value: query.get('needId') ?? '', size: 36 })),
    h('button', { type: 'submit' }, t('review.apply'))),
  h('p', { class: 'message' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const needId = form.elements.needId.value.trim();
    if (needId && !guid.test(needId)) {
      showProblem(form, { fieldErrors: { needId: [t('review.badNeedId')] } });
      return;
    }

    const next = new URLSearchParams();
    for (const name of ['status', 'field', 'needId']) {
      const value = form.elements[name].value.trim();
      // An empty status means every status; it is kept so the queue does not fall back to 'proposed'.
      if (value || name === 'status') {
        next.set(name, value);
      }
    }

    // The same filters again leave the address as it is, so no hashchange would reload the queue.
    const target = `#/review?${next}`;
    if (location.hash === target) {
      reviewPage(next);
    } else {
      location.hash = target;
    }
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
