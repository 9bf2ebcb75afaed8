// Runs a candidate's compiled TypeScript module against a job's cases; results go to fd 3.
//
// The job holds no expected values: the harness reports what the code returned or printed and
// the server compares, so hidden answers never enter the sandbox. One JSON line per message.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, so it can require() the compiled candidate module */
'use strict'
const fs = require('node:fs')
const { performance } = require('node:perf_hooks')

const RESULT_FD = 3
const MAX_DEPTH = 64
// What one case may report (its value or printed output, which the server compares, and its error
// text), and a whole run: past these the harness sends a marked preview of PREVIEW_BYTES, so a huge
// return value never reaches the server whole. The server shows less still (runner/report-caps.ts).
const CASE_BYTES = 1 << 20
const RUN_BYTES = 4 << 20
const ERROR_BYTES = 64 * 1024
const PREVIEW_BYTES = 16 * 1024
const SCRIPT_OUTPUT_CAP = CASE_BYTES
const SCOPE_KEY = Symbol.for('pairwise.scope')

function send(message) {
  const data = Buffer.from(JSON.stringify(message) + '\n')
  let offset = 0
  while (offset < data.length) {
    try {
      offset += fs.writeSync(RESULT_FD, data, offset)
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error
    }
  }
}

// NaN and the infinities, which JSON has no literal for, travel as {"$number": name} both ways:
// in the job's arguments and in the reported values (packages/shared/src/json-numbers.ts).
const NUMBER_NAMES = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity }

function tagNumber(value) {
  if (Number.isNaN(value)) return { $number: 'NaN' }
  return { $number: value > 0 ? 'Infinity' : '-Infinity' }
}

/** JSON.parse's reviver: a number tag in the job becomes the number it stands for. */
function decodeNumber(_key, value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const keys = Object.keys(value)
  if (keys.length !== 1 || keys[0] !== '$number') return value
  const name = value.$number
  return typeof name === 'string' && Object.hasOwn(NUMBER_NAMES, name) ? NUMBER_NAMES[name] : value
}

/** Caps each case's reported value, output and error, and what the whole run reports. */
class ReportBudget {
  left = RUN_BYTES

  room(cap = CASE_BYTES) {
    return Math.max(0, Math.min(cap, this.left))
  }

  value(actual) {
    const text = JSON.stringify(actual) ?? 'null'
    const size = Buffer.byteLength(text)
    const room = this.room()
    if (size <= room) {
      this.left -= size
      return actual
    }
    const preview = Buffer.from(text).subarray(0, PREVIEW_BYTES).toString('utf8')
    this.left -= preview.length
    return { $pairwise: 'truncated', preview, bytes: size }
  }

  text(value, total = 0, cap = CASE_BYTES) {
    const size = Math.max(total, Buffer.byteLength(value))
    const room = this.room(cap)
    if (size <= room) {
      this.left -= size
      return value
    }
    const kept = Buffer.from(value).subarray(0, PREVIEW_BYTES).toString('utf8')
    this.left -= kept.length
    return `${kept}\n… [truncated: ${size} bytes in all]`
  }

  cap(message) {
    const { outputChars, ...rest } = message
    if ('actual' in rest) rest.actual = this.value(rest.actual)
    if (typeof rest.output === 'string') rest.output = this.text(rest.output, outputChars)
    if (typeof rest.error === 'string') rest.error = this.text(rest.error, 0, ERROR_BYTES)
    return rest
  }
}

function repr(value) {
  try {
    return { $pairwise: 'repr', repr: String(value).slice(0, 1000) }
  } catch {
    return { $pairwise: 'repr', repr: Object.prototype.toString.call(value) }
  }
}

/** Turns a returned value into JSON, keeping what JSON cannot say (NaN, reprs) tagged. */
function encode(value, depth = 0) {
  if (depth > MAX_DEPTH) return { $pairwise: 'repr', repr: '<nested too deeply>' }
  if (value === undefined || value === null) return null
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value
    case 'number':
      return Number.isFinite(value) ? value : tagNumber(value)
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : repr(value)
    case 'function':
    case 'symbol':
      return repr(value)
  }
  if (Array.isArray(value)) return value.map((item) => encode(item, depth + 1))
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value, (item) => encode(item, depth + 1))
  }
  if (value instanceof Set) return [...value].map((item) => encode(item, depth + 1))
  if (value instanceof Map) {
    return Object.fromEntries(
      [...value].map(([key, item]) => [String(key), encode(item, depth + 1)]),
    )
  }
  if (value instanceof Date) return value.toISOString()
  const plain = {}
  for (const [key, item] of Object.entries(value)) plain[key] = encode(item, depth + 1)
  return plain
}

function lineIn(frame, codePath) {
  const at = frame.indexOf(codePath + ':')
  if (at < 0 || frame.includes('eval at')) return undefined
  const line = Number.parseInt(frame.slice(at + codePath.length + 1), 10)
  return Number.isInteger(line) ? line : undefined
}

/** The error as the candidate should see it: only frames of their code, and its line. */
function describe(error, codePath, displayName) {
  if (!(error instanceof Error)) {
    return { error: `Uncaught ${String(error)}`, errorType: 'Error', line: null }
  }
  const stack = String(error.stack ?? '')
  const summary = `${error.name}: ${error.message}`
  let line = null
  if (error instanceof SyntaxError && stack.startsWith(codePath + ':')) {
    // V8 puts the location of a parse error on the first line of the stack, not in a frame.
    line = Number.parseInt(stack.slice(codePath.length + 1), 10) || null
    return {
      error: `${displayName}:${line ?? '?'}\n${summary}`,
      errorType: error.name,
      line,
    }
  }
  const frames = []
  for (const frame of stack.split('\n').slice(1)) {
    const frameLine = lineIn(frame, codePath)
    if (frameLine === undefined) continue
    line ??= frameLine
    const name = /^\s*at (\S+) \(/.exec(frame)?.[1]
    frames.push(`    at ${name ? name + ' ' : ''}(${displayName}:${frameLine})`)
  }
  const memory =
    error instanceof RangeError && /allocation failed|out of memory/i.test(error.message)
  return {
    error: [summary, ...frames].join('\n'),
    errorType: memory ? 'MemoryError' : error.name,
    line,
  }
}

/** Awaits a returned promise; one that can never settle (nothing left to run) is an error, not a hang. */
function settle(value) {
  if (value === null || typeof value !== 'object' || typeof value.then !== 'function') {
    return Promise.resolve(value)
  }
  return new Promise((resolve, reject) => {
    // A macrotask, not a bare reject: Node only emits beforeExit again after real work.
    const onIdle = () => setImmediate(() => reject(new Error('the returned promise never settled')))
    process.once('beforeExit', onIdle)
    Promise.resolve(value)
      .then(resolve, reject)
      .finally(() => process.off('beforeExit', onIdle))
  })
}

async function runFunctionCase(scope, functionName, testCase) {
  const fn = scope(`typeof ${functionName} === 'function' ? ${functionName} : undefined`)
  if (typeof fn !== 'function') {
    throw new ReferenceError(`the code defines no function '${functionName}'`)
  }
  return { actual: encode(await settle(fn(...testCase.args))) }
}

async function runScriptCase(scope, testCase) {
  const parts = []
  let size = 0
  const write = process.stdout.write
  process.stdout.write = (chunk, encoding, callback) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    if (size < SCRIPT_OUTPUT_CAP) parts.push(text.slice(0, SCRIPT_OUTPUT_CAP - size))
    size += text.length
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') done()
    return true
  }
  try {
    await settle(scope(testCase.script))
  } finally {
    process.stdout.write = write
  }
  return { output: parts.join(''), outputChars: size }
}

async function main() {
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'), decodeNumber)
  const { codePath, displayName, functionName } = job
  const budget = new ReportBudget()
  if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) {
    throw new Error(`not an identifier: ${functionName}`)
  }
  let scope
  try {
    require(codePath)
    scope = globalThis[SCOPE_KEY]
    if (typeof scope !== 'function') throw new Error('the compiled module has no scope hook')
  } catch (error) {
    send(budget.cap({ type: 'load', ok: false, ...describe(error, codePath, displayName) }))
    send({ type: 'done' })
    return
  }
  send({ type: 'load', ok: true })
  for (const testCase of job.cases) {
    const started = performance.now()
    let message
    try {
      const outcome =
        testCase.kind === 'function'
          ? await runFunctionCase(scope, functionName, testCase)
          : await runScriptCase(scope, testCase)
      message = { ok: true, ...outcome }
    } catch (error) {
      message = { ok: false, ...describe(error, codePath, displayName) }
    }
    const ms = Math.round((performance.now() - started) * 1000) / 1000
    send(budget.cap({ ...message, type: 'case', index: testCase.index, ms }))
  }
  send({ type: 'done' })
}

process.on('uncaughtException', (error) => {
  // A stray timer of the candidate's may throw between cases; the case that is running still ends.
  process.stderr.write(`Uncaught ${error?.stack ?? error}\n`)
})
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`Unhandled rejection: ${reason?.stack ?? reason}\n`)
})

main().then(
  // Timers or handles the candidate left behind must not hold the run open.
  () => process.exit(0),
  (error) => {
    process.stderr.write(`harness failure: ${error?.stack ?? error}\n`)
    process.exit(70)
  },
)
