import { call } from '../api.js';
import { field, formatDate, h, render, replace, showMessage, showProblem, splitList, table } from '../dom.js';
import { t } from '../i18n.js';
import { chosenFields, fieldChoice, fieldTags, numberOrNull, trlInput } from './forms.js';

/** The institute's results, a form to list one and an import with its per-row report. */
export function resultsPage() {
  const view = document.getElementById('view');
  render(view, async () => {
    // The API keeps the institute's own results, so none is crowded out by other institutes' newer ones.
    const mine = (await call('results', '/api/results?mine=true&pageSize=100')).hits;
    return [
      h('h1', {}, t('results.title')),
      mine.length
        ? table([t('results.fieldTitle'), t('results.fields'), t('results.trl'), t('needs.updated')],
          mine.map((r) => h('tr', {}, h('td', {}, r.title), h('td', {}, fieldTags(r.fields)), h('td', {}, r.trl ?? ''), h('td', {}, formatDate(r.updatedAt)))))
        : h('p', { class: 'muted' }, t('none')),
      resultForm(),
      importForm(),
    ];
  });
}

function resultForm() {
  const form = h('form', { 'data-test': 'result-form' },
    h('h2', {}, t('results.add')),
    field(t('results.fieldTitle'), h('input', { name: 'title' })),
    field(t('results.abstract'), h('textarea', { name: 'abstract' })),
    field(t('results.keywords'), h('input', { name: 'keywords' })),
    fieldChoice(t('results.fields')),
    field(t('results.trl'), trlInput('trl')),
    h('p', { class: 'message' }),
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const e = form.elements;
    try {
      await call('results', '/api/results', {
        method: 'POST',
        body: { title: e.title.value, abstract: e.abstract.value, keywords: splitList(e.keywords.value), fields: chosenFields(form), trl: numberOrNull(e.trl) },
      });
      resultsPage();
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

function importForm() {
  const report = h('div', { 'data-test': 'import-report' });
  const form = h('form', { 'data-test': 'import-form' },
    h('h2', {}, t('results.import')),
    h('p', { class: 'muted' }, t('results.importHint')),
    field(t('results.import'), h('input', { name: 'file', type: 'file', accept: '.csv,.xlsx,.json' })),
    h('p', { class: 'message' }),
    h('button', { type: 'submit' }, t('results.upload')),
    report);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData();
    const file = form.elements.file.files[0];
    if (file) {
      data.append('file', file);
    }

    try {
      const answer = await call('results', '/api/results/import', { method: 'POST', form: data });
      showMessage(form, answer.file);
      replace(report, importReport(answer));
    } catch (error) {
      replace(report);
      showProblem(form, error);
    }
  });
  return form;
}

function importReport(answer) {
  const counts = ['rows', 'created', 'updated', 'unchanged', 'merged', 'rejected'];
  return [
    h('h3', {}, t('results.report')),
    table(counts.map((c) => t(`results.${c}`)), [h('tr', {}, counts.map((c) => h('td', { 'data-count': c }, answer[c])))]),
    answer.problems.length
      ? table([t('results.row'), t('results.field'), t('results.message')],
        answer.problems.map((p) => h('tr', { 'data-test': 'import-problem' }, h('td', {}, p.row), h('td', {}, p.field ?? ''), h('td', {}, p.message))))
      : null,
    answer.notices?.length ? h('ul', {}, h('li', {}, t('results.notices')), answer.notices.map((n) => h('li', {}, n))) : null,
  ];
}
