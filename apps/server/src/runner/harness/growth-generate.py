# Runs a problem's generator.py at each size of a growth measurement, writing each input as JSON.
#
# The growth drivers start it inside the sandbox in a process of its own: instructors write
# generators, so a generator is untrusted too, and it shares nothing with the candidate's code.
# Usage: growth-generate.py GENERATOR_PY OUT_DIR SIZES_JSON SEED. One JSON line per size on stdout.
import importlib.util
import json
import os
import random
import sys
import traceback


def summary(exc):
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == sys.argv[1]]
    where = f' (generator.py, line {frames[-1].lineno})' if frames else ''
    text = ''.join(traceback.format_exception_only(type(exc), exc)).strip()
    return (text + where)[:1000]


def report(message):
    print(json.dumps(message), flush=True)


def main():
    generator_path, out_dir = sys.argv[1], sys.argv[2]
    sizes = json.loads(sys.argv[3])
    seed = int(sys.argv[4])
    try:
        spec = importlib.util.spec_from_file_location('generator', generator_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        generate = getattr(module, 'generate', None)
        if not callable(generate):
            raise NameError("generator.py defines no function 'generate'")
    except BaseException as exc:  # noqa: BLE001 - the generator may raise anything while loading
        report({'n': None, 'error': summary(exc)})
        return 1
    for index, n in enumerate(sizes):
        try:
            # The module-level functions too, in case a generator uses them instead of Random(seed).
            random.seed(seed)
            args = generate(n, seed)
            if not isinstance(args, (list, tuple)):
                raise TypeError(f'generate({n}, {seed}) returned {type(args).__name__}, not a list')
            path = os.path.join(out_dir, f'input-{index}.json')
            with open(path, 'w', encoding='utf-8') as handle:
                json.dump(list(args), handle, allow_nan=False, separators=(',', ':'))
        except BaseException as exc:  # noqa: BLE001 - report which size failed, keep the ones before
            report({'n': n, 'error': summary(exc)})
            return 1
        report({'n': n, 'path': path})
    return 0


if __name__ == '__main__':
    sys.exit(main())
