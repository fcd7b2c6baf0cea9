"""The engine: the team's config, the rule set it puts in force, running rules, suppressions, scoring and fixes."""
