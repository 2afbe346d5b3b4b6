/**
 * The search dialog's behaviour, loaded on intent by ./trigger.ts: the input is a WAI-ARIA
 * combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/) whose listbox holds the answer
 * cards and the page results. Focus stays in the input; ↑/↓ move the active option
 * (aria-activedescendant), Enter opens it, Esc closes the dialog. Each keystroke searches at once:
 * a newer query simply makes an older answer be dropped when it arrives.
 */
import { loadEngine, pageView, SearchUnavailable, type Answer, type Engine } from './engine';
import { cardLinks, h, noResults, pageLinks, say, searchedLines, type Strings } from './render';

/** Page results shown in the dialog; the search page shows them all. */
const PAGES_SHOWN = 6;
/** "正在搜索" appears only for searches slower than this, so fast typing does not flicker. */
const SLOW_MS = 200;

export function enhance(root: HTMLElement) {
  // Start loading Pagefind's wasm and index, the lexicon and the cards while the user is still reaching for the box.
  loadEngine().catch(() => undefined);
  const strings: Strings = JSON.parse(root.dataset.strings ?? '{}');
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const help = root.querySelector<HTMLElement>('[data-help]')!;
  const quick = root.querySelector<HTMLElement>('[data-quick]')!;
  const more = root.querySelector<HTMLAnchorElement>('[data-more]')!;
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let latest = 0;
  let shownFor: string | undefined;

  const setActive = (i: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = options.length ? (i + options.length) % options.length : -1;
    const option = options[active];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  const showList = (groups: { label: string; links: HTMLAnchorElement[] }[]) => {
    listbox.replaceChildren();
    options = [];
    for (const { label, links } of groups.filter((g) => g.links.length)) {
      const labelId = `site-search-group-${listbox.childElementCount}`;
      const group = h('div', { role: 'group', 'aria-labelledby': labelId }, h('div', { role: 'presentation', id: labelId, class: 'search-group-label' }, label));
      for (const link of links) {
        link.id = `site-search-option-${options.length}`;
        link.setAttribute('role', 'option');
        link.setAttribute('aria-selected', 'false');
        link.tabIndex = -1;
        group.append(link);
        options.push(link);
      }
      listbox.append(group);
    }
    listbox.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(!listbox.hidden));
    active = -1;
    setActive(0);
  };

  const body = root.querySelector<HTMLElement>('.search-body')!;
  /** aria-busy while a search runs; data-query names the query whose answer is shown (tests wait for it). */
  const busy = (query: string | undefined) => {
    body.setAttribute('aria-busy', String(query === undefined));
    if (query !== undefined) body.dataset.query = query;
  };

  const show = (state: { status?: string; groups?: { label: string; links: HTMLAnchorElement[] }[]; help?: Node; quick?: boolean; query?: string }) => {
    status.textContent = state.status ?? '';
    showList(state.groups ?? []);
    help.replaceChildren(...(state.help ? [state.help] : []));
    quick.hidden = !state.quick;
    more.hidden = !state.query;
    if (state.query) more.href = `/search/?q=${encodeURIComponent(state.query)}`;
  };

  const render = async (query: string, engine: Engine, answer: Answer, ticket: number) => {
    const pages = await Promise.all(answer.found.hits.slice(0, PAGES_SHOWN).map(pageView));
    if (ticket !== latest) return;
    shownFor = query;
    busy(query);
    if (answer.found.mode === 'none' && answer.cards.length === 0) {
      return show({
        status: [...searchedLines(answer, strings), say(strings, 'none', { query: answer.understood.typed.trim() })].join('；'),
        help: noResults(answer, engine.lexicon, strings, (word) => search((input.value = word))),
      });
    }
    const count = answer.found.hits.length;
    show({
      status: [...searchedLines(answer, strings), count ? say(strings, 'count', { n: count }) : ''].filter(Boolean).join('；'),
      groups: [
        { label: say(strings, 'answers'), links: answer.cards.flatMap((card) => cardLinks(card, strings)) },
        { label: say(strings, 'pages'), links: pages.flatMap(pageLinks) },
      ],
      query,
    });
  };

  const search = async (query: string) => {
    const ticket = ++latest;
    if (!query.trim()) {
      shownFor = query;
      busy(query);
      return show({ quick: true });
    }
    busy(undefined);
    const slow = setTimeout(() => ticket === latest && (status.textContent = say(strings, 'searching')), SLOW_MS);
    try {
      const engine = await loadEngine();
      const answer = await engine.run(query);
      if (ticket === latest) await render(query, engine, answer, ticket);
    } catch (err) {
      if (ticket !== latest) return;
      const offline = err instanceof SearchUnavailable && err.offline;
      busy(query);
      show({ help: h('p', { class: 'search-unavailable' }, say(strings, offline ? 'offline' : 'failed')), quick: true });
    } finally {
      clearTimeout(slow);
    }
  };

  input.addEventListener('input', (e) => {
    // While an input method is composing, the box holds pinyin letters, not the query yet.
    if (!(e as InputEvent).isComposing) void search(input.value);
  });
  input.addEventListener('compositionend', () => void search(input.value));
  input.addEventListener('keydown', (e) => {
    if (e.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (options.length) setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && options[active]) {
      e.preventDefault();
      options[active].click();
    }
  });

  return {
    /** The dialog was opened: show what fits the box (a query typed before the search had loaded, or the quick links). */
    opened() {
      if (shownFor !== input.value) void search(input.value);
    },
  };
}
