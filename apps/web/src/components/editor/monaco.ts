// The one module that imports Monaco (ESLint enforces it). It is loaded with a dynamic import,
// so only the workspace pays for the editor; the rest of the app sees the small API below.
import * as monaco from 'monaco-editor/editor/editor.api'
import type { Language } from '@pairwise/shared'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import TypeScriptWorker from 'monaco-editor/language/typescript/ts.worker?worker'
import {
  typescriptDefaults,
  ScriptTarget,
} from 'monaco-editor/languages/features/typescript/register'
// Tokenizers (syntax colours): each is a small chunk of its own, fetched when a model of its
// language is first created. Only TypeScript has a worker (below); Python, Java and C++ get
// colours alone, so they add no language service to the bundle.
import 'monaco-editor/languages/definitions/cpp/register'
import 'monaco-editor/languages/definitions/java/register'
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
import { planSnippetInsertion } from '../../lib/insert-snippet.ts'
import { LANGUAGE_FILE_NAMES } from '../../lib/labels.ts'

// A module worker from our own origin: the CSP allows it (worker-src 'self'), and Monaco never
// falls back to running the worker code on the main thread.
// The TypeScript worker (type checks, completions) is a chunk of its own, started only when a
// TypeScript model exists, so Python sessions never download it.
self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) =>
    label === 'typescript' || label === 'javascript'
      ? new TypeScriptWorker({ name: 'typescript' })
      : new EditorWorker({ name: 'editor' }),
}

typescriptDefaults.setCompilerOptions({
  target: ScriptTarget.ESNext,
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
  noImplicitAny: true,
})
typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false })

let problemTypes: { dispose(): void } | null = null
/** Declares the problem's types (from problem-types.ts) to the TypeScript checker. */
function declareProblemTypes(declarations: string | undefined) {
  problemTypes?.dispose()
  problemTypes = declarations
    ? typescriptDefaults.addExtraLib(declarations, 'file:///pairwise/problem.d.ts')
    : null
}

/** Monaco's id of each language's tokenizer (they match ours today; the map keeps them apart). */
const MONACO_LANGUAGE: Record<Language, string> = {
  python: 'python',
  typescript: 'typescript',
  java: 'java',
  cpp: 'cpp',
}

let modelCount = 0
/** A model with a file name, which the TypeScript checker needs to treat it as a module. */
function createModel(value: string, language: Language) {
  modelCount += 1
  return monaco.editor.createModel(
    value,
    MONACO_LANGUAGE[language],
    monaco.Uri.parse(`file:///pairwise/${modelCount}/${LANGUAGE_FILE_NAMES[language]}`),
  )
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
  /** Ctrl/Cmd+S: save now, instead of the browser's "save page" dialog. */
  onSave: () => void
}

/** The editor as the workspace uses it. */
export interface CodeEditorApi {
  getValue(): string
  /** Replaces the whole text as one undoable edit (e.g. taking the other tab's version). */
  replaceAll(code: string): void
  /**
   * Inserts a snippet on lines of its own: at the cursor (a selection's lines give way to it), or
   * at the end of `functionName` when the candidate never put a cursor in the editor. Returns
   * the 1-based line it starts on.
   */
  insertSnippet(text: string, functionName?: string): number
  goToLine(line: number, column?: number): void
  setTheme(theme: EditorTheme): void
  focus(): void
  dispose(): void
}

const themeName = (theme: EditorTheme) => (theme === 'dark' ? 'pairwise-dark' : 'pairwise-light')

/** The indentation step new lines get: PEP 8's four for Python, and the usual four in Java and C++. */
const TAB_SIZE: Record<Language, number> = { python: 4, typescript: 2, java: 4, cpp: 4 }

// What the workspace editor and the read-only viewer share, so both read alike.
const commonOptions = (language: Language, theme: EditorTheme, label: string) =>
  ({
    language: MONACO_LANGUAGE[language],
    theme: themeName(theme),
    ariaLabel: label,
    automaticLayout: true,
    fontSize: 14,
    lineHeight: 21,
    fontFamily: "ui-monospace, 'SF Mono', 'JetBrains Mono', Menlo, Consolas, monospace",
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: TAB_SIZE[language],
    padding: { top: 12, bottom: 12 },
    smoothScrolling: true,
    fixedOverflowWidgets: true,
  }) satisfies monaco.editor.IStandaloneEditorConstructionOptions

export function createCodeEditor(
  container: HTMLElement,
  init: {
    value: string
    language: Language
    theme: EditorTheme
    label: string
    /** TypeScript declarations of the problem's function and types, for the checker. */
    declarations?: string
  },
  callbacks: EditorCallbacks,
): CodeEditorApi {
  if (init.language === 'typescript') declareProblemTypes(init.declarations)
  const model = createModel(init.value, init.language)
  const editor = monaco.editor.create(container, {
    ...commonOptions(init.language, init.theme, init.label),
    model,
    insertSpaces: true,
    renderLineHighlight: 'line',
  })
  // Monaco reports a caret at 1:1 before anyone has touched the editor; that is not a cursor.
  let cursorPlaced = false
  editor.onDidFocusEditorText(() => {
    cursorPlaced = true
  })

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
  editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyS, () => callbacks.onSave())

  return {
    getValue: () => model.getValue(),
    replaceAll(code) {
      editor.pushUndoStop()
      editor.executeEdits('pairwise', [{ range: model.getFullModelRange(), text: code }])
      editor.pushUndoStop()
    },
    insertSnippet(text, functionName) {
      const selection = cursorPlaced ? editor.getSelection() : null
      const edit = planSnippetInsertion({
        code: model.getValue(),
        snippet: text,
        language: init.language,
        cursor: selection
          ? { line: selection.startLineNumber, column: selection.startColumn }
          : null,
        selectionEnd: selection
          ? { line: selection.endLineNumber, column: selection.endColumn }
          : null,
        ...(functionName ? { functionName } : {}),
      })
      const range = new monaco.Range(edit.startLine, edit.startColumn, edit.endLine, edit.endColumn)
      editor.pushUndoStop()
      editor.executeEdits('assistant', [{ range, text: edit.text, forceMoveMarkers: true }])
      editor.pushUndoStop()
      // The caret ends after the snippet, so a second insertion follows the first.
      const lastLine = Math.min(model.getLineCount(), edit.firstLine + edit.lineCount - 1)
      editor.setPosition({ lineNumber: lastLine, column: model.getLineMaxColumn(lastLine) })
      editor.revealLineInCenterIfOutsideViewport(edit.firstLine)
      editor.focus()
      return edit.firstLine
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

/**
 * Lines to mark in the viewer, 1-based. A marked line gets the class `line-changed` or
 * `line-pinned` across its width and `line-changed-gutter` or `line-pinned-gutter` beside its
 * number, for the page's CSS to style, and a tick in the scrollbar.
 */
export interface LineHighlights {
  /** Lines the current snapshot added or changed. */
  changed: readonly number[]
  /** Lines a comment is being pinned to. */
  pinned: readonly number[]
}

/** A read-only view of code, with marked lines and line picking, as the replay uses it. */
export interface CodeViewerApi {
  /** Shows other code, keeping the scroll position and the current highlights. */
  setValue(code: string): void
  setHighlights(highlights: LineHighlights): void
  /**
   * Calls back with the line the user picked: a click on the text or the gutter, or Enter on the
   * cursor's line (so keyboard users can pick one too). Returns a function that unsubscribes.
   */
  onLineClick(callback: (line: number) => void): () => void
  revealLine(line: number): void
  setTheme(theme: EditorTheme): void
  dispose(): void
}

// Fixed colours for the scrollbar ruler, which takes no CSS; the line marks are styled in CSS.
const CHANGED_RULER = { color: '#15803d', darkColor: '#4ade80' }
const PINNED_RULER = { color: '#b45309', darkColor: '#fbbf24' }

const PICKABLE_TARGETS = new Set([
  monaco.editor.MouseTargetType.CONTENT_TEXT,
  monaco.editor.MouseTargetType.CONTENT_EMPTY,
  monaco.editor.MouseTargetType.GUTTER_LINE_NUMBERS,
  monaco.editor.MouseTargetType.GUTTER_LINE_DECORATIONS,
  monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN,
])

export function createCodeViewer(
  container: HTMLElement,
  init: {
    value: string
    language: Language
    theme: EditorTheme
    label: string
  },
): CodeViewerApi {
  const editor = monaco.editor.create(container, {
    ...commonOptions(init.language, init.theme, init.label),
    model: createModel(init.value, init.language),
    readOnly: true,
    // The hidden textarea is read-only too, so no input method or paste reaches the model.
    domReadOnly: true,
    // Tab moves focus on instead of being swallowed: keyboard users are not trapped.
    tabFocusMode: true,
    renderLineHighlight: 'none',
    hideCursorInOverviewRuler: true,
    occurrencesHighlight: 'off',
    contextmenu: false,
    lineDecorationsWidth: 8,
  })
  const model = editor.getModel()
  if (!model) throw new Error('Monaco created an editor without a model')

  const marks = editor.createDecorationsCollection()
  let highlights: LineHighlights = { changed: [], pinned: [] }
  const paint = () => {
    const lines = model.getLineCount()
    const decoration = (
      line: number,
      className: string,
      ruler: typeof CHANGED_RULER,
      zIndex: number,
    ): monaco.editor.IModelDeltaDecoration => ({
      range: new monaco.Range(line, 1, line, 1),
      options: {
        isWholeLine: true,
        className,
        linesDecorationsClassName: `${className}-gutter`,
        overviewRuler: { ...ruler, position: monaco.editor.OverviewRulerLane.Left },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        zIndex,
      },
    })
    const inRange = (line: number) => Number.isInteger(line) && line >= 1 && line <= lines
    marks.set([
      ...highlights.changed
        .filter(inRange)
        .map((line) => decoration(line, 'line-changed', CHANGED_RULER, 1)),
      ...highlights.pinned
        .filter(inRange)
        .map((line) => decoration(line, 'line-pinned', PINNED_RULER, 2)),
    ])
  }

  const listeners = new Set<(line: number) => void>()
  const pick = (line: number) => {
    for (const listener of listeners) listener(line)
  }
  editor.onMouseDown((event) => {
    const line = event.target.position?.lineNumber
    if (!event.event.leftButton || line === undefined || !PICKABLE_TARGETS.has(event.target.type))
      return
    pick(line)
  })
  editor.addAction({
    id: 'pairwise.pickLine',
    label: 'Pick this line',
    keybindings: [monaco.KeyCode.Enter],
    // Not while typing in the find widget, whose Enter goes to the next match.
    keybindingContext: 'editorTextFocus',
    run: (ed) => {
      const line = ed.getPosition()?.lineNumber
      if (line !== undefined) pick(line)
    },
  })

  return {
    setValue(code) {
      if (code === model.getValue()) return
      const scrollTop = editor.getScrollTop()
      model.setValue(code)
      editor.setScrollTop(scrollTop)
      paint()
    },
    setHighlights(next) {
      highlights = { changed: [...next.changed], pinned: [...next.pinned] }
      paint()
    },
    onLineClick(callback) {
      listeners.add(callback)
      return () => listeners.delete(callback)
    },
    revealLine(line) {
      editor.revealLineInCenterIfOutsideViewport(Math.max(1, Math.min(line, model.getLineCount())))
    },
    setTheme: (theme) => monaco.editor.setTheme(themeName(theme)),
    dispose() {
      listeners.clear()
      marks.clear()
      editor.dispose()
      model.dispose()
    },
  }
}
