/**
 * <document-checklist> — the 材料清单 page's behaviour on top of plain server-rendered lists:
 * pick a service type (the others hide), tick the case's situations (疾病 / 意外 / 未成年人 …)
 * to narrow the list to what applies, tick what the customer brought, and print a sheet for the
 * customer. The list, the situations and the ticks live in the URL, so a reload keeps them.
 * Without JavaScript every list is shown with its situation marks and native tick boxes.
 */
import { showChecklist } from './checklistCore';

class DocumentChecklist extends HTMLElement {
  connectedCallback() {
    const cards = [...this.querySelectorAll<HTMLElement>('[data-card]')];
    const picker = this.querySelector<HTMLSelectElement>('select[name="list"]');
    if (!picker || cards.length === 0) return;

    const current = () => cards.find((c) => c.dataset.card === picker.value) ?? cards[0];
    const checked = (selector: string, value: (box: HTMLInputElement) => string) =>
      [...current().querySelectorAll<HTMLInputElement>(selector)].filter((b) => b.checked).map(value).join(',');

    const refresh = () => {
      showChecklist(this, false);
      const url = new URL(location.href);
      url.searchParams.set('list', current().dataset.card!);
      const when = checked('[data-condition]', (b) => b.value);
      const got = checked('li[data-item] input[type="checkbox"]', (b) => b.closest<HTMLElement>('li')!.dataset.item!);
      for (const [key, value] of [['when', when], ['got', got]]) {
        if (value) url.searchParams.set(key, value);
        else url.searchParams.delete(key);
      }
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
        window.print();
      } else if (button.dataset.action === 'clear') {
        for (const box of card.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
        refresh();
      }
    });
    // Printing from the browser's menu gets the same sheet: today's date and the 还缺 list up to date.
    window.addEventListener('beforeprint', () => showChecklist(this, false));

    showChecklist(this, true);
    refresh();
  }
}

customElements.define('document-checklist', DocumentChecklist);
