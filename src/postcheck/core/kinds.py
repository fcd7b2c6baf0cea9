"""The closed sets every layer names: criteria, severities, languages and post types."""

from __future__ import annotations

#: The seven criteria of good company content, in the order reports show them.
CRITERIA = ("interesting", "informative", "readable", "correct", "audience", "strategy", "channel")


#: Severities, most severe first.
SEVERITIES = ("error", "warning", "info")


#: Languages postcheck analyses: Finnish first, Swedish (Finland's second national language) and
#: English.
LANGUAGES = ("fi", "sv", "en")


#: Post types a draft may declare in its front matter (``type: event``).
POST_TYPES = ("post", "article", "announcement", "event", "job", "crisis", "sponsored")
