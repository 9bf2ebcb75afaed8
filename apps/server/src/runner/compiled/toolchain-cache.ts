// What makes a compile and a run start faster, built once per toolchain (not per problem) and
// kept beside the harness cache: for Java, class-data-sharing archives of javac's classes and of
// the JDK and Jackson classes the harness loads (each JVM then maps them instead of loading and
// verifying ~1,500 classes); for C++, a precompiled header of the standard library.
import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { ProblemSignature } from '@pairwise/shared'
import {
  CPP_FLAGS,
  JAVA_CLASSES_DIR,
  JAVA_MAIN_CLASS,
  JAVAC_ARCHIVE,
  jvmFlags,
  RUN_ARCHIVE,
  STD_HEADER,
} from './commands.ts'
import {
  buildOnce,
  niced,
  ownedRoot,
  signatureHarness,
  type BuildOptions,
} from './harness-cache.ts'
import { checkToolchain, realTool, type CompiledLanguage, type Toolchains } from './toolchains.ts'

const run = promisify(execFile)

/**
 * The standard headers solutions use, precompiled once: a solution's compile then parses only its
 * own code. They are all visible to the code, whether it includes them or not.
 */
const STD_HEADERS = [
  'algorithm',
  'array',
  'cassert',
  'climits',
  'cmath',
  'cstdint',
  'cstdlib',
  'cstring',
  'deque',
  'functional',
  'iostream',
  'limits',
  'list',
  'map',
  'numeric',
  'optional',
  'queue',
  'random',
  'set',
  'sstream',
  'stack',
  'stdexcept',
  'string',
  'tuple',
  'unordered_map',
  'unordered_set',
  'utility',
  'vector',
]

/** A signature that exercises the decoders and encoders most problems use. */
const WARM_UP_SIGNATURE: ProblemSignature = {
  params: [
    { name: 'xs', type: { kind: 'list', of: { kind: 'int' } } },
    { name: 'ys', type: { kind: 'list', of: { kind: 'list', of: { kind: 'float' } } } },
    { name: 'by', type: { kind: 'dict', of: { kind: 'long' } } },
    { name: 'name', type: { kind: 'optional', of: { kind: 'str' } } },
    { name: 'pair', type: { kind: 'record', name: 'Pair' } },
  ],
  returns: { kind: 'list', of: { kind: 'record', name: 'Pair' } },
  records: [
    {
      name: 'Pair',
      shape: 'tuple',
      fields: [
        { name: 'key', type: { kind: 'str' } },
        { name: 'value', type: { kind: 'float' } },
      ],
    },
  ],
}

const WARM_UP_SOLUTION = `import java.util.*;

class Solution {
    public Pair[] warmUp(int[] xs, double[][] ys, Map<String, Long> by, String name, Pair pair) {
        List<Pair> out = new ArrayList<>();
        out.add(pair);
        out.add(new Pair(name == null ? "none" : name, xs.length + ys.length + by.size()));
        return out.toArray(new Pair[0]);
    }
}
`

const WARM_UP_JOB = {
  codePath: 'Solution.java',
  displayName: 'Solution.java',
  functionName: 'warmUp',
  arity: 5,
  cases: [
    {
      kind: 'function',
      index: 0,
      args: [[1, 2], [[0.5, { $number: 'NaN' }]], { a: 3 }, null, ['k', 1.5]],
    },
    { kind: 'function', index: 1, args: [[], [], {}, 'x', ['k', 2]] },
  ],
}

/** Runs a JVM with fd 3 open on /dev/null, as the harness expects a result channel there. */
function runWithResultFd(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe', 'ignore'] })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr}`)),
    )
  })
}

async function buildJava(
  tools: Toolchains,
  workDir: string,
  into: string,
  options: BuildOptions,
): Promise<void> {
  const harness = await signatureHarness('java', WARM_UP_SIGNATURE, tools, workDir, options)
  const scratch = await fs.mkdtemp(path.join(into, 'scratch-'))
  try {
    const source = path.join(scratch, 'Solution.java')
    await fs.writeFile(source, WARM_UP_SOLUTION)
    const javacList = path.join(scratch, 'javac.classlist')
    await run(
      ...niced(
        realTool(tools.javac),
        [
          `-J-XX:DumpLoadedClassList=${javacList}`,
          '-J-XX:+UseSerialGC',
          '-nowarn',
          '-proc:none',
          '-d',
          scratch,
          '-cp',
          path.join(harness, JAVA_CLASSES_DIR),
          source,
        ],
        options,
      ),
      { timeout: 120_000 },
    )
    const job = path.join(scratch, 'job.json')
    await fs.writeFile(job, JSON.stringify(WARM_UP_JOB))
    const runList = path.join(scratch, 'run.classlist')
    const classpath = [...tools.jacksonJars, path.join(harness, JAVA_CLASSES_DIR), scratch]
    await runWithResultFd(realTool(tools.java), [
      `-XX:DumpLoadedClassList=${runList}`,
      ...jvmFlags(256),
      '--add-opens',
      'java.base/java.io=ALL-UNNAMED',
      '-cp',
      classpath.join(':'),
      JAVA_MAIN_CLASS,
      job,
    ])
    // A static archive holds only classes from the runtime image and from jars: javac's, and the
    // JDK's and Jackson's for the runs (whose class path starts with exactly these jars).
    for (const [list, archive, cp] of [
      [javacList, JAVAC_ARCHIVE, []],
      [runList, RUN_ARCHIVE, ['-cp', tools.jacksonJars.join(':')]],
    ] as const) {
      await run(
        ...niced(
          realTool(tools.java),
          [
            '-Xshare:dump',
            '-XX:+UseSerialGC',
            `-XX:SharedClassListFile=${list}`,
            `-XX:SharedArchiveFile=${path.join(into, archive)}`,
            ...cp,
          ],
          options,
        ),
        { timeout: 180_000 },
      )
    }
  } finally {
    await fs.rm(scratch, { recursive: true, force: true })
  }
}

async function buildCpp(tools: Toolchains, into: string, options: BuildOptions): Promise<void> {
  const header = path.join(into, STD_HEADER)
  const text = [
    '// The standard headers solutions use, precompiled once for every compile.',
    '#pragma once',
    ...STD_HEADERS.map((name) => `#include <${name}>`),
    '',
  ].join('\n')
  await fs.writeFile(header, text)
  await run(
    ...niced(
      realTool(tools.gxx),
      [...CPP_FLAGS, '-x', 'c++-header', header, '-o', `${header}.gch`],
      options,
    ),
    { timeout: 300_000 },
  )
}

/** The key: the toolchain's version and its files' sizes and times, and what goes in. */
function keyOf(language: CompiledLanguage, tools: Toolchains, version: string): string {
  const hash = createHash('sha256').update(language).update(version)
  const files = language === 'java' ? [tools.javac, tools.java, ...tools.jacksonJars] : [tools.gxx]
  for (const file of files) {
    const stat = statSync(realTool(file), { throwIfNoEntry: false })
    hash.update(`\0${file}\0${stat?.size ?? 0}\0${stat?.mtimeMs ?? 0}`)
  }
  hash.update(JSON.stringify([STD_HEADERS, CPP_FLAGS, jvmFlags(256), WARM_UP_SOLUTION]))
  return hash.digest('hex').slice(0, 24)
}

const built = new Map<string, Promise<string | null>>()

/**
 * The folder of the toolchain's speed-ups, built on first use; null when they could not be built
 * (compiles and runs then go without, only slower).
 */
export function toolchainExtras(
  language: CompiledLanguage,
  tools: Toolchains,
  workDir: string,
  options: BuildOptions = {},
): Promise<string | null> {
  const key = `${workDir}\0${language}\0${JSON.stringify(tools)}`
  let dir = built.get(key)
  if (!dir) {
    dir = locate(language, tools, workDir, options).catch(() => null)
    built.set(key, dir)
  }
  return dir
}

async function locate(
  language: CompiledLanguage,
  tools: Toolchains,
  workDir: string,
  options: BuildOptions,
): Promise<string> {
  const { version, missing } = await checkToolchain(language, tools)
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}`)
  const root = await ownedRoot(workDir)
  const dir = path.join(root, `toolchain-${language}-${keyOf(language, tools, version)}`)
  return buildOnce(root, dir, async (fresh) => {
    if (language === 'java') await buildJava(tools, workDir, fresh, options)
    else await buildCpp(tools, fresh, options)
    for (const name of await fs.readdir(fresh)) await fs.chmod(path.join(fresh, name), 0o644)
  })
}
