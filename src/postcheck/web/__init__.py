"""``postcheck serve``: a local page where writers check drafts as they type (Starlette).

:mod:`~postcheck.web.checking` turns reports into what the page shows,
:mod:`~postcheck.web.workspace` reads and saves the folder's drafts,
:mod:`~postcheck.web.guard` keeps other sites out, :mod:`~postcheck.web.app` routes requests and
:mod:`~postcheck.web.server` runs it. The page's script and style are in ``static/``.
"""
