/**
 * Selects the rule a link asks for (?rule=<id>) in the calculator's picker, says so when the link
 * names a rule the picker does not offer, and makes the start field ask for a date or a time to suit. Self-contained on purpose: the page also runs it as
 * an inline script right after the picker (src/lib/prepaint.ts), so the linked rule is the one on
 * screen from the first paint, before the calculator's module has loaded. No imports, no outer
 * variables.
 */
export function selectRuleFromUrl(root: HTMLElement, fromUrl: boolean): void {
  const picker = root.querySelector<HTMLSelectElement>('select[name="rule"]');
  const notice = root.querySelector<HTMLElement>('[data-rule-missing]');
  const wanted = fromUrl ? new URLSearchParams(location.search).get('rule') : null;
  if (!picker) return;
  if (wanted && Array.from(picker.options).some((o) => o.value === wanted)) picker.value = wanted;
  else if (wanted && notice && notice.dataset.template) {
    // A link to a rule that is not a countable deadline (or no longer exists): say so, keep going.
    notice.textContent = notice.dataset.template.replace('{id}', wanted);
    notice.hidden = false;
  }
  // The start field asks for what the rule counts from (a date, or a date and time for 小时) before
  // anyone types in it: changing its type later would throw away what was typed.
  const input = root.querySelector<HTMLInputElement>('input[name="start"]');
  const label = root.querySelector<HTMLElement>('[data-start-label]');
  const hours = picker.selectedOptions[0]?.dataset.unit === '小时';
  if (input && !input.value) input.type = hours ? 'datetime-local' : 'date';
  if (label) label.textContent = (hours ? label.dataset.time : label.dataset.date) ?? label.textContent;
}
