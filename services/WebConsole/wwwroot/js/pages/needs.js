import { call } from '../api.js';
import { field, formatDate, h, render, replace, showProblem, splitList, table } from '../dom.js';
import { t } from '../i18n.js';
import { chosenFields, fieldChoice, fieldTags, numberOrNull, trlInput } from './forms.js';

const confidentialities = ['public', 'summaryOnly', 'sealed'];

/** The enterprise's needs and the form to post or edit one. */
export function needsPage() {
  const view = document.getElementById('view');
  render(view, async () => {
    // The API keeps the enterprise's own needs, sealed and summary-only ones included, so none is crowded out
    // by other enterprises' newer needs.
    const mine = (await call('needs', '/api/needs?mine=true&pageSize=100')).hits;
    const editor = h('div');
    const rows = mine.map((need) => h('tr', { 'data-need': need.id },
      h('td', {}, need.title), h('td', {}, fieldTags(need.fields)), h('td', {}, t(`needStatus.${need.status}`)),
      h('td', {}, formatDate(need.updatedAt)),
      h('td', {},
        h('a', { href: `#/needs/${need.id}/matches`, 'data-test': 'matches' }, t('needs.matches')), ' ',
        h('button', { type: 'button', class: 'link', onclick: () => edit(editor, need.id) }, t('edit')))));
    return [
      h('h1', {}, t('needs.title')),
      h('button', { type: 'button', 'data-test': 'post-need', onclick: () => replace(editor, needForm(null)) }, t('needs.post')),
      editor,
      mine.length ? table([t('needs.fieldTitle'), t('needs.fields'), t('needs.status'), t('needs.updated'), ''], rows) : h('p', { class: 'muted' }, t('none')),
    ];
  });
}

async function edit(editor, id) {
  replace(editor, needForm(await call('needs', `/api/needs/${id}`)));
}

function needForm(need) {
  const form = h('form', { 'data-test': 'need-form' },
    h('h2', {}, need ? t('needs.editTitle') : t('needs.newTitle')),
    field(t('needs.fieldTitle'), h('input', { name: 'title', value: need?.title ?? '' })),
    field(t('needs.description'), h('textarea', { name: 'description' }, need?.description ?? '')),
    field(t('needs.keywords'), h('input', { name: 'keywords', value: (need?.keywords ?? []).join(', ') })),
    fieldChoice(t('needs.fields'), need?.fields),
    field(t('needs.confidentiality'), h('select', { name: 'confidentiality' },
      confidentialities.map((c) => h('option', { value: c, selected: (need?.confidentiality ?? 'public') === c }, t(`confidentiality.${c}`))))),
    h('div', { class: 'row' },
      field(t('needs.trlMin'), trlInput('trlMin', need?.trlMin)),
      field(t('needs.trlMax'), trlInput('trlMax', need?.trlMax))),
    h('p', { class: 'message' }),
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const e = form.elements;
    // An edit sends the whole need back, so the fields this form does not show keep their values.
    const input = {
      ...(need ?? {}),
      title: e.title.value,
      description: e.description.value,
      keywords: splitList(e.keywords.value),
      fields: chosenFields(form),
      confidentiality: e.confidentiality.value,
      trlMin: numberOrNull(e.trlMin),
      trlMax: numberOrNull(e.trlMax),
    };
    try {
      const saved = need
        ? await call('needs', `/api/needs/${need.id}`, { method: 'PUT', body: input })
        : await call('needs', '/api/needs', { method: 'POST', body: input });
      location.hash = `#/needs/${saved.id}/matches`;
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}
