/**
 * <deadline-calc> — start date in, due date out, for one rule (data-value / data-unit /
 * data-bound / data-excludes) or for the rule picked in a <select name="rule"> inside it.
 * `data-holidays` carries the holiday overlay (src/content/norms/holidays) as compact JSON.
 * The widget is hidden in the HTML and shown here: without JavaScript there is nothing to compute.
 */
import { computeDeadline, formatChineseDate, isoDate, shortDate, type DeadlineResult, type LimitUnit } from '../../lib/deadline';
import { createCalendar, type Calendar, type CompactOverlay } from '../../lib/holidays';
import { t } from '../../i18n/ui';
import { selectRuleFromUrl } from './calcPicker';

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

const calendars = new Map<string, Calendar>();
/** One calendar per overlay (every calculator on a page carries the same one). */
function calendarFor(json: string | undefined): Calendar {
  const key = json ?? '';
  if (!calendars.has(key)) {
    let overlay: CompactOverlay = {};
    try {
      overlay = json ? (JSON.parse(json) as CompactOverlay) : {};
    } catch {
      // The page's own data, so this should not happen; without it the package still answers.
    }
    calendars.set(key, createCalendar(overlay));
  }
  return calendars.get(key)!;
}

/** "10-01（国庆节）", with the year on every date when the days listed span two years. */
function dayList(dates: { date: string; reason?: string }[]): string {
  const spans = new Set(dates.map((d) => d.date.slice(0, 4))).size > 1;
  return dates.map((d) => `${shortDate(d.date, spans)}${d.reason ? `（${d.reason}）` : ''}`).join('、');
}

class DeadlineCalc extends HTMLElement {
  connectedCallback() {
    const panel = this.querySelector<HTMLElement>('[data-calc]');
    const input = this.querySelector<HTMLInputElement>('input[name="start"]');
    const picker = this.querySelector<HTMLSelectElement>('select[name="rule"]');
    const slot = (name: string) => this.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
    if (!panel || !input) return;
    // Built on first use: a calculator waiting in a walkthrough step that is not shown yet costs nothing at load.
    let calendar: Calendar | undefined;

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

    const show = (name: string, text: string | undefined) => {
      slot(name).textContent = text ?? '';
      slot(name).hidden = !text;
    };

    const fill = (r: DeadlineResult, limit: Limit) => {
      const date = formatChineseDate(r.due);
      slot('provisional').hidden = !r.provisional;
      slot('provisionalWhy').textContent = r.provisional ?? '';
      const dueKey = limit.bound === '不少于' ? 'calc.dueMin' : r.moved ? 'calc.duePlain' : 'calc.due';
      slot('due').textContent = t(dueKey, { date, unit: limit.unit });
      slot('moved').hidden = !r.moved;
      slot('movedDate').textContent = r.moved ? t('calc.moved', { date: formatChineseDate(r.moved.date) }) : '';
      slot('movedWhy').textContent = r.moved?.explanation ?? '';
      slot('method').textContent = r.method;
      const detail = [
        r.skipped.length ? t('calc.skipped', { days: dayList(r.skipped) }) : '',
        r.makeUpDays.length ? t('calc.makeUp', { days: dayList(r.makeUpDays.map((date) => ({ date }))) }) : '',
        limit.excludes ? t('calc.excludes', { text: limit.excludes }) : '',
      ].filter(Boolean);
      show('detail', detail.join('；') || undefined);
      show('warning', r.warning);
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
        calendar ??= calendarFor(this.dataset.holidays);
        fill(computeDeadline({ start: input.value, limit, calendar }), limit);
      } catch {
        slot('due').textContent = t('calc.invalid');
        for (const name of ['provisional', 'moved', 'detail', 'warning']) slot(name).hidden = true;
        slot('method').textContent = '';
      }
    };

    if (picker) {
      selectRuleFromUrl(this, true);
      picker.addEventListener('change', () => {
        const notice = this.querySelector<HTMLElement>('[data-rule-missing]');
        if (notice) notice.hidden = true;
        render();
      });
    }
    // The input is on screen before this module loads (data-js-only): a date a clerk typed in the
    // meantime, or one the browser restored on Back, is kept; only an empty input starts at today.
    if (!input.value) input.value = now(currentLimit().unit);
    input.addEventListener('input', render);
    // The first answer waits until the calculator is on screen (at once on the calculator page; when
    // its step is reached in a walkthrough), so counting never lengthens the page's first load.
    const onScreen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      onScreen.disconnect();
      render();
    });
    onScreen.observe(this);
  }
}

customElements.define('deadline-calc', DeadlineCalc);
