"""Spark's Python daemon with the Analyzer loaded before it forks its workers.

Spark starts one Python daemon per executor (``spark.python.daemon.module``) and forks a
worker from it for each task. Loading the model here, once, before any fork, gives every
worker of the executor the loaded Analyzer (shared copy-on-write) instead of each worker
loading its own (~10 s and ~700 MB each). ``analyze.session`` sets this module.
"""

from __future__ import annotations

if __name__ == "__main__":
    from pyspark import daemon

    from newsgraph.pipeline import get_analyzer

    get_analyzer()  # the process-wide Analyzer that analyze_partition uses
    daemon.manager()
