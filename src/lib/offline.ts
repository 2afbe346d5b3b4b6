/** Where the offline service worker is served; its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';
