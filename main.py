"""Jogg Desktop entry point: the app, its smoke test, and child processes of a frozen build."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    # A frozen build has no "python -m": child processes come back here (jogg_desktop.childproc).
    if len(argv) >= 2 and argv[0] == "--child":
        import runpy

        module, rest = argv[1], argv[2:]
        sys.argv = [module, *rest]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    if "--smoke" in argv:
        try:
            from ui.smoke import run_smoke
        except BaseException as exc:  # a broken build: one FAILED line, no windowed traceback dialog
            return _smoke_import_failed(argv, exc)
        return run_smoke(argv)
    from jogg_desktop import crashlog

    crashlog.start()  # from here on, a native crash leaves a report for the next start
    from ui.app import run_app

    return run_app(argv)


def _smoke_import_failed(argv: list[str], exc: BaseException) -> int:
    line = f"Jogg Desktop smoke FAILED: import: {type(exc).__name__}: {exc}"
    print(line, flush=True)
    if "--smoke-out" in argv and argv.index("--smoke-out") + 1 < len(argv):
        with open(argv[argv.index("--smoke-out") + 1], "w", encoding="utf-8") as out:
            out.write(line + "\n")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
