import { call } from '../api.js';
import { field, formatDate, h, render, showProblem, table } from '../dom.js';
import { t } from '../i18n.js';
import { matchedTerms, reasons } from './explanation.js';
import { cooperationModes, fieldTags, stateName } from './forms.js';


/** One pairing: need and result side by side with the explanation, the decision, the workflow's next steps
 *  (only the moves the server allows) and the history. */
export function pairingPage(id) {
  const view = document.getElementById('view');
  const reload = () => pairingPage(id);
  render(view, async () => {
    const pairing = await call('alliance', `/api/alliance/pairings/${id}`);
    // The Alliance keeps only part of each record; the Needs and Results services have the whole texts.
    const [need, result] = await Promise.all([
      call('needs', `/api/needs/${pairing.needId}`).catch(() => pairing.need ?? null),
      call('results', `/api/results/${pairing.resultId}`).catch(() => pairing.result ?? null),
    ]);
    return [
      h('p', {}, h('a', { href: '#/review' }, `← ${t('pairing.back')}`)),
      h('h1', {}, t('pairing.title'), ' ',
        h('span', { class: 'tag', 'data-test': 'status', 'data-status': pairing.status }, stateName(pairing.status)),
        pairing.flagged ? h('span', { class: 'flag' }, ` ${t('pairing.flagged')}`) : null),
      h('p', { class: 'muted' }, `${t('pairing.version')} ${pairing.version}`,
        pairing.stateSince ? ` · ${t('pairing.stateSince')} ${formatDate(pairing.stateSince)}` : ''),
      h('div', { class: 'side-by-side' },
        h('section', { class: 'panel', 'data-test': 'need' },
          h('h2', {}, t('pairing.need')), h('strong', {}, need?.title ?? pairing.needTitle), h('div', {}, pairing.enterprise),
          h('p', {}, need?.description ?? ''), fieldTags(need?.fields), trlRange(need)),
        h('section', { class: 'panel', 'data-test': 'result' },
          h('h2', {}, t('pairing.result')), h('strong', {}, result?.title ?? pairing.resultTitle), h('div', {}, result?.institute ?? pairing.institute),
          h('p', {}, result?.abstract ?? ''), fieldTags(result?.fields), result?.trl ? h('div', {}, `${t('pairing.trl')} ${result.trl}`) : null)),
      h('section', { class: 'panel', 'data-test': 'explanation' },
        h('h2', {}, t('pairing.explanation')), matchedTerms(pairing.matchedTerms), reasons(pairing.reasons)),
      contract(pairing),
      decision(pairing, reload),
      steps(pairing, reload),
      history(pairing),
    ];
  });
}

function trlRange(need) {
  if (need?.trlMin == null && need?.trlMax == null) {
    return null;
  }

  return h('div', {}, `${t('pairing.trl')} ${need.trlMin ?? 1}–${need.trlMax ?? 9}`);
}

function contract(pairing) {
  if (!pairing.contract) {
    return null;
  }

  return h('p', { 'data-test': 'contract' }, `${t('pairing.contract')}: ${pairing.contract.amount} ${t('pairing.tenThousandYuan')} · ${t(`modes.${pairing.contract.type}`)}`);
}

/** Confirm or reject, while the pairing is proposed. Both carry the version seen, so a colleague's decision in
 *  the meantime is reported instead of overwritten. */
function decision(pairing, reload) {
  if (pairing.status !== 'proposed') {
    return null;
  }

  const form = h('form', { 'data-test': 'decision' },
    field(t('pairing.notes'), h('input', { name: 'notes' })),
    field(t('pairing.reason'), h('input', { name: 'reason' })),
    h('p', { class: 'message' }),
    h('div', { class: 'row' },
      h('button', { type: 'button', 'data-test': 'confirm', onclick: () => send(form, `/api/alliance/pairings/${pairing.id}/confirm`,
        { expectedVersion: pairing.version, notes: form.elements.notes.value || null }, reload) }, t('pairing.confirm')),
      h('button', { type: 'button', class: 'danger', 'data-test': 'reject', onclick: () => send(form, `/api/alliance/pairings/${pairing.id}/reject`,
        { expectedVersion: pairing.version, reason: form.elements.reason.value }, reload) }, t('pairing.reject'))));
  return form;
}

/** The workflow's next moves, as the server lists them; the decision form handles confirm and reject. */
function steps(pairing, reload) {
  const moves = (pairing.allowedMoves ?? []).filter((move) => move !== 'confirmed' && move !== 'rejected');
  if (moves.length === 0) {
    return null;
  }

  const form = h('form', { 'data-test': 'steps' },
    h('h2', {}, t('pairing.steps')),
    field(t('pairing.notes'), h('input', { name: 'notes' })),
    moves.includes('contractSigned')
      ? h('div', { class: 'row' },
        field(t('pairing.amount'), h('input', { name: 'contract.amount', type: 'number', min: 0, step: '0.01' })),
        field(t('pairing.contractType'), h('select', { name: 'contract.type' },
          cooperationModes.map((mode) => h('option', { value: mode }, t(`modes.${mode}`))))))
      : null,
    moves.includes('closed') ? field(t('pairing.closeReason'), h('input', { name: 'reason' })) : null,
    h('p', { class: 'message' }),
    h('div', { class: 'row' }, moves.map((move) => h('button', {
      type: 'button',
      class: move === 'closed' ? 'danger' : null,
      'data-test': `move-${move}`,
      onclick: () => send(form, `/api/alliance/pairings/${pairing.id}/steps`, stepBody(form, pairing, move), reload),
    }, t('pairing.move', { state: stateName(move) })))));
  return form;
}

function stepBody(form, pairing, to) {
  const e = form.elements;
  const body = { to, expectedVersion: pairing.version, notes: e.notes.value || null };
  if (to === 'contractSigned') {
    const amount = e['contract.amount'].value;
    body.contract = { amount: amount === '' ? null : Number(amount), type: e['contract.type'].value };
  }

  if (to === 'closed') {
    body.reason = e.reason.value;
  }

  return body;
}

async function send(form, path, body, reload) {
  try {
    await call('alliance', path, { method: 'POST', body });
    reload();
  } catch (error) {
    showProblem(form, error);
  }
}

function history(pairing) {
  if (!pairing.steps?.length) {
    return null;
  }

  return [
    h('h2', {}, t('pairing.history')),
    table([t('pairing.from'), t('pairing.to'), t('pairing.by'), t('pairing.at'), t('pairing.notes')],
      pairing.steps.map((step) => h('tr', { 'data-test': 'step' },
        h('td', {}, step.from ? stateName(step.from) : ''), h('td', {}, stateName(step.to)), h('td', {}, step.by),
        h('td', {}, formatDate(step.at)), h('td', {}, step.notes ?? '')))),
  ];
}
