"""The rules: one module per code block, each listing its rules in ``RULES``.

A rule reads only the floors below (:mod:`postcheck.analysis` and down) and never another rule
module; :mod:`postcheck.rules.base` is what every rule is made of, and
:mod:`postcheck.rules.packs` makes rules from declarative TOML packs. The engine's
:mod:`postcheck.engine.ruleset` gathers them.

A plugin's rules import what they are made of from here::

    from postcheck.rules import Context, Message, Problem, Rule
"""

from postcheck.analysis.context import Context
from postcheck.rules.base import Message, Problem, Rule

__all__ = ["Context", "Message", "Problem", "Rule"]
