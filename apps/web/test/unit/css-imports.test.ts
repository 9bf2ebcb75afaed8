// Every class a page renders is styled on a cold load of that page: the stylesheet defining it is
// imported by the page's own module graph (or the app shell), not only by a page visited before.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src')
const styles = path.join(src, 'styles')

const staticImport = /^\s*import\s+(?:[^'"]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm
const dynamicImport = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g
const cssImport = /@import\s+(?:url\()?['"](\.{1,2}\/[^'"]+)['"]/g

function resolveModule(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return null
}

function specifiers(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '')
}

/** Class names a stylesheet defines a rule for (selectors only, never declaration values). */
function classesDefinedIn(css: string): Set<string> {
  const classes = new Set<string>()
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '')
  for (const prelude of noComments.matchAll(/([^{}]+)\{/g)) {
    for (const m of (prelude[1] ?? '').matchAll(/\.(-?[A-Z_a-z][\w-]*)/g)) classes.add(m[1] ?? '')
  }
  return classes
}

/** Whole class tokens written literally in className attributes; pieces glued to `${…}` are left out. */
function classesUsedIn(tsx: string): Set<string> {
  const used = new Set<string>()
  const attrs = [...tsx.matchAll(/className=("[^"]*"|\{)/g)]
  for (const attr of attrs) {
    let expr = attr[1] ?? ''
    if (expr === '{') {
      let depth = 0
      let i = (attr.index ?? 0) + 'className='.length
      const start = i
      for (; i < tsx.length; i++) {
        if (tsx[i] === '{') depth++
        else if (tsx[i] === '}' && --depth === 0) break
      }
      expr = tsx.slice(start, i + 1)
    }
    for (const lit of expr.matchAll(/'([^']*)'|"([^"]*)"|`([^`]*)`/g)) {
      const text = lit[1] ?? lit[2] ?? lit[3] ?? ''
      for (const piece of text.split(/\$\{[^}]*\}/)) {
        const glued = text.includes('${')
        const tokens = piece.split(/\s+/)
        tokens.forEach((token, i) => {
          const touchesInterpolation = glued && (i === 0 || i === tokens.length - 1)
          if (token && !touchesInterpolation) used.add(token)
        })
      }
    }
  }
  return used
}

const definedBy = new Map<string, string[]>()
for (const file of fs.readdirSync(styles).filter((f) => f.endsWith('.css'))) {
  for (const cls of classesDefinedIn(fs.readFileSync(path.join(styles, file), 'utf8'))) {
    definedBy.set(cls, [...(definedBy.get(cls) ?? []), path.join(styles, file)])
  }
}

interface Chunk {
  modules: Set<string>
  css: Set<string>
  lazy: string[]
}

/** What loads with an entry: modules and stylesheets reached by static imports. */
function chunkOf(entry: string): Chunk {
  const chunk: Chunk = { modules: new Set(), css: new Set(), lazy: [] }
  const visit = (file: string): void => {
    const isCss = file.endsWith('.css')
    const seen = isCss ? chunk.css : chunk.modules
    if (seen.has(file)) return
    seen.add(file)
    const text = fs.readFileSync(file, 'utf8')
    for (const spec of specifiers(text, isCss ? cssImport : staticImport)) {
      const target = resolveModule(file, spec)
      if (target) visit(target)
    }
    if (!isCss) {
      for (const spec of specifiers(text, dynamicImport)) {
        const target = resolveModule(file, spec)
        if (target) chunk.lazy.push(target)
      }
    }
  }
  visit(entry)
  return chunk
}

/** Classes rendered by an entry whose stylesheet is not loaded with it or with what loaded it. */
function unstyled(entry: string, loadedBefore: Set<string>, found: string[], seen: Set<string>) {
  if (seen.has(entry)) return
  seen.add(entry)
  const chunk = chunkOf(entry)
  const loaded = new Set([...loadedBefore, ...chunk.css])
  for (const module of chunk.modules) {
    if (!module.endsWith('.tsx')) continue
    for (const cls of classesUsedIn(fs.readFileSync(module, 'utf8'))) {
      const sheets = definedBy.get(cls)
      if (sheets && !sheets.some((s) => loaded.has(s))) {
        const names = sheets.map((s) => path.basename(s)).join(' or ')
        found.push(
          `${path.relative(src, entry)}: .${cls} (${path.relative(src, module)}) needs ${names}`,
        )
      }
    }
  }
  for (const lazy of chunk.lazy) unstyled(lazy, loaded, found, seen)
}

test('the scanner sees classes a component uses and the stylesheets that define them', () => {
  const used = classesUsedIn(
    `<a className="btn btn--sm" /><b className={ok ? 'x-y is-on' : \`z z--\${k}\`} />`,
  )
  expect([...used].sort()).toEqual(['btn', 'btn--sm', 'is-on', 'x-y'])
  expect([...classesDefinedIn('.a, p > .b:hover { margin: 0.5rem } @media (x) { .c{} }')]).toEqual([
    'a',
    'b',
    'c',
  ])
  expect(definedBy.get('breadcrumb')).toBeDefined()
})

test('every page imports the stylesheets of the classes it renders', () => {
  const found: string[] = []
  unstyled(path.join(src, 'main.tsx'), new Set(), found, new Set())
  expect([...new Set(found)]).toEqual([])
})
