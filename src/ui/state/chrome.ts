/**
 * The app's chrome: language, the year the figures show, presentation mode, the share dialog
 * and which view is open. Nothing here changes a workspace.
 */
import { createSignal } from 'solid-js';
import { createI18n } from '../../i18n/i18n';
import type { DecisionRecord, FigureId, YearKey } from '../../model';
import type { RowGroup } from '../grid/rows';

/** The decision rows "Hvorfor?" explains in words rather than by a formula. */
export type Reasoning = 'approval' | 'flags' | 'score';

export interface ExplainTarget {
  /** The figure explained; null for a row that is a choice or an input (nothing to explain). */
  readonly figure: FigureId | null;
  /** Its name as the user saw it, e.g. the grid row's label. */
  readonly label: string;
  readonly scenarioId: string;
  /** A decision row explained in words (approval path, flags, score) rather than by a formula. */
  readonly reasoning?: Reasoning;
  /** The grid row of an input: its value and where it comes from, as the figures that use it say. */
  readonly inputRow?: string;
}

export type ViewId = 'grid' | 'tasks' | 'anchoring' | 'municipalities' | 'assumptions' | 'charts' | 'decision' | 'decisions' | 'handout';

/**
 * Presenting is kept in this tab's sessionStorage: a projector reloaded (F5, or the update's
 * reload) came back at the desk, its header and inputs before the room, until Alt+P again (a
 * fresh-eyes walk of a meeting).
 */
const PRESENTED_KEY = 'forankring:presenting';
function presentedBefore(): readonly string[] | null {
  try {
    const kept: unknown = JSON.parse(globalThis.sessionStorage?.getItem(PRESENTED_KEY) ?? 'null');
    return Array.isArray(kept) && kept.every((id) => typeof id === 'string') ? kept : null;
  } catch {
    // Blocked or unreadable: not presenting, as on a first visit.
    return null;
  }
}
function keepPresented(ids: readonly string[] | null): void {
  try {
    if (ids) globalThis.sessionStorage?.setItem(PRESENTED_KEY, JSON.stringify(ids));
    else globalThis.sessionStorage?.removeItem(PRESENTED_KEY);
  } catch {
    // A full or blocked sessionStorage: a reload ends the presentation, as it did.
  }
}

export function createChrome() {
  const i18n = createI18n();
  const [year, setYear] = createSignal<YearKey>('typical');
  const [showDifferences, setShowDifferences] = createSignal(false);
  const [view, setView] = createSignal<ViewId>('grid');
  /** Presentation mode: null = off; otherwise the scenario ids shown (empty = all). Kept over a reload of the tab. */
  const [presentation, setPresented] = createSignal<readonly string[] | null>(presentedBefore());
  const setPresentation = (ids: readonly string[] | null) => {
    setPresented(ids);
    keepPresented(ids);
  };
  /** The scenario columns the grid's selection spans: presentation shows these when there are several. */
  const [selectedScenarios, setSelectedScenarios] = createSignal<readonly string[]>([]);
  const [shareRequest, setShareRequest] = createSignal<{ scenarioIds: readonly string[] | null; decision?: DecisionRecord } | null>(null);
  /** A request to move the grid's selection to a cell (from an explanation or a message). */
  const [focusRequest, setFocusRequest] = createSignal<{ row: string; scenarioId: string | null; n: number; edit?: 'replace' | 'edit'; text?: string } | null>(null);
  let focusCount = 0;
  /** The figure whose explanation is open ("Hvorfor?"). */
  const [explaining, setExplaining] = createSignal<ExplainTarget | null>(null);
  /** The scenario the one-scenario views show (a phone's comparison, tasks, decision support): one choice for all, kept across views. */
  const [chosenScenario, setChosenScenario] = createSignal<string | null>(null);
  /**
   * The comparison's row groups shown folded, kept across views. "Detaljer" (how each cost and
   * funding is made up, row by row) starts folded: the decision, the bills, the choices and the
   * inputs are what a meeting reads and changes, "Hvorfor?" gives any figure's make-up, and one
   * click unfolds the rows. Fewer rows also make an edit's frame cheaper.
   */
  const [foldedGroups, setFoldedGroups] = createSignal<ReadonlySet<RowGroup>>(new Set(['details']));
  return {
    i18n,
    year,
    setYear,
    showDifferences,
    setShowDifferences,
    view,
    setView,
    presentation,
    selectedScenarios,
    setSelectedScenarios,
    /**
     * Presents the selected columns, or every scenario when one or none is selected: every one
     * there is then, a scenario added meanwhile (in another tab) too. A list of the ids at the
     * start kept one added on the laptop off the projector until the presentation began again.
     */
    present: () => setPresentation(selectedScenarios().length > 1 ? selectedScenarios() : []),
    endPresentation: () => setPresentation(null),
    shareRequest,
    share: (scenarioIds: readonly string[] | null) => setShareRequest({ scenarioIds }),
    /** Shares a decision: its snapshot, with the record, as a link. */
    shareDecision: (decision: DecisionRecord) => setShareRequest({ scenarioIds: null, decision }),
    closeShare: () => setShareRequest(null),
    focusRequest,
    chosenScenario,
    setChosenScenario,
    foldedGroups,
    setFoldedGroups,
    explaining,
    explain: (target: ExplainTarget) => setExplaining(target),
    closeExplanation: () => setExplaining(null),
    /**
     * Opens the comparison and selects the cell that sets an input; `edit`: and opens its editor,
     * holding `text` if given (else the cell's own).
     */
    goToCell(row: string, scenarioId: string | null, edit?: 'replace' | 'edit', text?: string): void {
      setView('grid');
      setFocusRequest({ row, scenarioId, n: ++focusCount, ...(edit && { edit }), ...(text !== undefined && { text }) });
    },
  };
}
