"""The iics-client benchmark: ``python -m bench`` (or ``nox -s bench``) prints one table: issue 15's goals P1-P7.

Every measure runs iics-client (A) and a baseline (B, raw httpx or the standard library) side by side in the same
run, alternately, against the IICS simulator (``iics_client.testing``) running in its own process on 127.0.0.1;
goals are on ratios, never on absolute times, because the machine is small and shared. Modules: ``harness`` (sizes,
statistics, goals, the table, the machine-load line), ``simproc`` (the simulator's process), ``raw`` (the baselines'
login and URLs), one module per measure group: ``calls`` (P1, P1b), ``models`` (P1c, P7), ``throughput`` (P2),
``expiry`` (P3), ``startup`` (P4, P6), ``paging`` (P5); ``profile`` (``--profile``: layers and profiles).
"""
