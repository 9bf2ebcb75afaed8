// The one module that imports Monaco (ESLint enforces it). It is loaded with a dynamic import,
// so only the workspace pays for the editor; the rest of the app sees the small API below.
import * as monaco from 'monaco-editor/editor/editor.api'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import 'monaco-editor/languages/definitions/python/register'
import 'monaco-editor/languages/definitions/typescript/register'
// The editor.api entry is the bare core; these are the everyday features of editor.main.
import 'monaco-editor/editor/browser/coreCommands'
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching'
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard'
import 'monaco-editor/editor/contrib/comment/browser/comment'
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu'
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo'
import 'monaco-editor/editor/contrib/find/browser/findController'
import 'monaco-editor/editor/contrib/folding/browser/folding'
import 'monaco-editor/editor/contrib/indentation/browser/indentation'
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations'
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor'
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter'
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations'

// A module worker from our own origin: the CSP allows it (worker-src 'self'), and Monaco never
// falls back to running the worker code on the main thread.
self.MonacoEnvironment = {
  getWorker: () => new EditorWorker({ name: 'editor' }),
}

monaco.editor.defineTheme('pairwise-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#ffffff',
    'editorLineNumber.foreground': '#9ca3af',
    'editorLineNumber.activeForeground': '#4f46e5',
    'editor.lineHighlightBackground': '#f6f7fb',
    'editorCursor.foreground': '#4f46e5',
  },
})
monaco.editor.defineTheme('pairwise-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#121317',
    'editorLineNumber.foreground': '#4b4f5a',
    'editorLineNumber.activeForeground': '#a5a8ff',
    'editor.lineHighlightBackground': '#17181d',
    'editorCursor.foreground': '#a5a8ff',
    'editorWidget.background': '#17181d',
  },
})

export type EditorTheme = 'light' | 'dark'

export interface EditorCallbacks {
  onChange: (code: string) => void
  onPaste: (paste: { text: string; line: number }) => void
  onRun: () => void
  onSubmit: () => void
}

/** The editor as the workspace uses it. */
export interface CodeEditorApi {
  getValue(): string
  /** Replaces the whole text as one undoable edit (e.g. taking the other tab's version). */
  replaceAll(code: string): void
  /** Inserts at the cursor (replacing a selection); returns the 1-based line it starts on. */
  insertAtCursor(text: string): number
  goToLine(line: number, column?: number): void
  setTheme(theme: EditorTheme): void
  focus(): void
  dispose(): void
}

const themeName = (theme: EditorTheme) => (theme === 'dark' ? 'pairwise-dark' : 'pairwise-light')

export function createCodeEditor(
  container: HTMLElement,
  init: { value: string; language: 'python' | 'typescript'; theme: EditorTheme; label: string },
  callbacks: EditorCallbacks,
): CodeEditorApi {
  const editor = monaco.editor.create(container, {
    value: init.value,
    language: init.language,
    theme: themeName(init.theme),
    ariaLabel: init.label,
    automaticLayout: true,
    fontSize: 14,
    lineHeight: 21,
    fontFamily: "ui-monospace, 'SF Mono', 'JetBrains Mono', Menlo, Consolas, monospace",
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: init.language === 'python' ? 4 : 2,
    insertSpaces: true,
    renderLineHighlight: 'line',
    padding: { top: 12, bottom: 12 },
    smoothScrolling: true,
    fixedOverflowWidgets: true,
  })
  const model = editor.getModel()
  if (!model) throw new Error('Monaco created an editor without a model')

  model.onDidChangeContent(() => callbacks.onChange(model.getValue()))
  editor.onDidPaste((event) => {
    callbacks.onPaste({
      text: model.getValueInRange(event.range),
      line: event.range.startLineNumber,
    })
  })
  const { KeyMod, KeyCode } = monaco
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.Enter, () => callbacks.onRun())
  editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter, () => callbacks.onSubmit())

  return {
    getValue: () => model.getValue(),
    replaceAll(code) {
      editor.pushUndoStop()
      editor.executeEdits('pairwise', [{ range: model.getFullModelRange(), text: code }])
      editor.pushUndoStop()
    },
    insertAtCursor(text) {
      const selection = editor.getSelection() ?? new monaco.Selection(1, 1, 1, 1)
      editor.pushUndoStop()
      editor.executeEdits('assistant', [{ range: selection, text, forceMoveMarkers: true }])
      editor.pushUndoStop()
      editor.focus()
      return selection.startLineNumber
    },
    goToLine(line, column = 1) {
      const target = Math.max(1, Math.min(line, model.getLineCount()))
      const col = Math.max(column, model.getLineFirstNonWhitespaceColumn(target) || 1)
      editor.setPosition({ lineNumber: target, column: col })
      editor.revealLineInCenterIfOutsideViewport(target)
      editor.focus()
    },
    setTheme: (theme) => monaco.editor.setTheme(themeName(theme)),
    focus: () => editor.focus(),
    dispose() {
      editor.dispose()
      model.dispose()
    },
  }
}
