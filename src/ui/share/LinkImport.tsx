/**
 * Opening a shared link: the app shows what the link holds and asks — open as a new workspace
 * (the default) or add its scenarios to the current one. Nothing is overwritten, a broken link
 * changes nothing, and the fragment leaves the address bar once the link is answered. On a first
 * visit, with no local work yet, the link simply opens.
 */
import { createEffect, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { MessageKey } from '../../i18n/i18n';
import { formatDate } from '../../i18n/number-format';
import { LIMITS } from '../../model';
import type { DecodeFailure, Shared } from '../../share/codec';
import { hasShareLink } from '../../share/hash-key';
import { Dialog } from '../Dialog';
import { useApp } from '../state/app-store';
import { when } from '../state/when';
import { linkDifferences } from './link-differences';
import '../../i18n/strings-da-later';

export const FAILURE_MESSAGES: Record<DecodeFailure, MessageKey> = {
  corrupt: 'linkInvalid',
  invalid: 'linkInvalid',
  tooLong: 'linkTooLongToOpen',
  unsupportedVersion: 'linkNewerVersion',
};

let linksRead = 0;
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

/** `openedByLink`: the page was opened by the link (a first visit may then simply open it). */
export function LinkImport(props: { openedByLink: boolean }) {
  const { chrome, session, notices, actions, decisions } = useApp();
  const { t, lang } = chrome.i18n;
  const [offer, setOffer] = createSignal<{ shared: Shared; answered: () => void } | null>(null);
  const [status, setStatus] = createSignal('');
  let dialog: HTMLDialogElement | undefined;

  async function readHash(openedBy = false): Promise<void> {
    // Most starts have no link: do not load the codec for them.
    if (!hasShareLink(location.hash)) return;
    const { payloadFromHash, decodePayload, linkLanguage } = await import('../../share/codec');
    const hash = location.hash;
    // The link stays in the address bar until it is answered: a reload asks again.
    const answered = () => location.hash === hash && clearHash();
    const payload = payloadFromHash(hash);
    if (payload === null) return void answered();
    const result = await decodePayload(payload);
    // Each link's outcome, numbered, on <html>: what support (and the link fuzz) can observe.
    document.documentElement.dataset['linkOutcome'] = `${++linksRead}:${result.ok ? 'opened' : result.reason}`;
    if (!result.ok) {
      answered();
      notices.show({ kind: 'error', key: 'link', text: () => t(FAILURE_MESSAGES[result.reason]) });
      return;
    }
    // A first visit opened by the link has no local work: the link opens at once, in place of
    // the untouched default workspace (there is nothing to choose between and nothing to keep).
    const replaceable = openedBy ? session.untouchedFirst() : null;
    if (replaceable) {
      // IndexedDB holds the first workspace, or is not there to hold it.
      await when(() => session.stored() || session.saveState() === 'memory');
      if (session.untouchedFirst() === replaceable) {
        // A browser that never chose a language opens the link in the one it was shared in.
        const shared = linkLanguage(hash);
        if (shared && shared !== lang() && !(await session.repository()?.getMeta('lang'))) await actions.setLang(shared);
        await openAsNew(result);
        answered();
        await session.discard(replaceable);
        return;
      }
    }
    setStatus('');
    setOffer({ shared: result, answered });
  }
  const onHashChange = () => void readHash();
  // Read the link once the local workspace is open, so the choice is made against it.
  let started = false;
  createEffect(() => {
    if (!session.ready() || started) return;
    started = true;
    void readHash(props.openedByLink);
  });
  onMount(() => window.addEventListener('hashchange', onHashChange));
  onCleanup(() => window.removeEventListener('hashchange', onHashChange));

  async function openAsNew(shared: Shared): Promise<void> {
    setStatus(t('linkOpening'));
    await actions.importWorkspace(shared.workspace, t('sharedSuffix', { date: formatDate(shared.made, lang()) }), shared.decisions);
    dialog?.close();
    // A decision's link says it brought the decision (it was announced as "the shared comparison").
    notices.show({ kind: 'info', key: 'link', text: () => t(shared.decisions.length > 0 ? 'decisionLinkOpened' : 'linkOpened') });
  }

  // Said before the choice and after it: added scenarios are computed with this workspace's shared inputs.
  const differences = (shared: Shared, here = session.workspace()) => linkDifferences(here, shared.workspace, chrome.i18n);

  function addToCurrent(shared: Shared): void {
    const added = actions.addScenarios(shared.workspace);
    const count = added.length;
    // The workspace they were added to: the notice keeps to it if another is opened meanwhile.
    const here = session.workspace();
    // Where they are: the first added scenario's name, scrolled into view and selected.
    if (added[0]) chrome.goToCell('name', added[0]);
    // A decision the link carried is kept beside the current workspace, to compare with.
    if (shared.decisions.length > 0) void decisions.attach(shared.decisions, session.workspace().id);
    dialog?.close();
    // The workspace's limit cuts a long link short: said, with how many, not a silent count.
    const left = shared.workspace.scenarios.length - count;
    const max = LIMITS.scenarios;
    const name = session.workspace().name;
    const leftOut = () => (left === 0 ? '' : ` ${t(left === 1 ? 'linkAddedLeftOutOne' : 'linkAddedLeftOut', { left, max })}`);
    const computedHere = () => {
      const changes = count > 0 ? differences(shared, here) : null;
      return changes ? ` ${t(count === 1 ? 'linkAddedDiffersOne' : 'linkAddedDiffers', { changes })}` : '';
    };
    const said = () => (count === 0 ? t('linkAddedNone', { name, max }) : t(count === 1 ? 'linkAddedOne' : 'linkAdded', { count }) + leftOut() + computedHere());
    // Differences to read stay until closed (they went after 5 s).
    notices.show({ kind: 'info', key: 'link', text: said, ...(count > 0 && differences(shared, here) ? { stays: true } : {}) });
  }

  return (
    // Keyed: each link gets its own dialog, and closing one never clears the next.
    <Show when={offer()} keyed>
      {({ shared: o, answered }) => (
        <Dialog
          title={t('linkOpenTitle')}
          titleId="link-title"
          onClose={() => {
            answered();
            setOffer((current) => (current?.shared === o ? null : current));
          }}
          ref={(el) => (dialog = el)}
        >
          <p>{t(o.workspace.scenarios.length === 1 ? 'linkContainsOne' : 'linkContains', { count: o.workspace.scenarios.length, region: o.workspace.region, date: formatDate(o.made, lang()) })}</p>
          <For each={o.decisions}>{(d) => <p data-testid="link-decision">{t('linkDecision', { heading: t('decisionHeading', { body: d.body, date: formatDate(d.meetingDate, lang()), scenario: d.scenarioName }) })}</p>}</For>
          <ul class="link-scenarios">
            <For each={o.workspace.scenarios}>{(s) => <li>{s.name}</li>}</For>
          </ul>
          <div class="dialog-actions">
            <button type="button" class="primary" autofocus onClick={() => void openAsNew(o)}>
              {t('linkOpenNew')}
            </button>
            <button type="button" onClick={() => addToCurrent(o)} disabled={o.workspace.region !== session.workspace().region}>
              {t(o.workspace.scenarios.length === 1 ? 'linkAddOneToCurrent' : 'linkAddToCurrent', { name: session.workspace().name })}
            </button>
            <button type="button" onClick={() => dialog?.close()}>
              {t('cancel')}
            </button>
          </div>
          <p class="hint">
            <Show when={o.workspace.region === session.workspace().region} fallback={t('linkOtherRegion')}>
              <Show when={differences(o)} fallback={t('linkAddSame')}>
                {(changes) => t(o.workspace.scenarios.length === 1 ? 'linkAddDiffersOne' : 'linkAddDiffers', { changes: changes() })}
              </Show>
            </Show>
          </p>
          <p role="status" class="hint">
            {status()}
          </p>
        </Dialog>
      )}
    </Show>
  );
}
