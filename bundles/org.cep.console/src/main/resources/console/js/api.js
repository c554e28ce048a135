// The public REST API, same origin. The token lives in sessionStorage (gone with the tab) and travels
// only in the Authorization header, never in a URL.
const BASE = '/api/v1';
const KEY = 'cep.token';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.messageEn || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function token() { return sessionStorage.getItem(KEY); }
export function setToken(t) { if (t) sessionStorage.setItem(KEY, t); else sessionStorage.removeItem(KEY); }

let onUnauthorized = () => {};
export function whenUnauthorized(f) { onUnauthorized = f; }

/** api('GET', '/cases') → parsed JSON (null for 204); throws ApiError with the problem details */
export async function api(method, path, body, headers = {}) {
  const h = { Accept: 'application/json, application/problem+json', ...headers };
  const t = token();
  if (t) h.Authorization = `Bearer ${t}`;
  let payload;
  if (body !== undefined) {
    if (body instanceof Blob) payload = body;
    else { h['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
  }
  let res;
  try {
    res = await fetch(BASE + path, { method, headers: h, body: payload, credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    throw new ApiError(0, null);
  }
  const type = res.headers.get('Content-Type') || '';
  const data = res.status === 204 ? null : (type.includes('json') ? await res.json().catch(() => null) : await res.text());
  if (!res.ok) {
    const err = new ApiError(res.status, typeof data === 'object' && data ? data : { status: res.status, title: String(data || res.statusText) });
    if (res.status === 401 && t) onUnauthorized(err);
    throw err;
  }
  return data;
}

export const get = p => api('GET', p);
export const post = (p, b, h) => api('POST', p, b === undefined ? {} : b, h);
export const put = (p, b) => api('PUT', p, b);
export const patch = (p, b) => api('PATCH', p, b);
