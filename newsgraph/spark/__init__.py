"""Bulk analysis on Apache Spark: the same pipeline, many processes or machines.

    newsgraph spark analyze INPUT... --out DIR [--master local[2]]
    newsgraph spark stories DIR
    newsgraph ingest --parquet DIR --db news.db

1. ``analyze.inputs``: the inputs (text/HTML files, folders, JSONL, WARC, feeds, Parquet) are
   listed on the driver; files are read on the executors by the same readers as
   ``newsgraph ingest`` (``newsgraph.ingest.sources.read_file``), Parquet through Spark.
2. ``analyze.analyze_partition`` runs inside ``mapPartitions``: the Analyzer is loaded once
   per executor, by Spark's Python daemon before it forks the workers (``daemon``), and
   batches the partition's articles exactly as ``newsgraph analyze`` does, so the records
   are the same.
3. Records go to ``DIR/records`` as Parquet partitioned by publication month
   (``month=2022-05``, ``month=unknown``), one row per article with the record's JSON;
   every input that gave no record goes to ``DIR/errors`` (input, reason, message).
4. ``stories.spark_stories`` clusters the records into stories with the batch algorithm of
   ``newsgraph.stories.cluster``: blocking in Spark (the topic LSH bands of
   ``newsgraph.stories.incremental``), then each block clustered on an executor.

pyspark is imported only here, only when a spark command runs.
"""
