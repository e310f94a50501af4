import { call } from '../api.js';
import { h, render } from '../dom.js';
import { t } from '../i18n.js';
import { stateName } from './forms.js';

/** Every pairing by state, one column per state, in the workflow's order. */
export function boardPage() {
  const view = document.getElementById('view');
  render(view, async () => {
    const board = await call('alliance', '/api/alliance/board');
    return [
      h('h1', {}, t('board.title')),
      h('div', { class: 'board' }, board.columns.map((column) => h('section', { class: 'column', 'data-test': 'column', 'data-state': column.state },
        h('h2', {}, stateName(column.state), ' ', h('span', { class: 'muted', 'data-test': 'count' }, column.count)),
        column.pairings.map((p) => h('a', { class: 'card', href: `#/pairings/${p.id}`, 'data-pairing': p.id },
          h('strong', {}, p.needTitle), h('div', { class: 'muted' }, p.resultTitle),
          p.flagged ? h('div', { class: 'flag' }, t('pairing.flagged')) : null))))),
    ];
  });
}
