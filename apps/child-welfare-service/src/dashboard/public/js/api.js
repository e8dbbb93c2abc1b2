/** The child-welfare API, called with the monitor's access key; failures carry the RFC 7807 problem details. */
const KEY = 'safeguard.accessKey';

export const session = {
  get key() {
    return sessionStorage.getItem(KEY);
  },
  signIn(key) {
    sessionStorage.setItem(KEY, key);
  },
  signOut() {
    sessionStorage.removeItem(KEY);
  },
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The service answered ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

export async function api(path, { method = 'GET', body, version, key = session.key } = {}) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${key}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (version !== undefined && version !== null) headers['If-Match'] = `"${version}"`;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  } catch {
    throw new ApiError(0, { title: 'No answer', detail: 'The service did not answer. Check the connection and try again.' });
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { detail: text.slice(0, 200) };
  }
  if (!response.ok) {
    if (response.status === 401 && key === session.key) dispatchEvent(new CustomEvent('safeguard:signed-out', { detail: data?.detail }));
    throw new ApiError(response.status, data);
  }
  return data;
}

/** `?a=1&b=2` from the non-empty entries. */
export function queryString(params) {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries)}` : '';
}

/** What a view says when a read fails: the problem's own words, and what a 403 means here. */
export function explain(error, what) {
  if (error.status === 403) return `Your access key may not see ${what}. Ask for an oversight monitor's key.`;
  if (error.status === 404) return `No ${what} found here yet. ${error.message}`;
  return `Could not load ${what}: ${error.message}`;
}
