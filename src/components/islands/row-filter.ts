/**
 * <row-filter> — filters the rows of a table or list by the form controls inside it.
 * Each control's `name` matches a `data-<name>` attribute on the rows (`[data-filter-row]`);
 * a control named `q` matches when the row's `data-text` contains the words typed.
 * The form is hidden in the HTML and shown here, so without JavaScript the full table is all
 * there is. The filter state lives in the URL query, so a filtered view can be shared.
 */
import { t } from '../../i18n/ui';

class RowFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const rows = [...document.querySelectorAll<HTMLElement>(this.dataset.rows ?? '[data-filter-row]')];
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    if (!form) return;
    const controls = [...form.elements].filter(
      (el): el is HTMLInputElement | HTMLSelectElement => el instanceof HTMLInputElement || el instanceof HTMLSelectElement,
    );

    const params = new URLSearchParams(location.search);
    for (const c of controls) {
      const v = params.get(c.name);
      if (v !== null && (c instanceof HTMLInputElement || [...c.options].some((o) => o.value === v))) c.value = v;
    }

    const apply = () => {
      let shown = 0;
      const query = new URLSearchParams(location.search);
      for (const row of rows) {
        const visible = controls.every((c) => {
          const value = c.value.trim();
          if (!value) return true;
          if (c.name === 'q') {
            const text = (row.dataset.text ?? row.textContent ?? '').toLowerCase();
            return value.toLowerCase().split(/\s+/).every((w) => text.includes(w));
          }
          return (row.dataset[c.name] ?? '').split(' ').includes(value);
        });
        row.hidden = !visible;
        if (visible) shown++;
      }
      for (const c of controls) {
        if (c.value.trim()) query.set(c.name, c.value.trim());
        else query.delete(c.name);
      }
      const qs = query.toString();
      history.replaceState(history.state, '', qs ? `?${qs}${location.hash}` : location.pathname + location.hash);
      if (status) status.textContent = t('filter.count', { shown, total: rows.length });
      if (empty) empty.hidden = shown > 0;
    };

    form.addEventListener('input', apply);
    // The reset event fires before the controls are reset; apply once they have been.
    form.addEventListener('reset', () => setTimeout(apply));
    form.addEventListener('submit', (e) => e.preventDefault());
    form.hidden = false;
    apply();
  }
}

customElements.define('row-filter', RowFilter);
