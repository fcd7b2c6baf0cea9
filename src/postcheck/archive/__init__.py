"""Archives of posts checked past one machine: ``postcheck archive INPUT... --output OUT``.

An archive is one or more JSON-lines, CSV or Parquet files, one record per post: its text and
optionally its id, channel, audience, type, language, author and date (:mod:`.records`). The
files are read in partitions, never whole (:mod:`.read`); each partition is checked with the
public API, one output record per post (:mod:`.check`), in this process or on a Dask cluster
(:mod:`.cluster`); the records are written in input order to Parquet or JSON lines
(:mod:`.write`). :func:`.run.run` ties them together.
"""
