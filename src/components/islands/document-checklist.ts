/**
 * <document-checklist> — the 材料清单 page's behaviour on top of plain server-rendered lists:
 * pick a service type (the others hide), tick the case's conditions (疾病 / 意外 / 未成年人 …)
 * to show only the items that apply, count what is ready, and print one clean page.
 * Without JavaScript every list is shown with its condition tags and native tick boxes.
 */
import { showChecklist } from './checklistCore';

class DocumentChecklist extends HTMLElement {
  connectedCallback() {
    const cards = [...this.querySelectorAll<HTMLElement>('[data-card]')];
    const picker = this.querySelector<HTMLSelectElement>('select[name="list"]');
    if (!picker || cards.length === 0) return;

    const current = () => cards.find((c) => c.dataset.card === picker.value) ?? cards[0];
    const refresh = () => {
      showChecklist(this, false);
      const url = new URL(location.href);
      url.searchParams.set('list', current().dataset.card!);
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

    showChecklist(this, true);
    refresh();
  }
}

customElements.define('document-checklist', DocumentChecklist);
