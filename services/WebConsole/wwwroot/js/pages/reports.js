import { call, download, industryFields } from '../api.js';
import { describe, h, render } from '../dom.js';
import { fieldName, t } from '../i18n.js';
import { barChart } from '../charts.js';
import { stateName } from './forms.js';

const base = '/api/alliance/reports';

/** The district's reports as charts, each with its CSV export. */
export function reportsPage() {
  const view = document.getElementById('view');
  render(view, async () => {
    const [funnel, byField, time, contracts] = await Promise.all(
      ['funnel', 'by-field-month', 'time-to-confirmation', 'contracts'].map((name) => call('alliance', `${base}/${name}`)));
    return [
      h('h1', {}, t('reports.title')),
      report('funnel', t('reports.funnel'), barChart({
        title: t('reports.funnel'),
        series: [t('reports.pairings')],
        rows: funnel.stages.map((s) => ({ label: stateName(s.state), values: [s.count], key: s.state })),
      })),
      report('by-field-month', t('reports.byField'), barChart({
        title: t('reports.byField'),
        series: [t('reports.pairings'), t('reports.contractsCount')],
        rows: byField.rows.map((r) => ({ label: `${r.month} ${fieldName(industryFields(), r.field)}`, values: [r.pairings, r.contracts] })),
      })),
      report('time-to-confirmation', t('reports.time'), [
        h('p', { class: 'muted' }, [t('reports.needsCount', { n: time.needs }), t('reports.median', { n: time.medianDays ?? '–' }), t('reports.p90', { n: time.p90Days ?? '–' })].join(' · ')),
        barChart({ title: t('reports.time'), series: [t('reports.days')], rows: time.rows.map((r) => ({ label: r.needTitle, values: [r.days] })), format: (n) => Number(n).toFixed(1) }),
      ]),
      report('contracts', t('reports.contracts'), [
        h('p', { 'data-test': 'contract-totals' }, `${t('reports.count', { n: contracts.count })} · ${t('reports.total', { n: contracts.totalAmount })}`),
        barChart({
          title: t('reports.contracts'),
          series: [t('reports.contractsCount')],
          rows: contracts.byType.map((c) => ({ label: `${t(`modes.${c.type}`)} (${c.count})`, values: [c.amount], key: c.type })),
        }),
      ]),
    ];
  });
}

function report(name, title, body) {
  const message = h('span', { class: 'message' });
  return h('section', { class: 'panel', 'data-test': `report-${name}` },
    h('div', { class: 'row' }, h('h2', {}, title),
      h('button', {
        type: 'button',
        class: 'secondary',
        'data-test': `csv-${name}`,
        onclick: () => download('alliance', `${base}/${name}?format=csv`, `${name}.csv`).catch((error) => { message.textContent = describe(error); }),
      }, t('reports.csv')), message),
    body);
}
