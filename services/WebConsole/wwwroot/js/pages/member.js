import { call } from '../api.js';
import { describe, field, formatDate, h, render, replace, showMessage, showProblem, table } from '../dom.js';
import { t } from '../i18n.js';
import { statusBadge } from './members.js';
import { readSubscription, subscriptionFields } from './subscription.js';

/** One member: who it is, how it is reached, its subscription to edit, and for a webhook member its deliveries. */
export function memberPage(id) {
  const view = document.getElementById('view');
  render(view, async () => {
    const member = await call('alliance', `/api/alliance/members/${id}`);
    const deliveries = h('div', { 'data-test': 'deliveries' });
    if (member.delivery === 'webhook') {
      showDeliveries(deliveries, member, '');
    }

    return [
      h('p', {}, h('a', { href: '#/members' }, t('members.back'))),
      h('h1', {}, member.name),
      h('dl', { class: 'panel', 'data-test': 'member-details' },
        h('dt', {}, t('members.code')), h('dd', {}, member.code),
        h('dt', {}, t('members.kind')), h('dd', {}, t(`memberKinds.${member.kind}`)),
        h('dt', {}, t('members.delivery')), h('dd', {}, t(`deliveries.${member.delivery}`)),
        h('dt', {}, t('members.status')), h('dd', {}, statusBadge(member.status)),
        member.status === 'suspended'
          ? [h('dt', {}, t('members.suspendedAt')), h('dd', {}, formatDate(member.suspendedAt)),
            h('dt', {}, t('members.suspendedBy')), h('dd', {}, member.suspendedBy),
            h('dt', {}, t('members.suspendReason')), h('dd', { 'data-test': 'suspend-reason' }, member.suspendReason)]
          : null,
        member.webhookUrl ? [h('dt', {}, t('members.webhookUrl')), h('dd', {}, member.webhookUrl)] : null,
        member.bus ? [h('dt', {}, t('members.busUser')), h('dd', {}, member.bus.user), h('dt', {}, t('members.busQueue')), h('dd', {}, member.bus.queue)] : null,
        h('dt', {}, t('members.contacts')),
        h('dd', {}, member.contacts.length
          ? h('ul', {}, member.contacts.map((c) => h('li', {}, [c.name, c.email, c.phone].filter(Boolean).join(' · '))))
          : t('none'))),
      suspension(member, () => memberPage(id)),
      statusHistory(member.statusHistory ?? []),
      member.delivery === 'webhook' ? secretRotation(member) : null,
      subscriptionForm(member),
      member.delivery === 'webhook' ? [h('h2', {}, t('members.deliveries')), deliveries] : null,
    ];
  });
}

/** Suspend (with a reason, in a small form opened beside the button) or reinstate; either reloads the page,
 *  which then shows the member's new status and version. */
function suspension(member, reload) {
  const slot = h('div', { class: 'panel', 'data-test': 'suspension' });
  const act = async (container, path, body) => {
    try {
      await call('alliance', `/api/alliance/members/${member.id}/${path}`, { method: 'POST', body: { ...body, expectedVersion: member.version } });
      reload();
    } catch (error) {
      showProblem(container, error);
    }
  };
  const reinstate = () => {
    const message = h('p', { class: 'message' });
    replace(slot, h('p', { class: 'muted' }, t('members.reinstateHint')), message,
      h('button', { type: 'button', 'data-test': 'reinstate', onclick: () => act(slot, 'reinstate', {}) }, t('members.reinstate')));
  };
  const closed = () => replace(slot,
    h('button', { type: 'button', class: 'danger', 'data-test': 'suspend', onclick: () => replace(slot, opened()) }, t('members.suspend')));
  const opened = () => {
    const form = h('form', { 'data-test': 'suspend-form', novalidate: true },
      h('p', { class: 'muted' }, t('members.suspendHint')),
      field(t('members.suspendReason'), h('textarea', { name: 'reason', maxlength: 500 })),
      h('p', { class: 'message' }),
      h('div', { class: 'row' },
        h('button', { type: 'submit', class: 'danger' }, t('members.confirmSuspend')),
        h('button', { type: 'button', class: 'secondary', onclick: closed }, t('cancel'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(form, 'suspend', { reason: form.elements.reason.value });
    });
    return form;
  };
  if (member.status === 'suspended') {
    reinstate();
  } else {
    closed();
  }

  return slot;
}

/** Every suspension and reinstatement, newest first: the record above shows only the current one. */
function statusHistory(changes) {
  if (!changes.length) {
    return null;
  }

  return [h('h2', {}, t('members.statusHistory')),
    table([t('members.changedAt'), t('members.status'), t('members.changedBy'), t('members.suspendReason')],
      changes.map((c) => h('tr', {}, h('td', {}, formatDate(c.at)), h('td', {}, statusBadge(c.status)), h('td', {}, c.by), h('td', {}, c.reason ?? ''))),
      { 'data-test': 'status-history' })];
}

/** A webhook member's new signing secret, after a leak or a lost key ring: confirmed first, since the old one
 *  stops working at once, then shown this once, as at registration. */
function secretRotation(member) {
  const slot = h('div', { class: 'panel', 'data-test': 'secret-rotation' });
  const closed = () => replace(slot,
    h('button', { type: 'button', class: 'secondary', 'data-test': 'rotate-secret', onclick: () => replace(slot, opened()) }, t('members.rotateSecret')));
  const shown = (secret) => replace(slot,
    h('div', { class: 'once', role: 'alert' },
      h('p', { class: 'flag' }, t('members.newSecret')),
      h('p', {}, h('code', { 'data-test': 'new-webhook-secret' }, secret)),
      h('button', { type: 'button', 'data-test': 'new-secret-saved', onclick: closed }, t('members.saved'))));
  const opened = () => {
    const confirm = h('div', { 'data-test': 'rotate-form' },
      h('p', { class: 'muted' }, t('members.rotateHint')),
      h('p', { class: 'message' }),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'danger', 'data-test': 'confirm-rotate', onclick: async () => {
          try {
            const rotated = await call('alliance', `/api/alliance/members/${member.id}/webhook-secret`, { method: 'POST' });
            shown(rotated.webhookSecret);
          } catch (error) {
            showProblem(confirm, error);
          }
        } }, t('members.confirmRotate')),
        h('button', { type: 'button', class: 'secondary', onclick: closed }, t('cancel'))));
    return confirm;
  };
  closed();
  return slot;
}

function subscriptionForm(member) {
  let version = member.version;
  const form = h('form', { 'data-test': 'subscription-form' },
    h('h2', {}, t('members.editSubscription')),
    subscriptionFields('', member.subscription),
    h('p', { class: 'message' }),
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      // The version read with the page: a change someone made meanwhile is refused, not silently overwritten.
      const saved = await call('alliance', `/api/alliance/members/${member.id}/subscription?expectedVersion=${version}`,
        { method: 'PUT', body: readSubscription(form, '') });
      version = saved.version;
      showProblem(form, null);
      showMessage(form, t('saved'));
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}

function showDeliveries(container, member, status) {
  const load = (container.loads = (container.loads ?? 0) + 1);
  render(container, async () => {
    const query = status ? `?status=${status}` : '';
    const { deliveries } = await call('alliance', `/api/alliance/members/${member.id}/deliveries${query}`);
    if (load !== container.loads) {
      // An earlier filter's answer arriving after a later one's keeps what the later one shows.
      return [...container.childNodes];
    }

    const message = h('p', { class: 'message' });
    const replay = async (path) => {
      try {
        await call('alliance', `/api/alliance/members/${member.id}/deliveries/${path}`, { method: 'POST' });
        showDeliveries(container, member, status);
      } catch (error) {
        message.textContent = describe(error);
        message.className = 'message problem';
      }
    };
    return [
      h('div', { class: 'row' },
        h('select', { 'data-test': 'delivery-status', onchange: (e) => showDeliveries(container, member, e.target.value) },
          h('option', { value: '' }, t('review.any')),
          ['pending', 'delivered', 'deadLettered'].map((s) => h('option', { value: s, selected: s === status }, t(`deliveryStatus.${s}`)))),
        deliveries.some((d) => d.status === 'deadLettered')
          ? h('button', { type: 'button', 'data-test': 'replay-dead', onclick: () => replay('replay-dead') }, t('members.replayDead'))
          : null),
      message,
      deliveries.length
        ? table([t('members.deliveryKey'), t('members.status'), t('members.attempts'), t('members.lastAttempt'), t('members.lastError'), ''],
          deliveries.map((d) => h('tr', { 'data-test': 'delivery', 'data-delivery': d.id, 'data-status': d.status },
            h('td', {}, d.key), h('td', {}, t(`deliveryStatus.${d.status}`)), h('td', {}, d.attempts),
            h('td', {}, formatDate(d.lastAttemptAt)), h('td', {}, d.lastError ?? ''),
            h('td', {}, d.status === 'deadLettered'
              ? h('button', { type: 'button', class: 'link', 'data-test': 'replay', onclick: () => replay(`${d.id}/replay`) }, t('members.replay'))
              : null))))
        : h('p', { class: 'muted' }, t('members.noDeliveries')),
    ];
  });
}
