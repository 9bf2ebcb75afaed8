// Hostile Java and C++ in the sandbox: what sandbox-isolation.test.ts holds Python to, and the
// attacks of their own (Java's threads, C++'s system() and a fork made by inline assembly).
import type { ProblemSignature, RunResult } from '@pairwise/shared'
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createLocalRunner,
  createSandboxRunner,
  resolveRunnerOptions,
  type RunLimits,
  type Runner,
} from '../../src/runner/index.ts'
import {
  hasBwrap,
  hasCpp,
  hasJava,
  warnIfMissing,
  warnIfNoToolchain,
} from './helpers/environment.ts'
import { functionCase } from './helpers/fixtures.ts'

warnIfMissing('compiled isolation', { bwrap: true })
warnIfNoToolchain('compiled isolation')

const REPO_PACKAGE_JSON = fileURLToPath(new URL('../../../../package.json', import.meta.url))
const sandbox = createSandboxRunner(resolveRunnerOptions())
const local = createLocalRunner(resolveRunnerOptions())

/** Every probe is `probe(arg: str) -> str`. */
const SIGNATURE: ProblemSignature = {
  params: [{ name: 'arg', type: { kind: 'str' } }],
  returns: { kind: 'str' },
  records: [],
}

function probe(
  language: 'java' | 'cpp',
  code: string,
  arg: string,
  limits?: Partial<RunLimits>,
  runner: Runner = sandbox,
) {
  return runner.run({
    language,
    code,
    functionName: 'probe',
    signature: SIGNATURE,
    cases: [functionCase('probe', [arg], '')],
    ...(limits ? { limits } : {}),
  })
}

function outcome(result: RunResult): unknown {
  return result.tests[0]?.error ?? result.tests[0]?.actual ?? result.error
}

/** The first `max` bytes of a file, or "missing: why". */
const READ_FILE = {
  java: `import java.nio.file.*;
class Solution {
    static String probe(String path) {
        try {
            return new String(Files.readAllBytes(Path.of(path)), "ISO-8859-1");
        } catch (Exception e) {
            return "missing: " + e;
        }
    }
}
`,
  cpp: `#include <fstream>
#include <sstream>
std::string probe(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return "missing: cannot open";
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}
`,
}

async function countProcesses(cmdline: string): Promise<number> {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry))
  const lines = await Promise.all(
    pids.map((pid) => readFile(`/proc/${pid}/cmdline`, 'latin1').catch(() => '')),
  )
  return lines.filter((line) => line.startsWith(cmdline)).length
}

/** Runs the probe while counting the host's processes whose command line starts `sleep marker`. */
async function withSleepers(marker: string, run: () => Promise<RunResult>) {
  let most = 0
  const watching = setInterval(() => {
    void countProcesses(`sleep\u0000${marker}`).then((count) => {
      most = Math.max(most, count)
    })
  }, 100)
  const result = await run().finally(() => clearInterval(watching))
  // Everything it started ended with it.
  const left = await countProcesses(`sleep\u0000${marker}`)
  return { result, most, left }
}

const LANGUAGES = [
  { language: 'java', available: hasBwrap && hasJava },
  { language: 'cpp', available: hasBwrap && hasCpp },
] as const

describe.each(LANGUAGES)('$language in the sandbox', ({ language, available }) => {
  let hostDir = ''
  beforeAll(async () => {
    hostDir = await mkdtemp(path.join(os.tmpdir(), 'pairwise-isolation-'))
    await chmod(hostDir, 0o777)
  })
  afterAll(async () => {
    await rm(hostDir, { recursive: true, force: true })
  })

  it.skipIf(!available)(
    "cannot see the server's environment, at run time or compile time",
    async () => {
      process.env.PAIRWISE_TEST_SECRET = 'sk-test-do-not-leak-4242'
      try {
        const code =
          language === 'java'
            ? 'class Solution {\n    static String probe(String x) {\n        return System.getenv().toString();\n    }\n}\n'
            : '#include <unistd.h>\nstd::string probe(const std::string& x) {\n    std::string all;\n    for (char** e = environ; *e; ++e) all += std::string(*e) + "\\n";\n    return all;\n}\n'
        const result = await probe(language, code, '')
        expect(result.status).toBe('failed')
        expect(String(outcome(result))).toContain('PATH=')
        expect(String(outcome(result))).not.toContain('sk-test-do-not-leak-4242')
        if (language === 'cpp') {
          // The compiler reads what the code includes, in its own sandbox with the same empty
          // environment: an error message quoting the file shows nothing of the server's.
          const included = await probe(language, '#include "/proc/self/environ"\n', '')
          expect(included.status).toBe('compile_error')
          expect(included.error).not.toContain('sk-test-do-not-leak-4242')
        }
      } finally {
        delete process.env.PAIRWISE_TEST_SECRET
      }
    },
  )

  it.skipIf(!available)(
    "cannot read a database file, the project's source or another run's job folder",
    async () => {
      const database = path.join(hostDir, 'pairwise.db')
      await writeFile(database, 'SQLite format 3\u0000 secret-row-7781', { mode: 0o644 })
      // A job folder of another run, as the runner lays one out, readable to everyone.
      const otherJob = path.join(hostDir, 'pairwise-run-other')
      await writeFile(otherJob, '{"cases":[{"args":["hidden-input-5150"]}]}', { mode: 0o644 })
      // Outside the sandbox the same code reads them: only the sandbox keeps it out.
      expect(outcome(await probe(language, READ_FILE[language], database, {}, local))).toContain(
        'secret-row-7781',
      )
      for (const file of [database, otherJob, REPO_PACKAGE_JSON, '/etc/passwd']) {
        const result = await probe(language, READ_FILE[language], file)
        expect(String(outcome(result)), file).toMatch(/^missing: /)
      }
      if (language === 'cpp') {
        const included = await probe(language, `#include "${database}"\n`, '')
        expect(included.status).toBe('compile_error')
        expect(included.error).toMatch(/No such file or directory/)
        expect(included.error).not.toContain('secret-row-7781')
      }
    },
    60_000,
  )

  it.skipIf(!available)('cannot open a TCP connection to the host', async () => {
    let connections = 0
    const server = net.createServer((socket) => {
      connections += 1
      socket.destroy()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    const code =
      language === 'java'
        ? 'import java.net.*;\nclass Solution {\n    static String probe(String port) throws Exception {\n        try (Socket s = new Socket("127.0.0.1", Integer.parseInt(port))) {\n            return "connected";\n        }\n    }\n}\n'
        : '#include <arpa/inet.h>\n#include <stdexcept>\n#include <sys/socket.h>\n#include <unistd.h>\nstd::string probe(const std::string& port) {\n    int fd = socket(AF_INET, SOCK_STREAM, 0);\n    sockaddr_in to{};\n    to.sin_family = AF_INET;\n    to.sin_port = htons(std::stoi(port));\n    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);\n    if (connect(fd, (sockaddr*)&to, sizeof to) != 0) throw std::runtime_error("connect failed");\n    close(fd);\n    return "connected";\n}\n'
    try {
      expect(outcome(await probe(language, code, String(port), {}, local))).toBe('connected')
      const before = connections
      const result = await probe(language, code, String(port))
      expect(result.status).toBe('error')
      expect(String(outcome(result))).toMatch(/ConnectException|connect failed/)
      expect(connections).toBe(before)
    } finally {
      server.close()
    }
  })

  it.skipIf(!available)(
    'contains a fork bomb, and the next run works',
    async () => {
      const marker = language === 'java' ? '313.71' : '313.72'
      const code =
        language === 'java'
          ? 'class Solution {\n    static String probe(String marker) {\n        for (;;) {\n            try {\n                new ProcessBuilder("sleep", marker).start();\n            } catch (Throwable e) {\n            }\n        }\n    }\n}\n'
          : '#include <unistd.h>\nstd::string probe(const std::string& marker) {\n    for (;;) {\n        if (fork() == 0) execl("/usr/bin/sleep", "sleep", marker.c_str(), (char*)nullptr);\n    }\n}\n'
      const { result, most, left } = await withSleepers(marker, () =>
        probe(language, code, marker, { processes: 24, wallMs: 4_000 }),
      )
      expect(result.status).toBe('timeout')
      expect(most).toBeGreaterThan(0)
      expect(most).toBeLessThanOrEqual(24)
      expect(left).toBe(0)
      const after = await probe(language, READ_FILE[language], '/job/job.json')
      expect(String(outcome(after))).toContain('"functionName":"probe"')
    },
    60_000,
  )

  it.skipIf(!available)(
    'ends an 8 GB allocation as a memory verdict',
    async () => {
      const code =
        language === 'java'
          ? 'import java.util.*;\nclass Solution {\n    static String probe(String x) {\n        List<long[]> all = new ArrayList<>();\n        for (int i = 0; i < 1024; i++) all.add(new long[1 << 20]);\n        return "" + all.size();\n    }\n}\n'
          : '#include <vector>\nstd::string probe(const std::string& x) {\n    std::vector<char> all(8ull << 30, 1);\n    return std::to_string(all.size());\n}\n'
      const result = await probe(language, code, '')
      expect(result.status).toBe('memory')
      expect(String(outcome(result))).toMatch(/OutOfMemoryError: Java heap space|std::bad_alloc/)
    },
    60_000,
  )

  it.skipIf(!available)(
    'stops an endless loop at the time limit',
    async () => {
      const code =
        language === 'java'
          ? 'class Solution {\n    static String probe(String x) {\n        long n = 0;\n        while (x != null) n++;\n        return "" + n;\n    }\n}\n'
          : 'std::string probe(const std::string& x) {\n    volatile long n = 0;\n    for (;;) n++;\n}\n'
      const started = Date.now()
      const result = await probe(language, code, '', { cpuSeconds: 2, wallMs: 4_000 })
      expect(result.status).toBe('timeout')
      expect(Date.now() - started).toBeLessThan(30_000)
    },
    60_000,
  )

  it.skipIf(!available)(
    'caps 100 MB of output and stops the run',
    async () => {
      const code =
        language === 'java'
          ? 'class Solution {\n    static String probe(String x) {\n        String line = "x".repeat(1000);\n        for (int i = 0; i < 100_000; i++) System.out.println(line);\n        return "";\n    }\n}\n'
          : '#include <iostream>\nstd::string probe(const std::string& x) {\n    std::string line(1000, \'x\');\n    for (int i = 0; i < 100000; i++) std::cout << line << "\\n";\n    return "";\n}\n'
      const result = await probe(language, code, '', { outputBytes: 64 * 1024 })
      expect(result.status).toBe('error')
      expect(result.error).toContain('Output limit exceeded')
      expect(result.stdout.length).toBeLessThanOrEqual(64 * 1024)
    },
    60_000,
  )
})

describe.skipIf(!hasBwrap || !hasJava)('Java threads', () => {
  it('fit a normal run with threads of its own, and a thread bomb is stopped', async () => {
    const pool =
      'import java.util.concurrent.*;\nclass Solution {\n    static String probe(String x) throws Exception {\n        ExecutorService pool = Executors.newFixedThreadPool(8);\n        Future<Integer> sum = pool.submit(() -> 21 * 2);\n        String out = "" + sum.get();\n        pool.shutdown();\n        return out;\n    }\n}\n'
    expect(outcome(await probe('java', pool, ''))).toBe('42')
    const bomb =
      'class Solution {\n    static String probe(String x) {\n        for (int i = 0; ; i++) {\n            Thread t = new Thread(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } });\n            t.setDaemon(true);\n            t.start();\n        }\n    }\n}\n'
    const result = await probe('java', bomb, '', { processes: 64, wallMs: 8_000 })
    expect(result.status).toBe('error')
    expect(String(outcome(result))).toMatch(/unable to create native thread/)
    expect(String(outcome(result))).toMatch(/at most 64 processes and threads/)
  }, 60_000)
})

describe.skipIf(!hasBwrap || !hasCpp)('C++ system() and a fork by inline assembly', () => {
  it('runs system() inside the sandbox only: no secret, no host file, no host folder', async () => {
    process.env.PAIRWISE_TEST_SECRET = 'sk-test-do-not-leak-4243'
    try {
      const code =
        '#include <cstdlib>\n#include <fstream>\n#include <sstream>\nstd::string probe(const std::string& file) {\n    std::string command = "(env; id; cat " + file + "; ls /) > /tmp/seen 2>&1";\n    std::system(command.c_str());\n    std::ifstream in("/tmp/seen");\n    std::stringstream text;\n    text << in.rdbuf();\n    return text.str();\n}\n'
      const result = await probe('cpp', code, REPO_PACKAGE_JSON)
      const seen = String(outcome(result))
      expect(seen).toContain('PATH=')
      expect(seen).toMatch(/No such file or directory/)
      expect(seen).not.toContain('sk-test-do-not-leak-4243')
      expect(seen).not.toContain('"name"')
      // The sandbox's root holds the system and the run's own folders, not the host's.
      expect(seen).toMatch(/^job$/m)
      expect(seen).not.toMatch(/^(home|root|work)$/m)
    } finally {
      delete process.env.PAIRWISE_TEST_SECRET
    }
  })

  it('contains a fork bomb that calls the fork syscall by inline assembly', async () => {
    const marker = '313.73'
    const code = `#include <unistd.h>
static long raw_fork() {
    long ret;
    asm volatile("syscall" : "=a"(ret) : "a"(57) : "rcx", "r11", "memory");
    return ret;
}
std::string probe(const std::string& marker) {
    for (;;) {
        if (raw_fork() == 0) execl("/usr/bin/sleep", "sleep", marker.c_str(), (char*)nullptr);
    }
}
`
    const { result, most, left } = await withSleepers(marker, () =>
      probe('cpp', code, marker, { processes: 24, wallMs: 4_000 }),
    )
    expect(result.status).toBe('timeout')
    expect(most).toBeGreaterThan(0)
    expect(most).toBeLessThanOrEqual(24)
    expect(left).toBe(0)
  }, 60_000)
})
