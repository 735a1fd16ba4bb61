"""The iics-client benchmark: ``python -m bench [--quick]`` (or ``nox -s bench``) prints one table of ratios.

Every measure runs iics-client (A) and a baseline (B) side by side in the same run, alternately, against the IICS
simulator (``iics_client.testing``) running in a separate process on 127.0.0.1; goals are on ratios of medians, never
on absolute times, because the machine is small and shared. Modules: ``harness`` (timing, interleaving, medians,
the table), ``simproc`` (the simulator's process), one module per measure: ``overhead`` (1), ``throughput`` (2),
``expiry`` (3), ``imports`` (4), ``memory`` (5).
"""
