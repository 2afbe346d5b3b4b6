/**
 * <row-filter> — filters the rows of a table or list by the form controls inside it.
 * Each control's `name` matches a `data-<name>` attribute on the rows (`[data-filter-row]`);
 * a control named `q` matches when the row's `data-text` contains the words typed.
 * The form is marked data-js-only, so without JavaScript the full table is all there is.
 */
import { filterRows } from './rowFilterCore';

class RowFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    const controls = [...form.elements].filter(
      (el): el is HTMLInputElement | HTMLSelectElement => el instanceof HTMLInputElement || el instanceof HTMLSelectElement,
    );
    const apply = (fromUrl: boolean) => {
      filterRows(this, fromUrl);
      // The filter state lives in the URL query, so a filtered view can be shared.
      const query = new URLSearchParams(location.search);
      for (const c of controls) {
        if (c.value.trim()) query.set(c.name, c.value.trim());
        else query.delete(c.name);
      }
      const qs = query.toString();
      history.replaceState(history.state, '', qs ? `?${qs}${location.hash}` : location.pathname + location.hash);
    };

    form.addEventListener('input', () => apply(false));
    // The reset event fires before the controls are reset; apply once they have been.
    form.addEventListener('reset', () => setTimeout(() => apply(false)));
    form.addEventListener('submit', (e) => e.preventDefault());
    apply(true);
  }
}

if (!customElements.get('row-filter')) customElements.define('row-filter', RowFilter);
