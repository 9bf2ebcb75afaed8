// Replays the hidden-input exploits: code that reads its job file, walks the sandbox and leaks what
// it finds through return values, errors, prints and state left behind, in Python and TypeScript.
// Every response body and transcript event is searched, byte for byte, for any hidden input.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testConfig } from '../src/config.ts'
import { createLogger } from '../src/logger.ts'
import { createRunnerService } from '../src/services.ts'
import { DIALECTS } from './helpers/dialects.ts'
import { hasSandbox, warnIfNoSandbox } from './helpers/sandbox.ts'
import {
  createTestApp,
  jsonRequest,
  signUp,
  startSession,
  type TestApp,
} from './helpers/test-app.ts'

warnIfNoSandbox('the hidden-input leak tests are skipped')

const PROBLEMS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/hidden-inputs')

/** The hidden inputs of fixtures/hidden-inputs/digit-sum, and pieces of them a leak would keep. */
const HIDDEN_ARGS = ['HIDDENzebra7741qv', 'HIDDENquokka0093xr', 'HIDDENnarwhal8675309']
const HIDDEN_NEEDLES = [
  ...HIDDEN_ARGS,
  ...HIDDEN_ARGS.map((arg) => JSON.stringify([arg])),
  'zebra7741',
  'quokka0093',
  'narwhal8675309',
  '8675309',
  // Hidden cases' expected values are not inputs, but they must not leave either.
  '"expected":19',
  '"expected":12',
  '"expected":38',
]
const VISIBLE_NEEDLE = 'VISIBLEotter5150'

/**
 * Gathers everything the code can find (its job file, every file under /job, /tmp, /dev/shm and
 * /harness, each process's command line and environment, its own argument) and leaks it every way
 * it can: as the return value, in an exception, on stdout and stderr, in files left for a later
 * run, and through the exit code.
 */
const PYTHON_ATTACK = String.raw`import json, os, sys

def gather(arg):
    found = {'arg': arg}
    for root in ['/job', '/tmp', '/dev/shm', '/harness']:
        for folder, _, files in os.walk(root):
            for name in files:
                full = os.path.join(folder, name)
                try:
                    with open(full, 'rb') as handle:
                        found[full] = handle.read(200000).decode('latin-1')
                except OSError as error:
                    found[full] = repr(error)
    for pid in os.listdir('/proc'):
        if pid.isdigit():
            for part in ('cmdline', 'environ'):
                try:
                    with open(f'/proc/{pid}/{part}', 'rb') as handle:
                        found[f'/proc/{pid}/{part}'] = handle.read().decode('latin-1')
                except OSError:
                    pass
    return json.dumps(found)

def digit_sum(line):
    found = gather(line)
    print(found)
    print(found, file=sys.stderr)
    for place in ('/tmp/leak.txt', '/dev/shm/leak.txt'):
        try:
            with open(place, 'a') as handle:
                handle.write(found)
        except OSError:
            pass
    if 'heron' in line or 'quokka' in line:
        raise ValueError(found)
    if 'narwhal' in line:
        os._exit(3 + len(line) % 50)
    return found
`

const TYPESCRIPT_ATTACK = String.raw`import * as fs from 'node:fs'
import * as path from 'node:path'

function walk(root: string, found: Record<string, string>): void {
  let names: string[] = []
  try {
    names = fs.readdirSync(root)
  } catch {
    return
  }
  for (const name of names) {
    const full = path.join(root, name)
    try {
      if (fs.statSync(full).isDirectory()) walk(full, found)
      else found[full] = fs.readFileSync(full, 'latin1').slice(0, 200000)
    } catch (error) {
      found[full] = String(error)
    }
  }
}

function gather(arg: string): string {
  const found: Record<string, string> = { arg }
  for (const root of ['/job', '/tmp', '/dev/shm', '/harness']) walk(root, found)
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    for (const part of ['cmdline', 'environ']) {
      try {
        found['/proc/' + pid + '/' + part] = fs.readFileSync('/proc/' + pid + '/' + part, 'latin1')
      } catch {}
    }
  }
  return JSON.stringify(found)
}

export function digitSum(line: string): string {
  const found = gather(line)
  console.log(found)
  console.error(found)
  for (const place of ['/tmp/leak.txt', '/dev/shm/leak.txt']) {
    try {
      fs.appendFileSync(place, found)
    } catch {}
  }
  if (line.includes('heron') || line.includes('quokka')) throw new Error(found)
  if (line.includes('narwhal')) process.exit(3 + (line.length % 50))
  return found
}
`

const HONEST = {
  python: 'def digit_sum(line):\n    return sum(int(ch) for ch in line if ch.isdigit())\n',
  typescript:
    'export function digitSum(line: string): number {\n  let sum = 0\n  for (const ch of line) if (ch >= "0" && ch <= "9") sum += Number(ch)\n  return sum\n}\n',
}

/** How many times each needle occurs in the text, counted over the UTF-8 bytes. */
function occurrences(text: string, needles: string[]): Record<string, number> {
  const bytes = Buffer.from(text)
  const counts: Record<string, number> = {}
  for (const needle of needles) {
    const pattern = Buffer.from(needle)
    let count = 0
    for (let at = bytes.indexOf(pattern); at >= 0; at = bytes.indexOf(pattern, at + 1)) count++
    counts[needle] = count
  }
  return counts
}

describe.skipIf(!hasSandbox).each(DIALECTS)('hidden inputs stay hidden on $name', (dialect) => {
  let t: TestApp
  let cookie = ''
  beforeAll(async () => {
    const services = await createRunnerService(
      testConfig({ runner: 'sandbox' }),
      createLogger('silent'),
    )
    t = await createTestApp(dialect, { problemsDir: PROBLEMS, services })
    cookie = (await signUp(t, 'mallory@example.com', 'Mallory')).cookie
  })
  afterAll(async () => t.close())

  /** Every byte the candidate got back in one session: responses and transcript events. */
  async function attack(language: 'python' | 'typescript', code: string) {
    const session = await startSession(t, cookie, 'digit-sum', language)
    const bodies: string[] = []
    const send = async (url: string, method: string, body?: unknown) => {
      const res = await t.app.request(url, jsonRequest(method, body, cookie))
      const text = await res.text()
      bodies.push(text)
      return { status: res.status, text }
    }
    const base = `/api/sessions/${session.id}`
    const ran = await send(`${base}/runs`, 'POST', { mode: 'run', code, rev: 2 })
    expect(ran.status).toBe(200)
    const submitted = await send(`${base}/runs`, 'POST', { mode: 'submit' })
    expect(submitted.status).toBe(200)
    // A second run reads whatever the hidden process could have left in /tmp or /dev/shm.
    await send(`${base}/runs`, 'POST', { mode: 'run' })
    await send(`${base}/runs`, 'POST', { mode: 'submit' })
    await send(`${base}/explanation`, 'PUT', { text: 'I add up the digits in one pass.' })
    const scored = await send(`${base}/score`, 'POST')
    expect(scored.status).toBe(200)
    await send(`${base}/score`, 'GET')
    const transcript = await send(`${base}/transcript`, 'GET')
    const events = (JSON.parse(transcript.text) as { events: unknown[] }).events
    return {
      bodies,
      events: events.map((event) => JSON.stringify(event)),
      submit: JSON.parse(submitted.text) as {
        run: { status: string; tests: Record<string, unknown>[]; stdout: string; error?: string }
      },
    }
  }

  it.each([
    ['python', PYTHON_ATTACK],
    ['typescript', TYPESCRIPT_ATTACK],
  ] as const)(
    'a %s submission that hunts for hidden inputs gets none of their bytes back',
    async (language, code) => {
      const { bodies, events, submit } = await attack(language, code)
      const everything = [...bodies, ...events].join('\n')
      const leaked = occurrences(everything, HIDDEN_NEEDLES)
      expect(leaked).toEqual(Object.fromEntries(HIDDEN_NEEDLES.map((needle) => [needle, 0])))
      // The search finds what the code could see: the visible input came back, many times over.
      expect(occurrences(everything, [VISIBLE_NEEDLE])[VISIBLE_NEEDLE]).toBeGreaterThan(3)
      // Printed output is back on submissions, as it comes from the visible cases' process only.
      expect(submit.run.stdout).toContain(VISIBLE_NEEDLE)
      const hidden = submit.run.tests.filter((test) => test.hidden)
      expect(hidden.map((test) => Object.keys(test).sort())).toEqual(
        Array(3).fill(['hidden', 'name', 'passed']),
      )
      expect(hidden.every((test) => test.passed === false)).toBe(true)
      // The event recorded for the submit names no hidden case and carries only fixed texts.
      const submitEvent = events.find((event) => event.includes('"type":"submit"')) ?? ''
      expect(submitEvent).not.toContain('hidden one')
    },
    // The first score loads the scorer's word vectors, which takes a while on a loaded machine.
    120_000,
  )

  it.each(['python', 'typescript'] as const)(
    'hidden cases still run (%s): an honest solution passes them, one verdict each',
    async (language) => {
      const session = await startSession(t, cookie, 'digit-sum', language)
      const res = await t.app.request(
        `/api/sessions/${session.id}/runs`,
        jsonRequest('POST', { mode: 'submit', code: HONEST[language], rev: 2 }, cookie),
      )
      const { run } = (await res.json()) as {
        run: { status: string; tests: { name: string; passed: boolean; hidden?: boolean }[] }
      }
      expect(run.status).toBe('passed')
      expect(run.tests.map((test) => [test.name, test.passed, test.hidden ?? false])).toEqual([
        ['visible digits', true, false],
        ['visible raise', true, false],
        ['hidden one', true, true],
        ['hidden two', true, true],
        ['hidden three', true, true],
      ])
    },
  )
})
