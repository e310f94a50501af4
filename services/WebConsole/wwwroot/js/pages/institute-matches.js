import { call } from '../api.js';
import { h, render, table } from '../dom.js';
import { t } from '../i18n.js';
import { matchedTerms } from './explanation.js';
import { listOf, stateName } from './forms.js';

/** Needs paired with the institute's results, shown only as far as each need's confidentiality allows. */
export function instituteMatchesPage() {
  const view = document.getElementById('view');
  render(view, async () => {
    const matches = listOf(await call('alliance', '/api/alliance/institute/matches'));
    return [
      h('h1', {}, t('instituteMatches.title')),
      matches.length
        ? table([t('instituteMatches.need'), t('instituteMatches.result'), t('matches.score'), t('matches.terms'), t('matches.status')],
          matches.map((m) => h('tr', { 'data-test': 'institute-match', 'data-pairing': m.pairingId, 'data-sealed': String(!m.need) },
            h('td', {}, needCell(m)), h('td', {}, m.resultTitle), h('td', {}, Number(m.score ?? 0).toFixed(3)),
            h('td', {}, matchedTerms(m.matchedTerms)), h('td', {}, stateName(m.status)))))
        : h('p', { class: 'muted' }, t('none')),
    ];
  });
}

function needCell(match) {
  if (!match.need) {
    return h('span', { class: 'muted', 'data-test': 'sealed' }, t('instituteMatches.sealed'));
  }

  return [
    h('strong', { 'data-test': 'need-title' }, match.need.title),
    match.need.description ? h('p', { 'data-test': 'need-description' }, match.need.description) : null,
  ];
}
