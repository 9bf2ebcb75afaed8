// The Python ML stack inside the sandbox: each library imports and computes under the limits of a
// problem that requires it, graded like a submission (a visible and a hidden process), and the
// memory caps still hold for PyTorch, whose import maps ~800 MB of address space. Runs of problems
// that require slow libraries take processes started ahead with them imported (warm-pool.ts):
// those still serve one run each, with nothing of one run reaching the next.
import { spawnSync } from 'node:child_process'
import type { PythonPackage, TestCase } from '@pairwise/shared'
import { describe, expect, it } from 'vitest'
import { limitsForProblem } from '../../src/problems/limits.ts'
import { cgroupsAvailable } from '../../src/runner/cgroup.ts'
import { createSandboxRunner, resolveRunnerOptions } from '../../src/runner/index.ts'
import { hasBwrap, hasPython, PYTHON, warnIfMissing } from './helpers/environment.ts'

warnIfMissing('python libraries', { bwrap: true, python: true })

/** Whether the host's Python imports the package at all; the sandbox test needs it to. */
function importable(name: PythonPackage): boolean {
  if (!hasPython) return false
  return spawnSync(PYTHON, ['-c', `import ${name}`], { stdio: 'ignore' }).status === 0
}

const sandbox = hasBwrap && hasPython ? createSandboxRunner(resolveRunnerOptions()) : undefined

function limitsFor(requires: PythonPackage[]) {
  return limitsForProblem({ timeLimitMs: 2_000, memoryMb: undefined, requires }, 'python')
}

const visible = (args: unknown[], expected: unknown): TestCase => ({
  name: 'visible',
  args,
  expected,
  visible: true,
  tolerance: 1e-9,
})
const hidden = (args: unknown[], expected: unknown): TestCase => ({
  ...visible(args, expected),
  name: 'hidden',
  visible: false,
})

interface LibraryCheck {
  name: PythonPackage
  code: string
  cases: TestCase[]
}

/** One tiny deterministic computation per library, on arguments that the cases vary. */
const CHECKS: LibraryCheck[] = [
  {
    name: 'numpy',
    code: [
      'import numpy as np',
      '',
      'def solve(a, b):',
      '    return np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float))',
    ].join('\n'),
    cases: [
      visible(
        [
          [
            [2, 1],
            [1, 3],
          ],
          [3, 5],
        ],
        [0.8, 1.4],
      ),
      hidden(
        [
          [
            [4, 0],
            [0, 2],
          ],
          [8, 2],
        ],
        [2, 1],
      ),
    ],
  },
  {
    name: 'scipy',
    code: [
      'from scipy import optimize, stats',
      '',
      'def solve(center, z):',
      '    found = optimize.minimize_scalar(lambda x: (x - center) ** 2)',
      '    return [round(float(found.x), 6), float(stats.norm.cdf(z))]',
    ].join('\n'),
    cases: [visible([2, 0], [2, 0.5]), hidden([-3, 0], [-3, 0.5])],
  },
  {
    name: 'pandas',
    code: [
      'import pandas as pd',
      '',
      'def solve(keys, values):',
      "    frame = pd.DataFrame({'key': keys, 'value': values})",
      "    return frame.groupby('key')['value'].mean().to_dict()",
    ].join('\n'),
    cases: [
      visible(
        [
          ['a', 'b', 'a'],
          [1, 2, 3],
        ],
        { a: 2, b: 2 },
      ),
      hidden(
        [
          ['x', 'x', 'y', 'y'],
          [1, 5, 2, 2],
        ],
        { x: 3, y: 2 },
      ),
    ],
  },
  {
    name: 'sklearn',
    code: [
      'from sklearn.linear_model import LinearRegression',
      '',
      'def solve(xs, ys):',
      '    model = LinearRegression().fit([[x] for x in xs], ys)',
      '    return [round(float(model.coef_[0]), 9), round(float(model.intercept_), 9)]',
    ].join('\n'),
    cases: [
      visible(
        [
          [0, 1, 2, 3],
          [1, 3, 5, 7],
        ],
        [2, 1],
      ),
      hidden(
        [
          [1, 2, 4],
          [-1, -4, -10],
        ],
        [-3, 2],
      ),
    ],
  },
  {
    name: 'torch',
    code: [
      'import torch',
      'import torch.nn.functional as F',
      '',
      'def solve(values):',
      '    x = torch.tensor(values, dtype=torch.float64, requires_grad=True)',
      '    (x ** 2).sum().backward()',
      '    return {"grad": x.grad.tolist(), "softmax": F.softmax(x.detach() * 0, dim=0).tolist()}',
    ].join('\n'),
    cases: [
      visible([[1, 2, 3]], { grad: [2, 4, 6], softmax: [1 / 3, 1 / 3, 1 / 3] }),
      hidden([[-0.5, 4]], { grad: [-1, 8], softmax: [0.5, 0.5] }),
    ],
  },
]

describe.skipIf(!sandbox)('the Python ML stack in the sandbox', () => {
  for (const check of CHECKS) {
    const available = importable(check.name)
    if (!available) {
      console.warn(
        `[python libraries] ${check.name} is not importable by ${PYTHON}: its sandbox check is skipped`,
      )
    }
    it.skipIf(!available)(
      `imports ${check.name} and computes with it, in the visible and the hidden process`,
      async () => {
        const result = await sandbox!.run({
          language: 'python',
          code: check.code,
          functionName: 'solve',
          cases: check.cases,
          limits: limitsFor([check.name]),
          requires: [check.name],
        })
        expect(result.error, result.tests[0]?.error).toBeUndefined()
        expect(result.tests.map((test) => [test.name, test.passed])).toEqual([
          ['visible', true],
          ['hidden', true],
        ])
        expect(result.status).toBe('passed')
      },
    )
  }

  const hasTorch = importable('torch')

  it.skipIf(!hasTorch)(
    'says a problem that does not require PyTorch ran out of memory importing it',
    async () => {
      const result = await sandbox!.run({
        language: 'python',
        code: 'import torch\n\ndef solve(values):\n    return values\n',
        functionName: 'solve',
        cases: [visible([1], [1])],
        limits: limitsFor([]),
      })
      expect(result.status).toBe('memory')
      expect(result.tests[0]?.error).toMatch(/import torch/)
      expect(result.tests[0]?.error).toMatch(/does not list it among the libraries it needs/)
    },
  )

  it.skipIf(!hasTorch)(
    'refuses a tensor larger than the address space, as a memory verdict',
    async () => {
      const result = await sandbox!.run({
        language: 'python',
        code: 'import torch\n\ndef solve(n):\n    return float(torch.ones(n).sum())\n',
        functionName: 'solve',
        // 8 GB of float32: past memoryMb plus PyTorch's headroom, however the host caps memory.
        cases: [visible([2_000_000_000], 0)],
        limits: limitsFor(['torch']),
        requires: ['torch'],
      })
      expect(result.status).toBe('memory')
      expect(result.error).toMatch(/Memory limit exceeded \(512 MB/)
    },
  )

  it.skipIf(!hasTorch || !cgroupsAvailable())(
    "holds PyTorch to memoryMb in use, though its address space is larger (the run's cgroup)",
    async () => {
      const result = await sandbox!.run({
        language: 'python',
        code: 'import torch\n\ndef solve(n):\n    return float(torch.ones(n).sum())\n',
        functionName: 'solve',
        // 700 MB of float32 written: inside RLIMIT_AS (512 + 1024 MB), past the 512 MB in use.
        cases: [visible([175_000_000], 175_000_000)],
        limits: limitsFor(['torch']),
        requires: ['torch'],
      })
      expect(result.status).toBe('memory')
      expect(result.tests[0]?.passed).toBe(false)
    },
  )

  it.skipIf(!hasTorch)(
    'starts a run that requires PyTorch with it imported, and gives each run a fresh sandbox',
    async () => {
      // Each case leaves its argument behind wherever it could, and says what it found.
      const code = [
        'import builtins, os, sys',
        '',
        'def solve(secret):',
        '    found = {',
        "        'warm': 'torch' in sys.modules,",
        "        'tmp': sorted(os.listdir('/tmp')),",
        "        'shm': sorted(os.listdir('/dev/shm')),",
        "        'left': getattr(builtins, 'left_behind', None),",
        '    }',
        "    for folder in ('/tmp', '/dev/shm'):",
        "        with open(os.path.join(folder, f'left-{secret}'), 'w') as handle:",
        '            handle.write(secret)',
        '    builtins.left_behind = secret',
        '    return found',
        '',
      ].join('\n')
      const clean = { warm: true, tmp: [], shm: [], left: null }
      const run = (secret: string) =>
        sandbox!.run({
          language: 'python',
          code,
          functionName: 'solve',
          cases: [
            { ...visible([`visible-${secret}`], clean), tolerance: 0 },
            { ...hidden([`hidden-${secret}`], clean), tolerance: 0 },
          ],
          limits: limitsFor(['torch']),
          requires: ['torch'],
          revealHidden: true,
        })
      for (const secret of ['first', 'second', 'third']) {
        const result = await run(secret)
        expect(
          result.tests.map((test) => [test.name, test.passed, test.actual]),
          secret,
        ).toEqual([
          ['visible', true, clean],
          ['hidden', true, clean],
        ])
      }
    },
  )

  it.skipIf(!hasTorch)('stops a warm run at its time limit, counted from its job', async () => {
    const result = await sandbox!.run({
      language: 'python',
      code: 'def solve(x):\n    while True:\n        x += 1\n',
      functionName: 'solve',
      cases: [visible([1], 1)],
      limits: { ...limitsFor(['torch']), cpuSeconds: 1, wallMs: 3_000 },
      requires: ['torch'],
    })
    expect(result.status).toBe('timeout')
  })
})
