import { call, session } from '../api.js';
import { formatDate, h, render } from '../dom.js';
import { language, t } from '../i18n.js';

/** The caller's organisation's notifications, newest first, in the reader's language. */
export function inboxPage() {
  const view = document.getElementById('view');
  render(view, async () => {
    const { entries } = await call('alliance', '/api/alliance/inbox');
    const english = language() === 'en';
    return [
      h('h1', {}, t('inbox.title')),
      entries.length
        ? h('ul', { class: 'inbox' }, entries.map((entry) => h('li', { class: entry.read ? null : 'unread', 'data-test': 'inbox-entry', 'data-kind': entry.kind },
          h('div', {}, h('strong', {}, english ? entry.titleEn : entry.titleZh), ' ', h('span', { class: 'muted' }, formatDate(entry.at))),
          h('div', {}, english ? entry.bodyEn : entry.bodyZh),
          entry.pairingId && session().role === 'coordinator' ? h('a', { href: `#/pairings/${entry.pairingId}` }, entry.pairingId) : null,
          entry.read ? null : h('button', {
            type: 'button',
            class: 'link',
            onclick: async () => {
              await call('alliance', `/api/alliance/inbox/${entry.id}/read`, { method: 'POST' });
              inboxPage();
            },
          }, t('inbox.markRead')))))
        : h('p', { class: 'muted' }, t('inbox.empty')),
    ];
  });
}
