"""Data about where and for whom a draft is published: channels, audiences, the team's strategy and vocabulary."""
