// Parses problem.md's `signature` and `records` (docs/problem-format.md) with a one-pass scanner,
// and checks test values against the parsed types.
import type { ProblemSignature, RecordType, SignatureField, ValueType } from '@pairwise/shared'
import { camelCase, SCALAR_TYPES, typeText } from '@pairwise/shared'

/** Deeper than this a type is a mistake, and the harnesses' generated code would suffer. */
const MAX_TYPE_DEPTH = 12

type Token =
  { kind: 'name'; text: string; at: number } | { kind: 'punct'; text: string; at: number }

export class SignatureError extends Error {}

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_'
}

function isNamePart(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9')
}

/** Splits the text into names and punctuation, each character looked at once. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i] ?? ''
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++
    } else if (isNameStart(c)) {
      const start = i
      while (i < text.length && isNamePart(text[i] ?? '')) i++
      tokens.push({ kind: 'name', text: text.slice(start, i), at: start + 1 })
    } else if (c === '-' && text[i + 1] === '>') {
      tokens.push({ kind: 'punct', text: '->', at: i + 1 })
      i += 2
    } else if ('()[]{}:,'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, at: i + 1 })
      i++
    } else {
      throw new SignatureError(`unexpected character "${c}" at column ${i + 1}`)
    }
  }
  return tokens
}

class Parser {
  private next = 0
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  private where(): string {
    const token = this.tokens[this.next]
    return token ? `at column ${token.at} ("${token.text}")` : 'at the end'
  }

  peek(text: string): boolean {
    const token = this.tokens[this.next]
    return token?.kind === 'punct' && token.text === text
  }

  expect(text: string, what: string): void {
    if (!this.peek(text)) throw new SignatureError(`expected "${text}" ${what} ${this.where()}`)
    this.next++
  }

  name(what: string): string {
    const token = this.tokens[this.next]
    if (token?.kind !== 'name') throw new SignatureError(`expected ${what} ${this.where()}`)
    this.next++
    return token.text
  }

  end(): void {
    if (this.next < this.tokens.length) {
      throw new SignatureError(`unexpected text ${this.where()}`)
    }
    void this.length
  }

  type(depth = 0): ValueType {
    if (depth > MAX_TYPE_DEPTH) throw new SignatureError('types nest too deeply')
    const at = this.where()
    const name = this.name('a type')
    if ((SCALAR_TYPES as readonly string[]).includes(name)) {
      return { kind: name as (typeof SCALAR_TYPES)[number] }
    }
    if (name === 'list' || name === 'optional') {
      this.expect('[', `after ${name}`)
      const of = this.type(depth + 1)
      this.expect(']', `to close ${name}[`)
      if (name === 'optional' && of.kind === 'optional') {
        throw new SignatureError(`optional[optional[…]] says nothing more than optional[…] (${at})`)
      }
      return { kind: name, of }
    }
    if (name === 'dict') {
      this.expect('[', 'after dict')
      if (this.name('str, the key type of dict') !== 'str') {
        throw new SignatureError(`a dict's keys are always str: write dict[str, T] (${at})`)
      }
      this.expect(',', 'after dict[str')
      const of = this.type(depth + 1)
      this.expect(']', 'to close dict[')
      return { kind: 'dict', of }
    }
    if (/^[A-Z][A-Za-z0-9]*$/.test(name)) return { kind: 'record', name }
    throw new SignatureError(
      `unknown type "${name}" ${at}: use int, long, float, bool, str, list[T], dict[str, T], optional[T] or a record's CamelCase name`,
    )
  }

  fields(close: string, what: string): SignatureField[] {
    const fields: SignatureField[] = []
    if (this.peek(close)) return fields
    for (;;) {
      const name = this.name(`a ${what} name`)
      this.expect(':', `after "${name}"`)
      fields.push({ name, type: this.type() })
      if (this.peek(close)) return fields
      this.expect(',', `or "${close}" after the type of "${name}"`)
    }
  }
}

function parseWith<T>(text: string, read: (parser: Parser) => T): T {
  const parser = new Parser(tokenize(text), text.length)
  const value = read(parser)
  parser.end()
  return value
}

const SNAKE = /^[a-z][a-z0-9_]*$/
const RECORD_NAME = /^[A-Z][A-Za-z0-9]*$/

/** Words a field or parameter may not be called, in Java (camelCased) or C++. */
const RESERVED = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double ' +
    'else enum extends final finally float for goto if implements import instanceof int interface ' +
    'long native new package private protected public return short static strictfp super switch ' +
    'synchronized this throw throws transient try void volatile while var record yield true false ' +
    'null and and_eq asm auto bitand bitor bool char8_t char16_t char32_t compl concept consteval ' +
    'constexpr constinit const_cast co_await co_return co_yield decltype delete dynamic_cast ' +
    'explicit export extern friend inline mutable namespace noexcept not not_eq nullptr operator ' +
    'or or_eq register reinterpret_cast requires signed sizeof static_assert static_cast struct ' +
    'template thread_local typedef typeid typename union unsigned using virtual wchar_t xor xor_eq ' +
    'main std'
  ).split(' '),
)

/**
 * Record names that would shadow a class Java code uses unqualified (a default-package class wins
 * over java.lang's), or a name the harnesses define.
 */
const RESERVED_RECORD_NAMES = new Set(
  (
    'Solution PairwiseMain PairwiseRecords Object String Integer Long Double Float Boolean Byte ' +
    'Short Character Number Math StrictMath System Thread Runtime Exception RuntimeException Error ' +
    'Throwable Iterable Comparable Class Record Enum Void Override List Map Set Arrays Collections ' +
    'ArrayList HashMap HashSet LinkedList TreeMap TreeSet Optional Deque ArrayDeque PriorityQueue ' +
    'Iterator Comparator Objects Random Scanner StringBuilder'
  ).split(' '),
)

function checkName(name: string, what: string, reasons: string[]): void {
  if (!SNAKE.test(name)) reasons.push(`${what} "${name}" must be snake_case (a-z, 0-9, _)`)
  else if (RESERVED.has(name) || RESERVED.has(camelCase(name))) {
    reasons.push(`${what} "${name}" is a reserved word in Java or C++`)
  }
}

function checkFields(fields: SignatureField[], what: string, reasons: string[]): void {
  const seen = new Set<string>()
  for (const field of fields) {
    checkName(field.name, what, reasons)
    const key = camelCase(field.name)
    if (seen.has(key)) reasons.push(`${what} "${field.name}" is named twice`)
    seen.add(key)
  }
}

function recordsUsed(type: ValueType, into: Set<string>): void {
  if (type.kind === 'record') into.add(type.name)
  else if ('of' in type) recordsUsed(type.of, into)
}

/** The records in an order where each comes after those its fields use; cycles are reported. */
function orderRecords(records: Map<string, RecordType>, reasons: string[]): RecordType[] {
  const ordered: RecordType[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (name: string, path: string[]): void => {
    const record = records.get(name)
    if (!record || state.get(name) === 'done') return
    if (state.get(name) === 'visiting') {
      reasons.push(`records refer to each other in a cycle: ${[...path, name].join(' → ')}`)
      return
    }
    state.set(name, 'visiting')
    const used = new Set<string>()
    for (const field of record.fields) recordsUsed(field.type, used)
    for (const next of used) visit(next, [...path, name])
    state.set(name, 'done')
    ordered.push(record)
  }
  for (const name of records.keys()) visit(name, [])
  return ordered
}

/**
 * Parses `signature` and `records` from the front matter; every defect goes into `reasons`
 * (prefixed with where it is), and the result is undefined when there was one.
 */
export function parseSignature(
  signatureText: string,
  recordTexts: Record<string, string>,
  reasons: string[],
): ProblemSignature | undefined {
  const before = reasons.length
  const records = new Map<string, RecordType>()
  for (const [name, text] of Object.entries(recordTexts)) {
    const where = `problem.md: records: ${name}`
    if (!RECORD_NAME.test(name)) {
      reasons.push(`${where}: a record's name is CamelCase (a letter A-Z, then letters and digits)`)
      continue
    }
    if (RESERVED_RECORD_NAMES.has(name)) {
      reasons.push(`${where}: the name is taken by Java's standard classes or the harness`)
      continue
    }
    try {
      const record = parseWith(text, (parser) => {
        if (!parser.peek('{') && !parser.peek('(')) {
          throw new SignatureError(
            `a record is {a: T, …} (a JSON object) or (a: T, …) (a JSON array), not ${text.trim().slice(0, 40)}`,
          )
        }
        const open = parser.peek('{') ? '{' : '('
        const close = open === '{' ? '}' : ')'
        parser.expect(open, 'to start the record')
        const fields = parser.fields(close, 'field')
        parser.expect(close, 'to close the record')
        return { name, shape: open === '{' ? 'object' : 'tuple', fields } satisfies RecordType
      })
      if (record.fields.length === 0) reasons.push(`${where}: a record has at least one field`)
      const fieldReasons: string[] = []
      checkFields(record.fields, 'field', fieldReasons)
      reasons.push(...fieldReasons.map((reason) => `${where}: ${reason}`))
      records.set(name, record)
    } catch (error) {
      if (!(error instanceof SignatureError)) throw error
      reasons.push(`${where}: ${error.message}`)
    }
  }
  let parsed: { params: SignatureField[]; returns: ValueType } | undefined
  try {
    parsed = parseWith(signatureText, (parser) => {
      parser.expect('(', 'to start the parameter list')
      const params = parser.fields(')', 'parameter')
      parser.expect(')', 'to close the parameter list')
      parser.expect('->', 'before the return type')
      return { params, returns: parser.type() }
    })
    const paramReasons: string[] = []
    checkFields(parsed.params, 'parameter', paramReasons)
    reasons.push(...paramReasons.map((reason) => `problem.md: signature: ${reason}`))
  } catch (error) {
    if (!(error instanceof SignatureError)) throw error
    reasons.push(`problem.md: signature: ${error.message}`)
  }
  // Every record name used anywhere is declared.
  const used = new Set<string>()
  for (const field of parsed?.params ?? []) recordsUsed(field.type, used)
  if (parsed) recordsUsed(parsed.returns, used)
  for (const record of records.values()) {
    for (const field of record.fields) recordsUsed(field.type, used)
  }
  for (const name of used) {
    if (!records.has(name) && recordTexts[name] === undefined) {
      reasons.push(
        `problem.md: the signature uses the record ${name}, which records: does not declare`,
      )
    }
  }
  const ordered = orderRecords(records, reasons)
  if (reasons.length > before || !parsed) return undefined
  return { params: parsed.params, returns: parsed.returns, records: ordered }
}

const INT_MIN = -(2 ** 31)
const INT_MAX = 2 ** 31 - 1

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isNumberTag(value: unknown): boolean {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === '$number'
}

/**
 * Why `value` is not a JSON value of `type` (with the path to the part that is not), or null when
 * it is. Walks the value once; the type bounds the depth.
 */
export function valueMismatch(
  value: unknown,
  type: ValueType,
  records: ReadonlyMap<string, RecordType>,
  path = '',
): string | null {
  const at = path === '' ? '' : ` at ${path}`
  const expected = (): string =>
    `expected ${typeText(type)}${at}, got ${JSON.stringify(value)?.slice(0, 60)}`
  switch (type.kind) {
    case 'int':
      return Number.isInteger(value) && (value as number) >= INT_MIN && (value as number) <= INT_MAX
        ? null
        : expected()
    case 'long':
      return Number.isSafeInteger(value) ? null : expected()
    case 'float':
      return typeof value === 'number' || isNumberTag(value) ? null : expected()
    case 'bool':
      return typeof value === 'boolean' ? null : expected()
    case 'str':
      return typeof value === 'string' ? null : expected()
    case 'optional':
      return value === null ? null : valueMismatch(value, type.of, records, path)
    case 'list': {
      if (!Array.isArray(value)) return expected()
      for (let i = 0; i < value.length; i++) {
        const why = valueMismatch(value[i], type.of, records, `${path}[${i}]`)
        if (why) return why
      }
      return null
    }
    case 'dict': {
      if (!isPlainObject(value) || isNumberTag(value)) return expected()
      for (const [key, item] of Object.entries(value)) {
        const why = valueMismatch(item, type.of, records, `${path}.${key}`)
        if (why) return why
      }
      return null
    }
    case 'record': {
      const record = records.get(type.name)
      if (!record) return `the record ${type.name} is not declared`
      if (record.shape === 'tuple') {
        if (!Array.isArray(value) || value.length !== record.fields.length) return expected()
        for (const [i, field] of record.fields.entries()) {
          const why = valueMismatch(value[i], field.type, records, `${path}[${i}]`)
          if (why) return why
        }
        return null
      }
      if (!isPlainObject(value)) return expected()
      const keys = Object.keys(value)
      if (keys.length !== record.fields.length || record.fields.some((f) => !(f.name in value))) {
        return `expected ${type.name}'s keys ${record.fields.map((f) => f.name).join(', ')}${at}, got ${keys.join(', ')}`
      }
      for (const field of record.fields) {
        const why = valueMismatch(value[field.name], field.type, records, `${path}.${field.name}`)
        if (why) return why
      }
      return null
    }
  }
}

/** Short reasons for the cases whose arguments or expected value do not fit the signature. */
export function casesMismatch(
  signature: ProblemSignature,
  cases: readonly { name: string; args?: unknown[]; expected?: unknown; script?: string }[],
): string[] {
  const records = new Map(signature.records.map((r) => [r.name, r]))
  const reasons: string[] = []
  for (const c of cases) {
    if (c.script !== undefined || c.args === undefined) continue
    if (c.args.length !== signature.params.length) {
      reasons.push(
        `tests.json: case "${c.name}" has ${c.args.length} arguments, the signature ${signature.params.length}`,
      )
      continue
    }
    for (const [i, param] of signature.params.entries()) {
      const why = valueMismatch(c.args[i], param.type, records)
      if (why) reasons.push(`tests.json: case "${c.name}": argument ${param.name}: ${why}`)
    }
    const why = valueMismatch(c.expected, signature.returns, records)
    if (why) reasons.push(`tests.json: case "${c.name}": expected value: ${why}`)
  }
  return reasons
}
