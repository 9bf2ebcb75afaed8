// Set import reads zips within limits checked while inflating: a zip bomb, a header that lies
// about its size, too many files and a damaged zip each get a clear error, and a real set passes.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../src/http/errors.ts'
import { readSetZipInPool, setToZipInPool } from '../src/problem-sets/export.ts'
import { SET_ZIP_LIMITS } from '../src/problem-sets/read-zip.ts'
import { closeWorkerPool } from '../src/workers/pool.ts'

interface Entry {
  name: string
  /** Deflated bytes, their CRC and true size; `claimedSize` is what the headers say. */
  deflated: Buffer
  crc: number
  size: number
  claimedSize?: number
}

const entryOf = (name: string, data: Buffer | string): Entry => {
  const bytes = Buffer.from(data)
  return { name, deflated: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length }
}

const MB = 1024 * 1024

/** `bytes` zeros, deflated piece by piece so the test never holds them whole. */
async function zerosEntry(name: string, bytes: number, claimedSize?: number): Promise<Entry> {
  const piece = Buffer.alloc(Math.min(bytes, MB))
  const stream = zlib.createDeflateRaw({ level: 9 })
  const parts: Buffer[] = []
  stream.on('data', (chunk: Buffer) => parts.push(chunk))
  const done = new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject))
  let crc = 0
  for (let left = bytes; left > 0; left -= piece.length) {
    const part = left < piece.length ? piece.subarray(0, left) : piece
    crc = zlib.crc32(part, crc)
    if (!stream.write(part)) await new Promise((resolve) => stream.once('drain', resolve))
  }
  stream.end()
  await done
  return {
    name,
    deflated: Buffer.concat(parts),
    crc,
    size: bytes,
    ...(claimedSize === undefined ? {} : { claimedSize }),
  }
}

/** A zip built byte by byte (local headers, central directory, end record), headers as given. */
function buildZip(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name)
    const size = e.claimedSize ?? e.size
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(e.crc >>> 0, 14)
    local.writeUInt32LE(e.deflated.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, e.deflated)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(e.crc >>> 0, 16)
    central.writeUInt32LE(e.deflated.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += 30 + name.length + e.deflated.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

const MANIFEST = JSON.stringify({ title: 'Crafted', assistant: null, weights: null, problems: [] })

async function refusal(zip: Uint8Array): Promise<AppError> {
  const err = await readSetZipInPool(zip).then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

afterAll(() => closeWorkerPool())

describe('set zips are read within limits', () => {
  it('refuses a zip bomb (300 KB that inflates to 300 MB) whose header admits its size', async () => {
    const zip = buildZip([
      entryOf('set.json', MANIFEST),
      await zerosEntry('bomb-one/problem.md', 300 * MB),
    ])
    expect(zip.length).toBeLessThan(400 * 1024)
    const err = await refusal(zip)
    expect([err.status, err.code]).toEqual([413, 'zip_too_large'])
    expect(err.message).toBe('bomb-one/problem.md is larger than 1 MB.')
  }, 120_000)

  it('stops the same bomb while inflating when its headers claim 100 bytes', async () => {
    const zip = buildZip([
      entryOf('set.json', MANIFEST),
      await zerosEntry('bomb-one/problem.md', 300 * MB, 100),
    ])
    const err = await refusal(zip)
    expect([err.status, err.code]).toEqual([413, 'zip_too_large'])
    expect(err.message).toBe('bomb-one/problem.md inflates to more than 1 MB.')
  }, 120_000)

  it('stops a bomb spread over many files under the per-file limit by its ratio', async () => {
    // 19 files of 1,000,000 zeros: each under 1 MB, all under 20 MB, but ~1000x the zip's size.
    const files = await Promise.all(
      Array.from({ length: 19 }, (_, i) => zerosEntry(`p${i}/problem.md`, 1_000_000, 100)),
    )
    const err = await refusal(buildZip([entryOf('set.json', MANIFEST), ...files]))
    expect(err.code).toBe('zip_too_large')
    expect(err.message).toMatch(/^The zip inflates more than 100×/)
  }, 120_000)

  it('refuses a zip of too many files, and one too large to read at all', async () => {
    const many = Array.from({ length: SET_ZIP_LIMITS.files + 1 }, (_, i) =>
      entryOf(`p${i}/problem.md`, 'x'),
    )
    const err = await refusal(buildZip([entryOf('set.json', MANIFEST), ...many]))
    expect(err.message).toContain(`more than ${SET_ZIP_LIMITS.files} files`)
    const huge = await refusal(new Uint8Array(SET_ZIP_LIMITS.zipBytes + 1))
    expect(huge.status).toBe(413)
  }, 120_000)

  it('answers 400 for a damaged zip or one without a set', async () => {
    const good = buildZip([entryOf('set.json', MANIFEST)])
    const damaged = good.slice()
    damaged.fill(7, 30 + 'set.json'.length, 34 + 'set.json'.length)
    const a = await refusal(damaged)
    expect(a.status).toBe(400)
    const b = await refusal(buildZip([entryOf('other.txt', 'hello')]))
    expect([b.status, b.code]).toEqual([400, 'bad_set_zip'])
  }, 120_000)

  it('reads a real exported set whole', async () => {
    const exported = {
      manifest: { title: 'Real', assistant: null, weights: null, problems: ['two-sum-ish'] },
      problems: { 'two-sum-ish': { 'problem.md': '# Title\n'.repeat(1000), 'tests.json': '[]' } },
    }
    const back = await readSetZipInPool(await setToZipInPool(exported))
    expect(back).toEqual(exported)
  })
})

describe('pairwise sets import', () => {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const root = path.resolve(here, '../../..')
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pairwise-zip-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('refuses a zip bomb with a one-line error and imports nothing', async () => {
    const bomb = path.join(dir, 'bomb.zip')
    fs.writeFileSync(
      bomb,
      buildZip([
        entryOf('set.json', MANIFEST),
        await zerosEntry('bomb-one/problem.md', 300 * MB, 100),
      ]),
    )
    const env = {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, 'cli.db')}`,
      PAIRWISE_RUNNER: 'local',
      PAIRWISE_LOG_LEVEL: 'silent',
    }
    const cli = (...args: string[]) =>
      promisify(execFile)(
        path.join(root, 'node_modules/.bin/tsx'),
        [path.join(root, 'apps/server/src/cli.ts'), ...args],
        { cwd: root, env },
      ).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      )
    const owner = ['--email', 'ines@example.com', '--password', 'long enough pw']
    expect((await cli('users', 'create', ...owner, '--role', 'instructor')).code).toBe(0)
    const result = await cli('sets', 'import', bomb, '--owner', 'ines@example.com')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^pairwise: bomb-one\/problem.md inflates to more than 1 MB. \(zip_too_large\)\n$/,
    )
  }, 120_000)
})
