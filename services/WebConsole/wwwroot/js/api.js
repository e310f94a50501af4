// Calls the four APIs with the signed-in person's key as a bearer token. The key lives in sessionStorage:
// it goes when the tab closes, and no cookie means no cross-site request can carry it.
import { language } from './i18n.js';

const sessionKey = 'huli.session';
let settings = { apis: {}, fields: [] };

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** Field errors keyed by the JSON field name, as the APIs' validation problems carry them. */
  get fieldErrors() {
    return this.problem.errors ?? {};
  }
}

export async function loadSettings() {
  const response = await fetch('/console/settings.json');
  settings = await response.json();
  return settings;
}

export const industryFields = () => settings.fields ?? [];

export function session() {
  const stored = sessionStorage.getItem(sessionKey);
  return stored ? JSON.parse(stored) : null;
}

export async function signIn(user, password) {
  const signedIn = await call('alliance', '/api/session', { method: 'POST', body: { user, password }, anonymous: true });
  sessionStorage.setItem(sessionKey, JSON.stringify(signedIn));
  return signedIn;
}

export function signOut() {
  sessionStorage.removeItem(sessionKey);
}

/** service: results | needs | matcher | alliance, for the base address; path starts with /api. */
export async function call(service, path, { method = 'GET', body, form, anonymous = false } = {}) {
  const headers = { 'Accept-Language': apiLanguage() };
  const current = session();
  if (current && !anonymous) {
    headers.Authorization = `Bearer ${current.accessKey}`;
  }

  let payload;
  if (form) {
    payload = form;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  const response = await fetch(url(service, path), { method, headers, body: payload });
  if (response.status === 401 && current && !anonymous) {
    signOut();
    location.hash = '#/';
  }

  const type = response.headers.get('Content-Type') ?? '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }

  return data;
}

/** Downloads a CSV export with the key in the header, which a plain link could not send. */
export async function download(service, path, fileName) {
  const response = await fetch(url(service, path), {
    headers: { Authorization: `Bearer ${session()?.accessKey}`, 'Accept-Language': apiLanguage() },
  });
  if (!response.ok) {
    throw new ApiError(response.status, null);
  }

  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The APIs write problem details and import reports in the language the person chose here. */
function apiLanguage() {
  return language() === 'en' ? 'en' : 'zh-CN';
}

function url(service, path) {
  return (settings.apis?.[service] ?? '').replace(/\/$/, '') + path;
}
