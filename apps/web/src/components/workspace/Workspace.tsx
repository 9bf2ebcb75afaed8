// The candidate's workspace: statement and explanation, the editor and its results, and the
// assistant, in resizable panes. It owns the autosaves and reports pastes and AI insertions.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CSSProperties } from 'react'
import type { PracticeSession, ProblemDetail } from '@pairwise/shared'
import { getSession, recordEvent, saveCode, saveExplanation } from '../../api.ts'
import { useAssistant } from '../../hooks/use-assistant.ts'
import { useAutosave } from '../../hooks/use-autosave.ts'
import { DEFAULT_LAYOUT, PANE_LIMITS, usePaneLayout } from '../../hooks/use-pane-layout.ts'
import { useRuns } from '../../hooks/use-runs.ts'
import { CodeEditor } from '../editor/CodeEditor.tsx'
import type { CodeEditorApi, EditorCallbacks } from '../editor/monaco.ts'
import { ConfirmDialog } from '../ConfirmDialog.tsx'
import { AssistantPanel } from './AssistantPanel.tsx'
import { ResizeHandle } from './ResizeHandle.tsx'
import { RunResults } from './RunResults.tsx'
import { combineSaveStates } from './SaveIndicator.tsx'
import { SaveProblems } from './SaveProblems.tsx'
import { SidePanel } from './SidePanel.tsx'
import { WorkspaceToolbar } from './WorkspaceToolbar.tsx'
import { countLines, occursInReplies } from '../../lib/paste-origin.ts'
import { declarationsFromStarter } from '../../lib/problem-types.ts'

const DRAFT_EVENT_EVERY_MS = 20_000

export function Workspace({
  session,
  problem,
  userId,
}: {
  session: PracticeSession
  problem: ProblemDetail
  userId: string
}) {
  const id = session.id
  const editor = useRef<CodeEditorApi | null>(null)
  const [editorReady, setEditorReady] = useState(false)
  const lastDraftEvent = useRef(0)
  const body = useRef<HTMLDivElement>(null)
  const centre = useRef<HTMLDivElement>(null)
  const { layout, resize } = usePaneLayout(userId)

  const fetchServer = async (field: 'code' | 'explanation') => {
    const fresh = await getSession(id)
    return field === 'code'
      ? { text: fresh.code, rev: fresh.rev }
      : { text: fresh.explanation, rev: fresh.explanationRev }
  }
  const code = useAutosave({
    sessionId: id,
    field: 'code',
    server: { text: session.code, rev: session.rev },
    save: (text, rev) => saveCode(id, text, rev),
    fetchServer: () => fetchServer('code'),
  })
  const explanation = useAutosave({
    sessionId: id,
    field: 'explanation',
    server: { text: session.explanation, rev: session.explanationRev },
    save: (text, rev) => saveExplanation(id, text, rev),
    fetchServer: () => fetchServer('explanation'),
    onSaved: (text) => {
      // Drafts go into the transcript now and then, not on every autosave.
      const now = Date.now()
      if (now - lastDraftEvent.current < DRAFT_EVENT_EVERY_MS) return
      lastDraftEvent.current = now
      void recordEvent(id, { type: 'explanation_draft', data: { chars: text.length } }).catch(
        () => undefined,
      )
    },
  })
  const assistant = useAssistant(id)
  const codeSaver = code.saver
  const saveCodeFirst = useCallback(() => codeSaver.flush(), [codeSaver])
  const runs = useRuns(id, saveCodeFirst)
  const { start: startRun } = runs
  const [confirmReset, setConfirmReset] = useState(false)
  const starter = problem.starter[session.language]
  const functionName = problem.functionNames[session.language]
  const exampleArgs = problem.visibleTests.find((t) => t.kind === 'function')

  const explanationSaver = explanation.saver
  const saveNow = useCallback(() => {
    void codeSaver.flush().catch(() => undefined)
    void explanationSaver.flush().catch(() => undefined)
  }, [codeSaver, explanationSaver])

  // Ctrl/Cmd+S saves everywhere in the workspace instead of opening "save page" (the editor
  // binds it itself too).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || !(event.ctrlKey || event.metaKey) || event.altKey)
        return
      event.preventDefault()
      saveNow()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [saveNow])

  // Ctrl/Cmd+Enter outside the editor too (the editor binds the same keys itself).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) {
        return
      }
      if (event.target instanceof Element && event.target.closest('.monaco-editor')) return
      event.preventDefault()
      void startRun(event.shiftKey ? 'submit' : 'run')
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [startRun])

  const replies = assistant.turns.filter((t) => t.role === 'assistant').map((t) => t.text)
  const callbacks: EditorCallbacks = {
    onChange: (text) => code.saver.update(text),
    onPaste: ({ text, line }) => {
      void recordEvent(id, {
        type: 'paste',
        data: {
          chars: text.length,
          lines: countLines(text),
          fromAssistant: occursInReplies(text, replies),
          text: text.slice(0, 20_000),
          line,
        },
      }).catch(() => undefined)
    },
    onRun: () => void startRun('run'),
    onSubmit: () => void startRun('submit'),
    onSave: saveNow,
  }

  const onInsert = (snippet: string, fromSeq: number | undefined) => {
    const api = editor.current
    if (!api) return
    const line = api.insertSnippet(snippet, functionName)
    void recordEvent(id, {
      type: 'ai_insert',
      data: {
        ...(fromSeq !== undefined ? { fromSeq } : {}),
        chars: snippet.length,
        lines: countLines(snippet),
        text: snippet.slice(0, 20_000),
        line,
      },
    }).catch(() => undefined)
  }

  const onSend = (message: string) => {
    // The assistant reads the saved code, so save first; a failed save does not block asking.
    void code.saver
      .flush()
      .catch(() => undefined)
      .then(() => assistant.send(message))
  }

  const goToLine = (line: number) => editor.current?.goToLine(line)
  const saveState = combineSaveStates([code.snapshot.state, explanation.snapshot.state])
  const running = runs.state.status === 'running' ? runs.state.mode : null

  return (
    <div className="workspace">
      <title>{`${problem.title} · Workspace · Pairwise`}</title>
      <WorkspaceToolbar
        title={problem.title}
        slug={problem.slug}
        language={session.language}
        saveState={saveState}
        running={running}
        onRun={() => void startRun('run')}
        onSubmit={() => void startRun('submit')}
        onReset={starter === undefined ? undefined : () => setConfirmReset(true)}
      />
      <ConfirmDialog
        open={confirmReset}
        title="Reset to the starter code?"
        message="Your code is replaced by the problem's starter. You can undo it in the editor (Ctrl+Z) while this page stays open."
        confirmLabel="Reset code"
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          setConfirmReset(false)
          if (starter !== undefined) editor.current?.replaceAll(starter)
        }}
      />
      <SaveProblems
        what="code"
        state={code.snapshot.state}
        onKeepMine={() => code.saver.keepMine()}
        onTakeTheirs={() => editor.current?.replaceAll(code.saver.takeTheirs())}
      />
      <SaveProblems
        what="explanation"
        state={explanation.snapshot.state}
        onKeepMine={() => explanation.saver.keepMine()}
        onTakeTheirs={() => explanation.saver.takeTheirs()}
      />
      {code.snapshot.restored && code.snapshot.state.kind !== 'conflict' ? (
        <p className="ws-restored" role="status">
          Restored changes from this device that had not reached the server yet.
        </p>
      ) : null}
      <div
        ref={body}
        className="ws-body"
        style={
          {
            '--ws-left': `${layout.left}%`,
            '--ws-right': `${layout.right}%`,
            '--ws-editor': `${layout.editor}%`,
          } as CSSProperties
        }
      >
        <SidePanel
          statement={problem.statement}
          functionNames={problem.functionNames}
          language={session.language}
          sessionId={id}
          explanation={explanation.snapshot.text}
          onExplanationChange={(text) => explanation.saver.update(text)}
          beforeScoring={async () => {
            await explanation.saver.flush()
            await code.saver.flush()
          }}
        />
        <ResizeHandle
          label="Resize the problem panel"
          orientation="vertical"
          value={layout.left}
          min={PANE_LIMITS.left.min}
          max={PANE_LIMITS.left.max}
          defaultValue={DEFAULT_LAYOUT.left}
          containerRef={body}
          onChange={(v) => resize('left', v)}
        />
        <div ref={centre} className="ws-centre">
          <div className="ws-editor">
            <CodeEditor
              initialValue={code.snapshot.text}
              language={session.language}
              declarations={
                session.language === 'typescript'
                  ? declarationsFromStarter(problem.starter.typescript)
                  : undefined
              }
              callbacks={callbacks}
              onReady={(api) => {
                editor.current = api
                setEditorReady(api !== null)
              }}
            />
          </div>
          <ResizeHandle
            label="Resize the editor and the results"
            orientation="horizontal"
            value={layout.editor}
            min={PANE_LIMITS.editor.min}
            max={PANE_LIMITS.editor.max}
            defaultValue={DEFAULT_LAYOUT.editor}
            containerRef={centre}
            onChange={(v) => resize('editor', v)}
          />
          <RunResults
            state={runs.state}
            onGoToLine={goToLine}
            functionName={functionName}
            exampleArgs={exampleArgs?.kind === 'function' ? exampleArgs.args : undefined}
            onCustomRun={runs.runCustom}
          />
        </div>
        <ResizeHandle
          label="Resize the assistant panel"
          orientation="vertical"
          value={layout.right}
          min={PANE_LIMITS.right.min}
          max={PANE_LIMITS.right.max}
          defaultValue={DEFAULT_LAYOUT.right}
          containerRef={body}
          invert
          onChange={(v) => resize('right', v)}
        />
        <AssistantPanel
          info={assistant.info}
          turns={assistant.turns}
          loadError={assistant.loadError}
          streaming={assistant.streaming}
          canInsert={editorReady}
          onSend={onSend}
          onStop={assistant.stop}
          onInsert={onInsert}
        />
      </div>
    </div>
  )
}
