"""runbridge's benchmarks: `python -m bench` (or `make bench`) runs them and writes bench/RESULTS.md.

One module per benchmark (imports, overhead, registry_batch, streaming, generation); `servers` starts the
loopback servers they measure against, `peers` drives the vendors' own clients in their own venvs.
Benchmarks print ratios measured in one run; the test suite only checks that they still run.
"""
