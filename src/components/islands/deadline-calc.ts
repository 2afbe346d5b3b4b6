/**
 * <deadline-calc> — start date in, due date out, for one rule (data-value / data-unit /
 * data-bound / data-excludes) or for the rule picked in a <select name="rule"> inside it.
 * The widget is hidden in the HTML and shown here: without JavaScript there is nothing to compute.
 */
import { computeDeadline, formatChineseDate, isoDate, type LimitUnit } from '../../lib/deadline';
import { t } from '../../i18n/ui';

interface Limit {
  value: number;
  unit: LimitUnit;
  bound: '以内' | '不少于';
  excludes?: string;
}

function limitOf(el: HTMLElement): Limit {
  return {
    value: Number(el.dataset.value),
    unit: el.dataset.unit as LimitUnit,
    bound: (el.dataset.bound as Limit['bound']) ?? '以内',
    excludes: el.dataset.excludes || undefined,
  };
}

/** Today (or now) in local time, in the form the date or datetime input wants. */
function now(unit: LimitUnit): string {
  const d = new Date();
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return unit === '小时' ? local.toISOString().slice(0, 16) : isoDate(local);
}

class DeadlineCalc extends HTMLElement {
  connectedCallback() {
    const panel = this.querySelector<HTMLElement>('[data-calc]');
    const input = this.querySelector<HTMLInputElement>('input[name="start"]');
    const picker = this.querySelector<HTMLSelectElement>('select[name="rule"]');
    const out = {
      due: this.querySelector<HTMLElement>('[data-out="due"]')!,
      method: this.querySelector<HTMLElement>('[data-out="method"]')!,
      detail: this.querySelector<HTMLElement>('[data-out="detail"]')!,
      warning: this.querySelector<HTMLElement>('[data-out="warning"]')!,
    };
    if (!panel || !input) return;

    const currentLimit = () => (picker ? limitOf(picker.selectedOptions[0]) : limitOf(this));

    const syncInputType = (limit: Limit) => {
      const type = limit.unit === '小时' ? 'datetime-local' : 'date';
      if (input.type !== type) {
        input.type = type;
        input.value = now(limit.unit);
      }
      const label = this.querySelector<HTMLElement>('[data-start-label]');
      if (label) label.textContent = limit.unit === '小时' ? t('calc.startTime') : t('calc.start');
    };

    const render = () => {
      const limit = currentLimit();
      syncInputType(limit);
      if (picker) {
        const url = new URL(location.href);
        url.searchParams.set('rule', picker.value);
        history.replaceState(history.state, '', url);
      }
      try {
        const r = computeDeadline({ start: input.value, limit });
        out.due.textContent = t(limit.bound === '不少于' ? 'calc.dueMin' : 'calc.due', { date: formatChineseDate(r.due) });
        out.method.textContent = r.method;
        const detail = [
          r.skipped.length ? t('calc.skipped', { days: r.skipped.map((s) => `${s.date.slice(5)}（${s.reason}）`).join('、') }) : '',
          r.makeUpDays.length ? t('calc.makeUp', { days: r.makeUpDays.map((d) => d.slice(5)).join('、') }) : '',
          limit.excludes ? t('calc.excludes', { text: limit.excludes }) : '',
        ].filter(Boolean);
        out.detail.textContent = detail.join('；');
        out.detail.hidden = detail.length === 0;
        out.warning.textContent = r.warning ?? '';
        out.warning.hidden = !r.warning;
      } catch {
        out.due.textContent = t('calc.invalid');
        out.method.textContent = '';
        out.detail.hidden = true;
        out.warning.hidden = true;
      }
    };

    if (picker) {
      const wanted = new URLSearchParams(location.search).get('rule');
      if (wanted && [...picker.options].some((o) => o.value === wanted)) picker.value = wanted;
      picker.addEventListener('change', render);
    }
    input.value = now(currentLimit().unit);
    input.addEventListener('input', render);
    render();
  }
}

customElements.define('deadline-calc', DeadlineCalc);
