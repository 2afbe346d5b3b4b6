/**
 * Registers the service worker (see src/integrations/offline.ts) and, when a newer build has
 * taken over this page, says so and offers a reload. Dependency-free and tiny, because it runs
 * on every page; the notice's words come from the page (a <template> rendered by Head.astro),
 * so the UI strings stay in src/i18n/ui.ts.
 */
import { SERVICE_WORKER_PATH } from '../lib/offline';

function showUpdateNotice() {
  const template = document.getElementById('offline-update-notice');
  const region = document.getElementById('offline-update-region');
  if (!(template instanceof HTMLTemplateElement) || !region || region.childElementCount > 0) return;
  region.append(template.content.cloneNode(true));
  region.querySelector('button')?.addEventListener('click', () => location.reload());
}

/** An empty live region present before anything is announced, so screen readers hear the notice. */
function mountRegion() {
  if (document.getElementById('offline-update-region')) return;
  const region = document.createElement('div');
  region.id = 'offline-update-region';
  region.className = 'offline-update';
  region.setAttribute('role', 'status');
  document.body.append(region);
}

if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  // The first worker taking over a fresh page changes nothing; any later one means this page
  // was built from an older deployment than the worker now serving the site. The live region is
  // mounted as soon as a worker controls the page, ahead of any notice, so it is announced.
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) showUpdateNotice();
    else mountRegion();
    controlled = true;
  });
  window.addEventListener('load', () => {
    if (controlled) mountRegion();
    navigator.serviceWorker.register(SERVICE_WORKER_PATH).catch(() => {
      // No worker (a host or browser policy that blocks it): the site simply works online only.
    });
  });
}
