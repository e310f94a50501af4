import { signIn } from '../api.js';
import { field, h, showProblem } from '../dom.js';
import { t } from '../i18n.js';

export function signInPage(onSignedIn) {
  const form = h('form', { class: 'signin', 'data-test': 'sign-in' },
    h('h1', {}, t('signInTitle')),
    field(t('user'), h('input', { name: 'user', autocomplete: 'username', required: true })),
    field(t('password'), h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('p', { class: 'message' }),
    h('button', { type: 'submit' }, t('signIn')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await signIn(form.elements.user.value.trim(), form.elements.password.value);
      onSignedIn();
    } catch (error) {
      if (error.status === 401) {
        error.problem = { title: t('signInFailed') };
      }

      showProblem(form, error);
    }
  });
  return form;
}
