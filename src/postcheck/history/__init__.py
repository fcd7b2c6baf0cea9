"""``postcheck history``: the team's learning path, read from the content repository's git.

:mod:`~postcheck.history.git` reads the history, :mod:`~postcheck.history.collect` checks each
draft version with the config of its commit (cached by :mod:`~postcheck.history.cache`),
:mod:`~postcheck.history.records` holds the results, :mod:`~postcheck.history.trends` reads
them, :mod:`~postcheck.history.report` and :mod:`~postcheck.history.export` write them.
"""
