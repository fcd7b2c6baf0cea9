"""The per-draft analysis that rules read: the analysed draft, readability, term matching and the rule context."""
