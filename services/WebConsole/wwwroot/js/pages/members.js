import { call } from '../api.js';
import { field, h, render, replace, showProblem, table } from '../dom.js';
import { t } from '../i18n.js';
import { fieldTags } from './forms.js';
import { readSubscription, subscriptionFields } from './subscription.js';

export const memberKinds = ['industryAssociation', 'researchInstitute', 'financingBody', 'testingAgency', 'innovationPlatform', 'keyLab'];

export const memberStatuses = ['active', 'suspended'];

export const statusBadge = (status) => h('span', { class: `tag ${status}`, 'data-test': 'member-status' }, t(`memberStatus.${status}`));

/** The alliance's member organisations, for member admins and coordinators, and the form to register one. */
export function membersPage() {
  const view = document.getElementById('view');
  const credentials = h('div', { 'data-test': 'credentials-slot' });
  const editor = h('div');
  const list = h('div', { 'data-test': 'member-list' });
  let latest = 0;
  const showList = () => {
    const load = ++latest;
    render(list, async () => {
      const body = await memberList(status.value);
      // An earlier filter's answer arriving after a later one's keeps what the list shows now.
      return load === latest ? body : [...list.childNodes];
    });
  };
  const status = h('select', { 'data-test': 'member-status-filter', onchange: showList },
    h('option', { value: '' }, t('review.any')),
    memberStatuses.map((s) => h('option', { value: s }, t(`memberStatus.${s}`))));
  const registered = (member) => {
    replace(editor);
    replace(credentials, credentialsPanel(member, () => replace(credentials)));
    showList();
  };
  replace(view,
    h('h1', {}, t('members.title')),
    h('div', { class: 'row' },
      h('button', { type: 'button', 'data-test': 'register-member', onclick: () => replace(editor, registrationForm(registered)) }, t('members.register')),
      field(t('members.status'), status)),
    credentials,
    editor,
    list);
  showList();
}

async function memberList(status) {
  const { members } = await call('alliance', `/api/alliance/members${status ? `?status=${status}` : ''}`);
  return members.length
    ? table([t('members.name'), t('members.code'), t('members.kind'), t('members.delivery'), t('members.fields'), t('members.status'), ''],
      members.map((m) => h('tr', { 'data-test': 'member', 'data-member': m.id, 'data-status': m.status },
        h('td', {}, m.name), h('td', {}, m.code), h('td', {}, t(`memberKinds.${m.kind}`)), h('td', {}, t(`deliveries.${m.delivery}`)),
        h('td', {}, fieldTags(m.subscription.fields)), h('td', {}, statusBadge(m.status)),
        h('td', {}, h('a', { href: `#/members/${m.id}`, 'data-test': 'open-member' }, t('members.open'))))))
    : h('p', { class: 'muted' }, t('none'));
}

function registrationForm(registered) {
  const contacts = h('div', { 'data-test': 'contacts' });
  const addContact = () => contacts.append(contactFields(contacts.children.length));
  addContact();
  const webhookUrl = field(t('members.webhookUrl'), h('input', { name: 'webhookUrl', type: 'url', placeholder: 'https://member.example.org/hook' }));
  const delivery = h('select', { name: 'delivery', onchange: () => { webhookUrl.hidden = delivery.value !== 'webhook'; } },
    ['webhook', 'bus'].map((d) => h('option', { value: d }, t(`deliveries.${d}`))));
  // The API checks every field; the browser's own checks would stop the form before those errors are shown.
  const form = h('form', { 'data-test': 'member-form', novalidate: true },
    h('h2', {}, t('members.register')),
    field(t('members.name'), h('input', { name: 'name' })),
    field(t('members.kind'), h('select', { name: 'kind' }, memberKinds.map((k) => h('option', { value: k }, t(`memberKinds.${k}`))))),
    h('fieldset', { class: 'panel' }, h('legend', {}, t('members.contacts')), contacts,
      h('button', { type: 'button', class: 'secondary', onclick: addContact }, t('members.addContact'))),
    subscriptionFields('subscription.', null),
    field(t('members.delivery'), delivery),
    webhookUrl,
    h('p', { class: 'message' }),
    h('button', { type: 'submit' }, t('members.register')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const e = form.elements;
    const webhook = e.delivery.value === 'webhook';
    try {
      registered(await call('alliance', '/api/alliance/members', {
        method: 'POST',
        body: {
          name: e.name.value,
          kind: e.kind.value,
          contacts: readContacts(form, contacts.children.length),
          subscription: readSubscription(form, 'subscription.'),
          delivery: e.delivery.value,
          webhookUrl: webhook ? e.webhookUrl.value : null,
        },
      }));
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

// Named as the body names them (contacts[0].email), so each field error lands beside its own input.
function contactFields(i) {
  return h('div', { class: 'row', 'data-test': 'contact' },
    field(t('members.contactName'), h('input', { name: `contacts[${i}].name` })),
    field(t('members.email'), h('input', { name: `contacts[${i}].email`, type: 'email' })),
    field(t('members.phone'), h('input', { name: `contacts[${i}].phone` })));
}

// A row left blank is not a contact; a row half filled is sent, so the API says what it lacks.
function readContacts(form, count) {
  const contacts = [];
  for (let i = 0; i < count; i++) {
    const value = (part) => form.elements[`contacts[${i}].${part}`].value.trim();
    const contact = { name: value('name'), email: value('email') || null, phone: value('phone') || null };
    if (contact.name || contact.email || contact.phone) {
      contacts.push(contact);
    }
  }

  return contacts;
}

/** What the registration answers once and the registry never shows again: the webhook secret or the broker login. */
function credentialsPanel(member, dismiss) {
  const secrets = member.webhookSecret
    ? [[t('members.webhookSecret'), member.webhookSecret, 'webhook-secret']]
    : [[t('members.busUser'), member.bus?.user, 'bus-user'], [t('members.busPassword'), member.bus?.password, 'bus-password'],
      [t('members.busQueue'), member.bus?.queue], [t('members.busVirtualHost'), member.bus?.virtualHost]];
  return h('div', { class: 'panel once', 'data-test': 'credentials', role: 'alert' },
    h('h2', {}, t('members.registered', { name: member.name, code: member.code })),
    h('p', { class: 'flag' }, t('members.shownOnce')),
    h('dl', {}, secrets.map(([label, value, test]) => [h('dt', {}, label), h('dd', {}, h('code', { 'data-test': test ?? null }, value ?? ''))])),
    h('button', { type: 'button', 'data-test': 'credentials-saved', onclick: dismiss }, t('members.saved')));
}
