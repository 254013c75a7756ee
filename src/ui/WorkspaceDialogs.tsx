/** The workspace menu's dialogs: a new workspace for any region, rename, and the records that could not be read. */
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { LIMITS, REGIONS, type RegionName } from '../model';
import { Dialog } from './Dialog';
import { DamagedRecords } from './DamagedRecords';
import { refusalMessage } from './grid/entry';
import { readName } from './name-entry';
import { useApp } from './state/app-store';
import '../i18n/strings-da-later';

export type WorkspaceDialogKind = 'new' | 'rename' | 'damaged';

export default function WorkspaceDialog(props: { kind: WorkspaceDialogKind; onClose: () => void }) {
  return (
    <Switch>
      <Match when={props.kind === 'new'}>
        <NewWorkspaceDialog onClose={props.onClose} />
      </Match>
      <Match when={props.kind === 'rename'}>
        <RenameDialog onClose={props.onClose} />
      </Match>
      <Match when={props.kind === 'damaged'}>
        <DamagedRecords onClose={props.onClose} />
      </Match>
    </Switch>
  );
}

function NewWorkspaceDialog(props: { onClose: () => void }) {
  const { chrome, actions, session } = useApp();
  const { t } = chrome.i18n;
  // The open workspace's region first: a second workspace is most often for the same partnership.
  const [region, setRegion] = createSignal<RegionName>(session.workspace().region);
  let dialog!: HTMLDialogElement;
  return (
    <Dialog title={t('newWorkspace')} titleId="new-workspace-title" onClose={props.onClose} ref={(el) => (dialog = el)}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.createWorkspace(region()).then(() => dialog.close());
        }}
      >
        <label class="field">
          <span>{t('region')}</span>
          {/* Each option says whether it is chosen: a select's value set before its options exist shows the first. */}
          <select onChange={(e) => setRegion(e.currentTarget.value as RegionName)}>
            <For each={REGIONS}>
              {(r) => (
                <option value={r} selected={r === region()}>
                  {r}
                </option>
              )}
            </For>
          </select>
        </label>
        <p class="hint">{t('newWorkspaceHint')}</p>
        <div class="dialog-actions">
          <button type="submit" class="primary">
            {t('create')}
          </button>
          <button type="button" onClick={() => dialog.close()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RenameDialog(props: { onClose: () => void }) {
  const { chrome, session, commands, actions } = useApp();
  const { t } = chrome.i18n;
  const [name, setName] = createSignal(session.workspace().name);
  // An emptied name is refused where it was typed: the dialog closed and kept the old one unsaid.
  // So is another workspace's name: two alike cannot be told apart in the menu (an import or a new
  // one gets "(2)"; a rename is asked for a name of its own, with that as the example).
  const [problem, setProblem] = createSignal<string | null>(null);
  const others = () => session.workspaces().filter((w) => w.id !== session.workspace().id).map((w) => w.name);
  let dialog!: HTMLDialogElement;
  let input!: HTMLInputElement;
  // The name selected as the dialog opens, so typing replaces it, as the grid's Omdøb does (the
  // caret stood at its end).
  let selected = false;
  const selectOnce = () => !selected && ((selected = true), input.select());
  return (
    <Dialog title={t('renameWorkspace')} titleId="rename-title" onClose={props.onClose} ref={(el) => (dialog = el)}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          const read = readName(name(), LIMITS.workspaceName);
          if (!read.ok) return (setProblem(refusalMessage(read.refusal, t('workspaceName'), chrome.i18n)), input.focus());
          const wanted = read.value;
          // Alike but for capitals is alike in the menu too; the example is free of this one's own name as well.
          if (others().some((o) => o.toLocaleLowerCase() === wanted.toLocaleLowerCase()))
            return (setProblem(t('workspaceNameTaken', { name: wanted, example: actions.freeWorkspaceName(wanted) })), input.focus());
          commands.renameWorkspace({ name: wanted });
          dialog.close();
        }}
      >
        <label class="field rename-field">
          <span>{t('workspaceName')}</span>
          <input ref={input} value={name()} onFocus={selectOnce} aria-invalid={problem() !== null} aria-describedby={problem() ? 'rename-problem' : undefined} onInput={(e) => (setName(e.currentTarget.value), setProblem(null))} />
        </label>
        <Show when={problem()}>
          <p class="field-error" id="rename-problem" role="alert">
            {problem()}
          </p>
        </Show>
        <div class="dialog-actions">
          <button type="submit" class="primary">
            {t('save')}
          </button>
          <button type="button" onClick={() => dialog.close()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
