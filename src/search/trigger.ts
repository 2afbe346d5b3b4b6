/**
 * <site-search>, on every page: opens the search dialog (the button, Ctrl/⌘+K, and "/" when not
 * typing), closes it (Esc — native to <dialog> —, the 关闭 button, a click outside), and loads the
 * search itself (./dialog.ts with the engine, Pagefind and the lexicon) on the first sign of
 * intent: pointer over or focus on the button, a touch, a shortcut. Kept tiny: it ships with
 * every page. When even the dialog's script cannot load (offline, never cached) it says so here.
 */
type Enhanced = { opened(): void };

/** Where "/" is a character being typed, not a shortcut. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-open]')!;
    const dialog = this.querySelector('dialog')!;
    const input = dialog.querySelector('input')!;
    let enhanced: Promise<Enhanced> | undefined;

    /** The dialog's script did not load: say why in the status line, keep the quick links, try again on the next keystroke. */
    const unavailable = () => {
      const strings: Record<string, string> = JSON.parse(this.dataset.strings ?? '{}');
      dialog.querySelector('[data-status]')!.textContent = strings[navigator.onLine ? 'search.failed' : 'search.offline'];
      dialog.querySelector<HTMLElement>('[data-quick]')!.hidden = false;
      const body = dialog.querySelector<HTMLElement>('.search-body')!;
      body.setAttribute('aria-busy', 'false');
      body.dataset.query = input.value;
    };
    const load = () =>
      (enhanced ??= import('./dialog')
        .then(({ enhance }) => enhance(this))
        .catch((err) => {
          enhanced = undefined;
          throw err;
        }));
    const show = () => load().then((d) => d.opened(), unavailable);

    const open = () => {
      if (!dialog.open) dialog.showModal();
      document.documentElement.toggleAttribute('data-search-open', true);
      input.focus();
      input.select();
      void show();
    };
    button.addEventListener('click', open);
    for (const intent of ['pointerenter', 'focus', 'touchstart']) {
      button.addEventListener(intent, () => void load().catch(() => undefined), { once: true, passive: true });
    }
    // Until the dialog's script has loaded, each keystroke asks for it again (it answers from then on).
    input.addEventListener('input', () => enhanced === undefined && void show());
    dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
    // The page under the dialog keeps still while the results scroll.
    dialog.addEventListener('close', () => document.documentElement.toggleAttribute('data-search-open', false));
    // The frame fills the dialog, so a click on the dialog element itself is a click on the backdrop.
    dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
    // Following a result to the page already open only scrolls: the dialog must not stay over it.
    dialog.addEventListener('click', (e) => (e.target as Element).closest?.('a[href]') && dialog.close());
    window.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (dialog.open) dialog.close();
        else open();
      } else if (e.key === '/' && !dialog.open && !typing(e.target)) {
        e.preventDefault();
        open();
      }
    });
    button.disabled = false;
  }
}

customElements.define('site-search', SiteSearch);
