import { language, t } from './i18n.js';

/** h('button', { class: 'x', onclick }, 'text', child): an element with attributes, handlers and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value == null) {
      continue;
    }

    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }

  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) {
      continue;
    }

    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** A labelled form field; its errors are shown in the element marked data-errors-for with its name. */
export function field(label, control) {
  const name = control.getAttribute('name');
  return h('label', { class: 'field' }, h('span', {}, label), control, h('span', { class: 'errors', 'data-errors-for': name }));
}

export function table(headings, rows, attributes = {}) {
  return h('table', attributes,
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', {}, heading)))),
    h('tbody', {}, rows));
}

/** Shows an API error: field errors next to their fields in the form, the rest in the form's message line. */
export function showProblem(container, error) {
  for (const element of container.querySelectorAll('[data-errors-for]')) {
    element.textContent = '';
  }

  for (const control of container.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
  }

  const errors = error?.fieldErrors ?? {};
  const unplaced = [];
  for (const [name, messages] of Object.entries(errors)) {
    // "keywords[2]" belongs beside the keywords field.
    const base = name.replace(/\[\d+\]$/, '');
    const target = container.querySelector(`[data-errors-for="${base}" i]`);
    if (target) {
      target.textContent = messages.join(' ');
      container.querySelector(`[name="${base}" i]`)?.setAttribute('aria-invalid', 'true');
    } else {
      unplaced.push(`${name}: ${messages.join(' ')}`);
    }
  }

  const message = container.querySelector('.message');
  if (message) {
    const summary = Object.keys(errors).length > 0 ? t('problems.fields') : describe(error);
    message.textContent = [summary, ...unplaced].join(' ');
    message.className = 'message problem';
  }
}

export function showMessage(container, text) {
  const message = container.querySelector('.message');
  if (message) {
    message.textContent = text;
    message.className = 'message ok';
  }
}

/** A problem's own words where it has them: conflicts say who moved the pairing and what moves are allowed. */
export function describe(error) {
  if (!error) {
    return '';
  }

  const problem = error.problem ?? {};
  const fallback = { 403: t('problems.forbidden'), 404: t('problems.notFound') }[error.status] ?? t('error');
  return [problem.title, problem.detail].filter(Boolean).join(': ') || error.message || fallback;
}

let navigation = 0;

/** Called whenever another page is shown: loads still under way for the page before are then dropped. */
export function navigated() {
  navigation += 1;
}

/** Renders a page body, replacing a loading line; a failed load shows the problem and a retry button. A load
 *  that finishes after the person went to another page is dropped, or it would paint over that page. */
export async function render(view, load) {
  const page = navigation;
  replace(view, h('p', { class: 'muted' }, t('loading')));
  let body;
  try {
    body = await load();
  } catch (error) {
    body = [h('p', { class: 'message problem' }, describe(error)), h('button', { type: 'button', onclick: () => render(view, load) }, t('retry'))];
  }

  if (page === navigation) {
    replace(view, body);
  }
}

/** A time in the console's language, whatever the browser's own locale. */
export const formatDate = (value) => (value ? new Date(value).toLocaleString(language() === 'en' ? 'en-GB' : 'zh-CN') : '');

export const splitList = (text) => text.split(/[,，、;；]/).map((part) => part.trim()).filter(Boolean);
