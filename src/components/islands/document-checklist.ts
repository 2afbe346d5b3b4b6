/**
 * <document-checklist> — the 材料清单 page's behaviour on top of plain server-rendered lists:
 * pick a service type (the others hide), tick the case's conditions (疾病 / 意外 / 未成年人 …)
 * to show only the items that apply, count what is ready, and print one clean page.
 * Without JavaScript every list is shown with its condition tags and native tick boxes.
 */
import { t } from '../../i18n/ui';

class DocumentChecklist extends HTMLElement {
  connectedCallback() {
    const cards = [...this.querySelectorAll<HTMLElement>('[data-card]')];
    const picker = this.querySelector<HTMLSelectElement>('select[name="list"]');
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    if (!picker || !controls || cards.length === 0) return;

    const fromUrl = new URLSearchParams(location.search).get('list') ?? location.hash.replace(/^#list-/, '');
    if (cards.some((c) => c.dataset.card === fromUrl)) picker.value = fromUrl;

    const current = () => cards.find((c) => c.dataset.card === picker.value) ?? cards[0];

    const conditionsOf = (card: HTMLElement) =>
      [...card.querySelectorAll<HTMLInputElement>('[data-condition]')].filter((b) => b.checked).map((b) => b.value);

    const refresh = () => {
      const card = current();
      for (const c of cards) c.hidden = c !== card;
      const active = conditionsOf(card);
      const items = [...card.querySelectorAll<HTMLElement>('li[data-item]')];
      let applicable = 0;
      let done = 0;
      for (const li of items) {
        const when = (li.dataset.when ?? '').split(' ').filter(Boolean);
        const unless = (li.dataset.unless ?? '').split(' ').filter(Boolean);
        const applies = when.every((w) => active.includes(w)) && !unless.some((u) => active.includes(u));
        li.hidden = !applies;
        if (applies) {
          applicable++;
          if (li.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked) done++;
        }
      }
      const progress = card.querySelector<HTMLElement>('[data-progress]');
      if (progress) progress.textContent = t('checklist.progress', { done, total: applicable });
      const url = new URL(location.href);
      url.searchParams.set('list', card.dataset.card!);
      url.hash = '';
      history.replaceState(history.state, '', url);
    };

    picker.addEventListener('change', refresh);
    this.addEventListener('change', (e) => {
      if (e.target !== picker) refresh();
    });
    this.addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      const card = current();
      if (button.dataset.action === 'print') {
        const date = card.querySelector<HTMLElement>('[data-print-date]');
        if (date) date.textContent = new Date().toLocaleDateString('zh-CN');
        window.print();
      } else if (button.dataset.action === 'clear') {
        for (const box of card.querySelectorAll<HTMLInputElement>('li input[type="checkbox"]')) box.checked = false;
        refresh();
      }
    });

    controls.hidden = false;
    for (const c of cards) c.querySelector<HTMLElement>('[data-card-tools]')?.removeAttribute('hidden');
    this.toggleAttribute('data-enhanced', true);
    refresh();
  }
}

customElements.define('document-checklist', DocumentChecklist);
