"""postcheck: scores draft posts against what good company content must be.

Interesting, informative, readable, correctly written, fitting its audience, in line with the
company's strategy and suited to its channel — Finnish first (spelling, morphology and grammar
from Voikko), English too.

>>> import postcheck
>>> report = postcheck.check("Tämä on hyvä lause.", channel="linkedin")
>>> report.score, report.band  # correct, but no hook, no fact and no next step
(54, 'red')
"""

from postcheck.api import check, check_all, check_file, check_file_all, warm_up
from postcheck.core.errors import ConfigError, DependencyError, InputError, PostcheckError
from postcheck.core.kinds import CRITERIA
from postcheck.core.report import Finding, Report
from postcheck.core.version import __version__
from postcheck.engine.config import Config, load_config
from postcheck.profiles import channels

__all__ = [
    "CRITERIA",
    "Config",
    "ConfigError",
    "DependencyError",
    "Finding",
    "InputError",
    "PostcheckError",
    "Report",
    "__version__",
    "channels",
    "check",
    "check_all",
    "check_file",
    "check_file_all",
    "load_config",
    "warm_up",
]
