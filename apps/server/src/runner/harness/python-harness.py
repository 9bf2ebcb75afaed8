# Runs a candidate's Python module against a job's cases; results go to fd 3.
#
# The job holds no expected values: the harness reports what the code returned or printed and
# the server compares, so hidden answers never enter the sandbox. One JSON line per message.
import asyncio
import contextlib
import importlib
import importlib.util
import inspect
import json
import linecache
import math
import os
import sys
import time
import traceback

RESULT_FD = 3
# A warm start (--warm): the runner starts the harness before the job exists, and writes to this
# fd once the job is in place.
GO_FD = 4
SCRIPT_FILE = '<script>'
MAX_DEPTH = 64
# What one case may report (its value or printed output, which the server compares, and its error
# text), and a whole run: past these the harness sends a marked preview of PREVIEW_BYTES, so a huge
# return value never reaches the server whole. The server shows less still (runner/report-caps.ts).
CASE_BYTES = 1 << 20
RUN_BYTES = 4 << 20
ERROR_BYTES = 64 * 1024
PREVIEW_BYTES = 16 * 1024
SCRIPT_OUTPUT_CAP = CASE_BYTES


class ResultChannel:
    """Writes whole lines to the result fd, so candidate prints on stdout never mix in."""

    def __init__(self, fd):
        self.fd = fd

    def send(self, message):
        data = (json.dumps(message, allow_nan=False) + '\n').encode('utf-8')
        while data:
            written = os.write(self.fd, data)
            data = data[written:]


class CappedOutput:
    """Collects what a script case prints, keeping only the first SCRIPT_OUTPUT_CAP characters."""

    def __init__(self):
        self.parts = []
        self.size = 0

    def write(self, text):
        if self.size < SCRIPT_OUTPUT_CAP:
            self.parts.append(text[: SCRIPT_OUTPUT_CAP - self.size])
        self.size += len(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


# NaN and the infinities, which JSON has no literal for, travel as {"$number": name} both ways:
# in the job's arguments and in the reported values (packages/shared/src/json-numbers.ts).
NUMBER_NAMES = {'NaN': math.nan, 'Infinity': math.inf, '-Infinity': -math.inf}


def tag_number(value):
    if math.isnan(value):
        return {'$number': 'NaN'}
    return {'$number': 'Infinity' if value > 0 else '-Infinity'}


def decode_number(obj):
    """json.load's object_hook: a number tag in the job becomes the float it stands for."""
    name = obj.get('$number')
    if len(obj) == 1 and isinstance(name, str) and name in NUMBER_NAMES:
        return NUMBER_NAMES[name]
    return obj


def encode(value, depth=0):
    """Turns a returned value into JSON, keeping what JSON cannot say (NaN, reprs) tagged."""
    if depth > MAX_DEPTH:
        return {'$pairwise': 'repr', 'repr': '<nested too deeply>'}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else tag_number(value)
    if isinstance(value, (list, tuple)):
        return [encode(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item, depth + 1) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        items = list(value)
        with contextlib.suppress(TypeError):
            items.sort()
        return [encode(item, depth + 1) for item in items]
    # numpy arrays and scalars (and anything shaped like them) become plain Python values.
    for convert in ('tolist', 'item'):
        method = getattr(value, convert, None)
        if callable(method):
            with contextlib.suppress(Exception):
                plain = method()
                if plain is not value:
                    return encode(plain, depth + 1)
    return {'$pairwise': 'repr', 'repr': repr(value)[:1000]}


class ReportBudget:
    """Caps each case's reported value, output and error, and what the whole run reports."""

    def __init__(self):
        self.left = RUN_BYTES

    def room(self, cap=CASE_BYTES):
        return max(0, min(cap, self.left))

    def value(self, actual):
        try:
            text = json.dumps(actual, allow_nan=False)
        except (TypeError, ValueError, RecursionError):
            # An int past Python's digit limit, say: shown as a repr, as encode() does.
            return {'$pairwise': 'repr', 'repr': '<not reportable>'}
        size = len(text.encode('utf-8'))
        room = self.room()
        if size <= room:
            self.left -= size
            return actual
        preview = text.encode('utf-8')[:PREVIEW_BYTES].decode('utf-8', 'ignore')
        self.left -= len(preview)
        return {'$pairwise': 'truncated', 'preview': preview, 'bytes': size}

    def text(self, value, size=None, cap=CASE_BYTES):
        size = max(size or 0, len(value.encode('utf-8')))
        room = self.room(cap)
        if size <= room:
            self.left -= size
            return value
        kept = value.encode('utf-8')[:PREVIEW_BYTES].decode('utf-8', 'ignore')
        self.left -= len(kept)
        return f'{kept}\n… [truncated: {size} bytes in all]'

    def cap(self, message):
        if 'actual' in message:
            message['actual'] = self.value(message['actual'])
        printed = message.pop('outputChars', None)
        if isinstance(message.get('output'), str):
            message['output'] = self.text(message['output'], printed)
        if isinstance(message.get('error'), str):
            message['error'] = self.text(message['error'], cap=ERROR_BYTES)
        return message


def out_of_address_space(exc):
    """An import whose shared libraries did not fit the run's address space (RLIMIT_AS)."""
    return isinstance(exc, ImportError) and 'failed to map segment' in str(exc)


def error_type(exc):
    """The exception's name, but MemoryError for every way a library says memory ran out."""
    # numpy raises a MemoryError subclass; PyTorch's CPU allocator a RuntimeError saying so.
    if isinstance(exc, MemoryError) or out_of_address_space(exc):
        return 'MemoryError'
    if isinstance(exc, RuntimeError) and "can't allocate memory" in str(exc):
        return 'MemoryError'
    return type(exc).__name__


IMPORT_TOO_LARGE = (
    'This library needs more memory than this problem allows: the problem does not list it '
    'among the libraries it needs, so solve it without.'
)


def describe(exc, code_path, display_name):
    """The exception as the candidate should see it: only frames of their code, and its line."""
    frames = [
        frame
        for frame in traceback.extract_tb(exc.__traceback__)
        if frame.filename in (code_path, SCRIPT_FILE)
    ]
    line = None
    for frame in frames:
        if frame.filename == code_path:
            line = frame.lineno
    parts = []
    if frames:
        parts.append('Traceback (most recent call last):')
        for frame in frames:
            name = display_name if frame.filename == code_path else SCRIPT_FILE
            parts.append(f'  File "{name}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                parts.append(f'    {frame.line.strip()}')
    summary = ''.join(traceback.format_exception_only(type(exc), exc)).rstrip()
    if isinstance(exc, SyntaxError) and exc.filename == code_path:
        line = exc.lineno
        summary = summary.replace(f'File "{code_path}"', f'File "{display_name}"')
    parts.append(summary)
    if out_of_address_space(exc):
        parts.append(IMPORT_TOO_LARGE)
    return {'error': '\n'.join(parts), 'errorType': error_type(exc), 'line': line}


def load_module(code_path):
    spec = importlib.util.spec_from_file_location('solution', code_path)
    module = importlib.util.module_from_spec(spec)
    sys.modules['solution'] = module
    spec.loader.exec_module(module)
    return module


def settle(value):
    return asyncio.run(value) if inspect.iscoroutine(value) else value


def run_function_case(module, function_name, case):
    function = getattr(module, function_name, None)
    if not callable(function):
        raise NameError(f"the code defines no function '{function_name}'")
    return {'actual': encode(settle(function(*case['args'])))}


def run_script_case(module, case):
    lines = case['script'].splitlines(keepends=True)
    linecache.cache[SCRIPT_FILE] = (len(case['script']), None, lines, SCRIPT_FILE)
    scope = dict(vars(module))
    scope['__name__'] = '__script__'
    captured = CappedOutput()
    with contextlib.redirect_stdout(captured):
        exec(compile(case['script'], SCRIPT_FILE, 'exec'), scope)
    return {'output': captured.getvalue(), 'outputChars': captured.size}


def warm_up(names):
    """Imports the problem's libraries before the job exists, says so, and waits for the job."""
    for name in names:
        # A library that fails here fails again, with its own error, where the code imports it.
        with contextlib.suppress(BaseException):
            importlib.import_module(name)
    ResultChannel(RESULT_FD).send({'type': 'ready'})
    with os.fdopen(GO_FD, 'rb') as go:
        go.read()


def main():
    args = sys.argv[1:]
    if args[0] == '--warm':
        warm_up([name for name in args[1].split(',') if name])
        args = args[2:]
    with open(args[0], encoding='utf-8') as handle:
        job = json.load(handle, object_hook=decode_number)
    channel = ResultChannel(RESULT_FD)
    budget = ReportBudget()
    code_path = job['codePath']
    display_name = job['displayName']
    try:
        module = load_module(code_path)
    except BaseException as exc:  # noqa: BLE001 - candidate code may raise anything, even SystemExit
        failure = describe(exc, code_path, display_name)
        channel.send(budget.cap({'type': 'load', 'ok': False, **failure}))
        channel.send({'type': 'done'})
        return
    channel.send({'type': 'load', 'ok': True})
    for case in job['cases']:
        started = time.perf_counter()
        try:
            if case['kind'] == 'function':
                outcome = run_function_case(module, job['functionName'], case)
            else:
                outcome = run_script_case(module, case)
            message = {'ok': True, **outcome}
        except BaseException as exc:  # noqa: BLE001 - one failing case must not stop the others
            message = {'ok': False, **describe(exc, code_path, display_name)}
        message.update({'type': 'case', 'index': case['index']})
        message['ms'] = round((time.perf_counter() - started) * 1000, 3)
        channel.send(budget.cap(message))
    channel.send({'type': 'done'})


if __name__ == '__main__':
    main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Threads or atexit hooks the candidate left behind must not hold the run open.
    os._exit(0)
