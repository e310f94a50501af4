import { loadSettings, session, signOut } from './api.js';
import { h, navigated, replace } from './dom.js';
import { language, setLanguage, t } from './i18n.js';
import { signInPage } from './pages/signin.js';
import { needsPage } from './pages/needs.js';
import { matchesPage } from './pages/matches.js';
import { resultsPage } from './pages/results.js';
import { instituteMatchesPage } from './pages/institute-matches.js';
import { reviewPage } from './pages/review.js';
import { pairingPage } from './pages/pairing.js';
import { boardPage } from './pages/board.js';
import { reportsPage } from './pages/reports.js';
import { inboxPage } from './pages/inbox.js';
import { membersPage } from './pages/members.js';
import { memberPage } from './pages/member.js';

// Each role's pages, in menu order; the first is where the role lands after signing in.
const menus = {
  enterprise: ['needs', 'inbox'],
  institute: ['results', 'instituteMatches', 'inbox'],
  coordinator: ['review', 'board', 'flagged', 'reports', 'members', 'inbox'],
  'member-admin': ['members', 'inbox'],
};

const routes = [
  [/^#\/needs$/, () => needsPage()],
  [/^#\/needs\/([\w-]+)\/matches$/, (id) => matchesPage(id)],
  [/^#\/results$/, () => resultsPage()],
  [/^#\/instituteMatches$/, () => instituteMatchesPage()],
  [/^#\/review(?:\?(.*))?$/, (query) => reviewPage(new URLSearchParams(query ?? ''))],
  [/^#\/flagged$/, () => reviewPage(new URLSearchParams('flagged=true'), 'flagged.title')],
  [/^#\/pairings\/([\w-]+)$/, (id) => pairingPage(id)],
  [/^#\/board$/, () => boardPage()],
  [/^#\/reports$/, () => reportsPage()],
  [/^#\/inbox$/, () => inboxPage()],
  [/^#\/members$/, () => membersPage()],
  [/^#\/members\/([\w-]+)$/, (id) => memberPage(id)],
];

function show() {
  navigated();
  const view = document.getElementById('view');
  const current = session();
  document.documentElement.lang = language() === 'en' ? 'en' : 'zh-CN';
  document.title = t('brand');
  document.getElementById('brand').textContent = t('brand');
  document.getElementById('language').textContent = t('language');
  const signOutButton = document.getElementById('sign-out');
  signOutButton.textContent = t('signOut');
  signOutButton.hidden = !current;
  if (!current) {
    replace(document.getElementById('nav'));
    replace(document.getElementById('who'));
    replace(view, signInPage(() => go(`#/${menus[session()?.role]?.[0] ?? 'inbox'}`)));
    return;
  }

  const pages = menus[current.role] ?? ['inbox'];
  replace(document.getElementById('who'), `${current.user} · ${t(`roles.${current.role}`)} · ${current.organisation}`);
  replace(document.getElementById('nav'), pages.map((page) =>
    h('a', { href: `#/${page}`, class: location.hash.startsWith(`#/${page}`) ? 'current' : null, 'data-test': `nav-${page}` }, t(`nav.${page}`))));
  const hash = location.hash && location.hash !== '#/' ? location.hash : `#/${pages[0]}`;
  for (const [pattern, page] of routes) {
    const match = hash.match(pattern);
    if (match) {
      page(...match.slice(1).map((part) => (part == null ? part : decodeURIComponent(part))));
      return;
    }
  }

  location.hash = `#/${pages[0]}`;
}

/** Shows the page at an address once: a changed hash shows it through the hashchange event, an unchanged one
 *  directly. Showing it both ways would render the page twice and throw away what a person typed meanwhile. */
function go(hash) {
  if (location.hash === hash) {
    show();
  } else {
    location.hash = hash;
  }
}

document.getElementById('language').addEventListener('click', () => {
  setLanguage(language() === 'en' ? 'zh' : 'en');
  show();
});
document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  go('#/');
});
window.addEventListener('hashchange', show);

await loadSettings();
show();
