# Times a candidate's Python function on generated inputs of rising size (see measure-growth.ts).
#
# It runs as a script case in the candidate's sandboxed process, after the harness loaded their
# module. growth-generate.py first writes every input as JSON into the run's private working
# folder, in a process of its own; then each size is timed with a monotonic clock, best of a few
# samples, generation and JSON parsing left out. Each call gets a freshly parsed copy where memory
# allows, since code may sort its input in place. Calls faster than the noise floor are timed in
# batches, as timeit does. Every finding goes to stdout at once, so a run killed at a large size keeps the rest.
# measure-growth.ts appends the call, with the configuration as JSON.


def _pairwise_measure_growth(config):
    import asyncio
    import gc
    import inspect
    import json
    import math
    import os
    import signal
    import subprocess
    import sys
    import time
    import traceback

    clock = time.perf_counter
    started = clock()
    cpu_started = time.process_time()
    # The budget is CPU time, so a busy machine slows the measurement down instead of cutting it
    # short; the wall budget, under the run's wall limit, still bounds it.
    budget = config['budgetSeconds']
    wall_budget = config.get('wallSeconds', budget)
    floor = config['floorSeconds']
    sizes = config['sizes']

    def emit(message):
        data = (config['prefix'] + json.dumps(message) + '\n').encode('utf-8')
        while data:
            data = data[os.write(1, data) :]

    def wall_left():
        return wall_budget - (clock() - started)

    def cpu_left():
        return budget - (time.process_time() - cpu_started)

    def left():
        return min(cpu_left(), wall_left())

    def describe(exc):
        return ''.join(traceback.format_exception_only(type(exc), exc)).strip()[:1000]

    function = getattr(sys.modules.get('solution'), config['functionName'], None)
    if not callable(function):
        message = f"the code defines no function '{config['functionName']}'"
        emit({'type': 'error', 'stage': 'call', 'error': message})
        return

    work = os.path.abspath('pairwise-growth')
    os.makedirs(work, exist_ok=True)
    generator_path = os.path.join(work, 'generator.py')
    with open(generator_path, 'w', encoding='utf-8') as handle:
        handle.write(config['generator'])
    harness_dir = os.path.dirname(os.path.abspath(sys.argv[0]))
    command = [
        config['python'],
        '-I',
        '-B',
        os.path.join(harness_dir, 'growth-generate.py'),
        generator_path,
        work,
        json.dumps(sizes),
        str(config['seed']),
    ]
    environment = {**os.environ, 'PYTHONHASHSEED': '0'}
    generator_error = None
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=max(wall_left(), 0.1), cwd=work, env=environment
        )
        output, errors = done.stdout, done.stderr
    except subprocess.TimeoutExpired as exc:
        output, errors = exc.stdout or b'', b''
        generator_error = 'the generator ran out of time'
    paths = {}
    for line in output.decode('utf-8', 'replace').splitlines():
        try:
            report = json.loads(line)
        except ValueError:
            continue
        if 'path' in report:
            paths[len(paths)] = report['path']
        elif 'error' in report:
            at = '' if report.get('n') is None else f' at n={report["n"]}'
            generator_error = f'the generator failed{at}: {report["error"]}'
    if generator_error is None and len(paths) < len(sizes):
        tail = errors.decode('utf-8', 'replace').strip()[-500:]
        generator_error = f'the generator stopped early{": " + tail if tail else ""}'
    emit({'type': 'generated', 'seconds': clock() - started})
    if generator_error is not None:
        emit({'type': 'error', 'stage': 'generate', 'error': generator_error})

    class OverBudget(BaseException):
        """Raised by the alarm inside the candidate's code; BaseException, so `except Exception` lets it by."""

    def on_alarm(_signum, _frame):
        raise OverBudget()

    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGPROF, on_alarm)

    def stop_timers():
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.setitimer(signal.ITIMER_PROF, 0)

    def timed(copies, calls):
        """Seconds for `calls` calls, cycling through the parsed copies (parsing is not timed).

        Both the monotonic wall clock and the thread's CPU clock bound the time the code computed:
        the first counts other processes taking the core, the second does not. (The process CPU
        clock would do too, but under RLIMIT_CPU Linux only advances it at each scheduler tick.)
        """
        count = len(copies)
        gc.disable()
        try:
            wall, cpu = clock(), time.thread_time()
            for i in range(calls):
                value = function(*copies[i % count])
                if inspect.iscoroutine(value):
                    asyncio.run(value)
            return min(clock() - wall, time.thread_time() - cpu)
        finally:
            gc.enable()

    previous = []
    for index, n in enumerate(sizes):
        path = paths.get(index)
        if path is None:
            break
        if len(previous) >= 2 and previous[-1][1] >= floor and previous[-2][1] >= floor:
            (n1, t1), (n2, t2) = previous[-2], previous[-1]
            slope = min(3.0, max(1.0, math.log(t2 / t1) / math.log(n2 / n1)))
        else:
            slope = 1.0
        if previous and previous[-1][1] * (n / previous[-1][0]) ** slope > left():
            emit({'type': 'stopped', 'n': n})
            break
        with open(path, encoding='utf-8') as handle:
            text = handle.read()
        # Fresh copies for every call, unless that means parsing more than batchBytes ahead.
        distinct = max(1, config['batchBytes'] // max(1, len(text)))
        best = None  # (seconds per call, calls, sample lasted the floor)
        samples = 0
        calls = 1
        stopped = False
        gc.collect()
        try:
            signal.setitimer(signal.ITIMER_REAL, max(wall_left(), 0.001))
            signal.setitimer(signal.ITIMER_PROF, max(cpu_left(), 0.001))
            for _attempt in range(config['repeats'] + 8):
                wanted = config['repeats'] if calls == 1 else config['repeats'] + 2
                if samples >= wanted:
                    break
                if best is not None:
                    if best[0] * calls > left():
                        break
                    if best[0] * calls < floor:
                        calls = min(config['maxBatch'], math.ceil(1.2 * floor / max(best[0], 1e-8)))
                copies = [json.loads(text) for _ in range(min(calls, distinct))]
                elapsed = timed(copies, calls)
                del copies
                long_enough = elapsed >= floor or calls >= config['maxBatch']
                samples += long_enough
                candidate = (elapsed / calls, calls, long_enough)
                if best is None or (candidate[2], -candidate[0]) > (best[2], -best[0]):
                    best = candidate
        except OverBudget:
            stopped = True
        except BaseException as exc:  # noqa: BLE001 - the candidate's code may raise anything
            stop_timers()
            emit({'type': 'error', 'stage': 'call', 'n': n, 'error': describe(exc)})
            break
        finally:
            stop_timers()
        if best is not None:
            emit({'type': 'size', 'n': n, 'seconds': best[0], 'calls': best[1], 'samples': samples})
            previous.append((n, best[0]))
        if stopped or best is None:
            unmeasured = sizes[index + 1 :] if best is not None else sizes[index:]
            if unmeasured:
                emit({'type': 'stopped', 'n': unmeasured[0]})
            break
    emit({'type': 'done'})
