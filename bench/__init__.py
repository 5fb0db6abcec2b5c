"""Benchmarks: ``make bench`` (``python -m bench``) writes ``bench-results.json`` at the repo root.

Each module here exposes ``run() -> dict[str, float]``; figures are merged into one flat JSON object
(figure name → number) with a ``machine`` string. Goals live in the issues and README, never as
timed assertions in the test suite.
"""
