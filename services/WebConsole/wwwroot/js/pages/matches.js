import { call } from '../api.js';
import { describe, h, render, replace, table } from '../dom.js';
import { t } from '../i18n.js';
import { matchedTerms, reasons } from './explanation.js';
import { listOf, stateName } from './forms.js';

// Matching runs on the bus after a need is posted; an empty list is asked again a few times before it stands.
const refreshes = 30;
const refreshMilliseconds = 2000;

/** A need's ranked matches with their explanations; the owner can ask the alliance to arrange contact. */
export function matchesPage(needId) {
  const view = document.getElementById('view');
  const hash = location.hash;
  render(view, async () => {
    const need = await call('needs', `/api/needs/${needId}`);
    const list = h('div', { 'data-test': 'matches' });
    await fill(list, needId, hash, 0);
    return [h('h1', {}, `${t('matches.title')}: ${need.title}`), list];
  });
}

async function fill(list, needId, hash, attempt) {
  const matches = listOf(await matchesOf(needId));
  if (matches.length === 0) {
    replace(list, h('p', { class: 'muted' }, t('matches.empty')));
    if (attempt < refreshes) {
      setTimeout(() => location.hash === hash && fill(list, needId, hash, attempt + 1).catch(() => {}), refreshMilliseconds);
    }

    return;
  }

  replace(list, table(
    [t('matches.rank'), t('matches.result'), t('matches.institute'), t('matches.score'), t('matches.terms'), t('matches.reasons'), t('matches.status'), ''],
    matches.map((m) => h('tr', { 'data-test': 'match' },
      h('td', {}, m.rank ?? ''), h('td', {}, m.resultTitle), h('td', {}, m.institute), h('td', {}, Number(m.score).toFixed(3)),
      h('td', {}, matchedTerms(m.matchedTerms)), h('td', {}, reasons(m.reasons)), h('td', {}, stateName(m.status)),
      h('td', {}, contactButton(m))))));
}

/** The need was just read from the Needs service, so the Alliance's 404 only means it has not yet heard of the
 *  need (the news travels on the bus): no matches yet, asked again like an empty list, not an error. */
async function matchesOf(needId) {
  try {
    return await call('alliance', `/api/alliance/needs/${needId}/matches`);
  } catch (error) {
    if (error.status === 404) {
      return [];
    }

    throw error;
  }
}

function contactButton(match) {
  const id = match.pairingId ?? match.id;
  const cell = h('div');
  const button = h('button', { type: 'button', class: 'secondary', 'data-test': 'ask-contact' }, t('matches.askContact'));
  button.addEventListener('click', async () => {
    try {
      await call('alliance', `/api/alliance/pairings/${id}/contact-request`, { method: 'POST', body: {} });
      replace(cell, h('span', { class: 'message ok' }, t('matches.asked')));
    } catch (error) {
      replace(cell, button, h('span', { class: 'message problem' }, describe(error)));
    }
  });
  replace(cell, button);
  return cell;
}
