/**
 * The review report's script: decision controls, keyboard shortcuts, filters, the diff views and
 * the export of decisions. Bundled by scripts/build-report-client.mjs into one inline script whose
 * hash the page's Content-Security-Policy allows. All listeners are attached here (the page has no
 * inline handlers), and untrusted text only ever reaches the page through `textContent`.
 */
import type { ReportData } from '../reporters/html/report-data.js';
import { DecisionState, type ClientDecision } from './decision-state.js';
import { renderInline, renderSideBySide } from './diff-view.js';

type View = 'article' | 'inline' | 'side';

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the report has no #${id}`);
  return el as T;
}

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className !== undefined) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function start(): void {
  const data = JSON.parse(byId('mtqa-data').textContent ?? '') as ReportData;
  const state = new DecisionState(data, localStore());
  const article = byId('article');
  const diff = byId('diff');
  const list = byId<HTMLOListElement>('findings');
  const status = byId('status');
  const progress = byId('progress');
  const heading = byId('text-heading');
  const items = Array.from(list.querySelectorAll<HTMLLIElement>('li.finding'));
  const marks: HTMLElement[][] = data.findings.map(() => []);
  for (const m of Array.from(article.querySelectorAll<HTMLElement>('mark[data-f]'))) {
    for (const i of (m.dataset.f ?? '').split(' ')) marks[Number(i)]?.push(m);
  }
  for (const id of ['toolbar', 'filters', 'view-switch']) byId(id).hidden = false;
  items.forEach((item, i) => {
    item.dataset.i = String(i);
    item.tabIndex = -1;
  });

  let current = -1;
  let view: View = 'article';

  // The decision panel: one set of controls, moved into the selected finding's list item.
  const panel = make('fieldset', 'decide');
  const legend = make('legend');
  const choices = make('div', 'choices');
  const customLabel = make('label', 'option');
  const customRadio = make('input');
  customRadio.type = 'radio';
  customRadio.name = 'mtqa-choice';
  customRadio.value = 'custom';
  customLabel.append(customRadio, ' Custom text');
  const customInput = make('input');
  customInput.type = 'text';
  customInput.id = 'mtqa-custom';
  customInput.setAttribute('aria-label', 'Custom replacement text');
  customInput.autocomplete = 'off';
  customInput.spellcheck = true;
  const buttons = make('div', 'buttons');
  const acceptButton = make('button', undefined, 'Accept ');
  const rejectButton = make('button', undefined, 'Reject ');
  const undoButton = make('button', undefined, 'Undo ');
  for (const [b, key] of [[acceptButton, 'a'], [rejectButton, 'r'], [undoButton, 'u']] as const) {
    b.type = 'button';
    b.append(make('kbd', undefined, key));
    buttons.append(b);
  }
  panel.append(legend, choices, customLabel, customInput, buttons);

  const say = (message: string): void => {
    status.textContent = message;
  };

  const visible = (i: number): boolean => items[i]?.hidden === false;

  function updateProgress(): void {
    const { accepted, rejected } = state.counts();
    progress.textContent = `${accepted + rejected} of ${data.findings.length} decided (${accepted} accepted, ${rejected} rejected)`;
  }

  function showDecision(i: number): void {
    const item = items[i];
    if (item === undefined) return;
    const d = state.get(i);
    const e = state.edit(i);
    const kind = d === undefined ? 'none' : d.action === 'accept' ? 'accepted' : 'rejected';
    item.dataset.decision = kind;
    const label = item.querySelector<HTMLElement>('.state');
    if (label !== null) {
      label.dataset.state = kind;
      label.textContent = kind === 'accepted' ? `✓ accepted: ${e === null || e.text === '' ? '(delete)' : `“${e.text}”`}` : kind === 'rejected' ? '✗ rejected (original kept)' : '';
    }
    for (const m of marks[i] ?? []) {
      m.classList.toggle('decided-accepted', kind === 'accepted');
      m.classList.toggle('decided-rejected', kind === 'rejected');
    }
  }

  function fillPanel(i: number): void {
    const f = data.findings[i];
    if (f === undefined) return;
    legend.textContent = `Decision for finding ${i + 1}`;
    choices.replaceChildren();
    const d = state.get(i);
    f.options.forEach((o, k) => {
      const label = make('label', 'option');
      const radio = make('input');
      radio.type = 'radio';
      radio.name = 'mtqa-choice';
      radio.value = String(k);
      radio.checked = d !== undefined && d.action === 'accept' && 'option' in d ? d.option === k : k === 0;
      const origin = o.origin === 'llm' ? `LLM, ${o.verification === 'passed' ? 'verified' : o.verification === 'failed' ? 'failed verification' : 'not verified'}` : o.origin;
      const badge = make('span', `badge origin-${o.origin}${o.origin === 'llm' ? ` verification-${o.verification ?? 'none'}` : ''}`, origin);
      label.append(radio, ` ${k + 1}. `, badge, ' ', o.text === '' ? make('span', 'deletion', '(delete)') : make('span', 'replacement', o.text));
      choices.append(label);
    });
    const custom = d !== undefined && d.action === 'accept' && 'custom' in d;
    customRadio.checked = custom || f.options.length === 0;
    customInput.value = custom ? d.custom : '';
  }

  function scrollToFinding(i: number): void {
    const target = marks[i]?.[0] ?? document.getElementById(`f-${i + 1}`);
    if (view === 'article' && target !== null) target.scrollIntoView({ block: 'center' });
  }

  function select(i: number, focus = true): void {
    const item = items[i];
    if (item === undefined) return;
    if (current >= 0) {
      items[current]?.classList.remove('selected');
      items[current]?.removeAttribute('aria-current');
      for (const m of marks[current] ?? []) m.classList.remove('active');
    }
    current = i;
    item.classList.add('selected');
    item.setAttribute('aria-current', 'true');
    for (const m of marks[i] ?? []) m.classList.add('active');
    fillPanel(i);
    item.append(panel);
    if (focus) item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
    scrollToFinding(i);
  }

  function step(direction: 1 | -1): void {
    const n = items.length;
    for (let k = 1; k <= n; k++) {
      const i = current < 0 ? (direction === 1 ? k - 1 : n - k) : (current + direction * k + n) % n;
      if (visible(i)) {
        select(i);
        return;
      }
    }
    say('No finding matches the filters.');
  }

  function renderDiff(): void {
    if (view === 'inline') renderInline(diff, data.text, state.acceptedEdits());
    if (view === 'side') renderSideBySide(diff, data.text, state.acceptedEdits());
  }

  function decide(decision: ClientDecision | null, advance = true): void {
    if (current < 0) {
      say('Select a finding first (j or n).');
      return;
    }
    const i = current;
    let undone: number[] = [];
    if (decision === null) state.clear(i);
    else undone = state.set(i, decision);
    for (const j of [i, ...undone]) showDecision(j);
    updateProgress();
    renderDiff();
    const what = decision === null ? 'undecided' : decision.action === 'accept' ? 'accepted' : 'rejected';
    say(`Finding ${i + 1} ${what}.${undone.length > 0 ? ` Undid finding ${undone.map((j) => j + 1).join(', ')}: it overlapped.` : ''}`);
    if (advance && decision !== null) step(1);
    else fillPanel(i);
  }

  function acceptChosen(): void {
    const chosen = panel.querySelector<HTMLInputElement>('input[name="mtqa-choice"]:checked');
    if (chosen === null || chosen.value === 'custom') {
      if (customInput.value === '' && (data.findings[current]?.options.length ?? 0) === 0) {
        customInput.focus();
        say('Type the replacement text, then press Enter.');
        return;
      }
      decide({ action: 'accept', custom: customInput.value });
    } else {
      decide({ action: 'accept', option: Number(chosen.value) });
    }
  }

  function setView(next: View): void {
    view = next;
    article.hidden = view !== 'article';
    diff.hidden = view === 'article';
    heading.textContent = view === 'article' ? 'Article' : view === 'inline' ? 'Proposed text (changes inline)' : 'Proposed text (side by side)';
    for (const v of ['article', 'inline', 'side'] as const) byId(`view-${v}`).setAttribute('aria-pressed', String(v === view));
    renderDiff();
  }

  function applyFilters(): void {
    const sev = byId<HTMLSelectElement>('filter-severity').value;
    const cat = byId<HTMLSelectElement>('filter-category').value;
    const rule = byId<HTMLSelectElement>('filter-rule').value;
    const decided = byId<HTMLSelectElement>('filter-state').value;
    let shown = 0;
    items.forEach((item, i) => {
      const f = data.findings[i];
      const d = state.get(i);
      const kind = d === undefined ? 'undecided' : d.action === 'accept' ? 'accepted' : 'rejected';
      const match = f !== undefined && (sev === '' || f.severity === sev) && (cat === '' || f.category === cat) && (rule === '' || f.ruleId === rule) && (decided === '' || kind === decided);
      item.hidden = !match;
      if (match) shown++;
    });
    say(`Showing ${shown} of ${items.length} findings.`);
  }

  function exportDecisions(): void {
    const json = `${JSON.stringify(state.toFile(), null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = make('a');
    link.href = url;
    link.download = data.download;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(`Exported ${state.toFile().decisions.length} decisions as ${data.download}.`);
  }

  acceptButton.addEventListener('click', acceptChosen);
  rejectButton.addEventListener('click', () => decide({ action: 'reject' }));
  undoButton.addEventListener('click', () => decide(null));
  customInput.addEventListener('focus', () => {
    customRadio.checked = true;
  });
  customInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      decide({ action: 'accept', custom: customInput.value });
    } else if (e.key === 'Escape') {
      items[current]?.focus();
    }
  });
  byId('accept-safe').addEventListener('click', () => {
    const n = state.acceptSafeFixes();
    items.forEach((_, i) => showDecision(i));
    updateProgress();
    renderDiff();
    say(`Accepted ${n} safe ${n === 1 ? 'fix' : 'fixes'}.`);
  });
  byId('clear-all').addEventListener('click', () => {
    state.clearAll();
    items.forEach((_, i) => showDecision(i));
    updateProgress();
    renderDiff();
    if (current >= 0) fillPanel(current);
    say('Cleared all decisions.');
  });
  byId('export').addEventListener('click', exportDecisions);
  for (const v of ['article', 'inline', 'side'] as const) byId(`view-${v}`).addEventListener('click', () => setView(v));
  for (const id of ['filter-severity', 'filter-category', 'filter-rule', 'filter-state']) byId(id).addEventListener('change', applyFilters);

  list.addEventListener('click', (e) => {
    const target = e.target as Element;
    if (panel.contains(target)) return;
    const item = target.closest<HTMLLIElement>('li.finding');
    if (item === null) return;
    if (target.closest('a.loc') !== null) e.preventDefault();
    select(Number(item.dataset.i), target.closest('a') === null);
  });
  article.addEventListener('click', (e) => {
    const target = e.target as Element;
    const ref = target.closest<HTMLAnchorElement>('a.ref');
    const mark = target.closest<HTMLElement>('mark[data-f]');
    let indices: number[] = [];
    if (ref !== null) {
      e.preventDefault();
      indices = [Number(ref.getAttribute('href')?.replace('#item-', '')) - 1];
    } else if (mark !== null) {
      indices = (mark.dataset.f ?? '').split(' ').map(Number);
    }
    if (indices.length === 0) return;
    const at = indices.indexOf(current);
    select(indices[(at + 1) % indices.length] as number);
  });

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input[type="text"], textarea, select') !== null) return;
    const key = e.key;
    const actions: Record<string, () => void> = {
      j: () => step(1),
      n: () => step(1),
      k: () => step(-1),
      p: () => step(-1),
      a: acceptChosen,
      r: () => decide({ action: 'reject' }),
      u: () => decide(null),
      c: () => {
        if (current < 0) step(1);
        customInput.focus();
      },
      v: () => setView(view === 'article' ? 'inline' : view === 'inline' ? 'side' : 'article'),
      '?': () => {
        const details = byId<HTMLDetailsElement>('shortcuts');
        details.open = !details.open;
      },
    };
    let action = actions[key];
    if (action === undefined && /^[1-9]$/.test(key) && current >= 0) {
      const k = Number(key) - 1;
      if ((data.findings[current]?.options.length ?? 0) > k) action = () => decide({ action: 'accept', option: k });
    }
    if (action === undefined) return;
    e.preventDefault();
    action();
  });

  items.forEach((_, i) => showDecision(i));
  updateProgress();
}

start();
