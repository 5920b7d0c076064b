"""Benchmarks of Jogg Desktop (issue 7): ``python -m bench [--quick] [--json PATH]``.

Every figure is a ratio against a baseline measured in the same run (the machines are noisy),
and every Qt measurement runs in a fresh child process (``bench/drivers/``) so the harness
itself never holds a QApplication. See the README's "Performance" section for the latest table.
"""
