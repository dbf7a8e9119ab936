"""The ``newsgraph`` command group: every command of the package, added from its module.

    analyze.py   analyze                           articles in, records out
    corpus.py    ingest search stories story entity export   the store
    spark.py     spark analyze, spark stories      bulk work on Apache Spark
    web.py       serve                             the web app and the API
    comments.py  moderate, users                   reader comments
    eval.py      eval, train                       gold sets and the models newsgraph ships
"""

from __future__ import annotations

import click

from .. import __version__
from . import analyze, comments, corpus, eval, spark, web


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """newsgraph: news articles in, structured and evidenced records out."""


for _command in (analyze.analyze, *corpus.COMMANDS, spark.spark, web.serve, *comments.COMMANDS,
                 *eval.COMMANDS):
    main.add_command(_command)
