"""A real git repository of drafts, made commit by commit with several writers and dates."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

WRITERS = {
    "aino": ("Aino Aalto", "aino@example.fi"),
    "bertta": ("Bertta Berg", "bertta@example.fi"),
    "cecilia": ("Cecilia Cruz", "cecilia@example.fi"),
}

WEAK = """---
channel: linkedin
---
Meillä on uusi palvelu. Ilmottaudu mukaan.
"""

BETTER = """---
channel: linkedin
---
Uusi laskuripalvelumme säästää asiakkaan aikaa 30 minuuttia viikossa.

Ilmoittaudu maksuttomaan webinaariin torstaina 12.3. klo 14 osoitteessa https://example.fi/webinaari.
Mitä mieltä olet, kokeiletko?
"""

BEST = BETTER + "\nPalvelu on käytössä jo 120 yrityksessä Suomessa.\n"

COLLOQUIAL = """---
channel: x
---
Mä oon tosi innoissani, meil on uus juttu tulossa! Kattokaa https://example.fi
"""

COLLOQUIAL_2 = COLLOQUIAL.replace("uus juttu", "uus hieno juttu")

BROKEN = """---
channel: [linkedin
---
Tämä luonnos ei avaudu.
"""


class Git:
    """Commits in a repository as a given writer on a given date."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def run(self, *args: str, who: str = "aino", date: str = "2026-01-01T10:00:00+02:00") -> str:
        name, email = WRITERS[who]
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": date,
        }  # fmt: skip
        done = subprocess.run(
            ["git", *args], cwd=self.root, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout

    def write(self, path: str, text: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def commit(self, message: str, *, who: str, date: str) -> str:
        self.run("add", "-A", who=who, date=date)
        self.run("commit", "-q", "-m", message, who=who, date=date)
        return self.run("rev-parse", "HEAD").strip()


def make_history(root: Path) -> Git:
    """Build the repository the history tests read (see the commits below)."""
    root.mkdir(parents=True)
    git = Git(root)
    git.run("init", "-q", "-b", "main")
    git.write("postcheck.toml", 'messages = "fi"\n')
    git.write("posts/eka.md", WEAK)
    git.commit("Eka luonnos", who="aino", date="2026-01-10T09:00:00+02:00")
    git.write("posts/toka.txt", COLLOQUIAL)
    git.commit("Toka", who="bertta", date="2026-01-20T09:00:00+02:00")
    git.write("posts/eka.md", BETTER)
    git.commit("Parempi", who="aino", date="2026-02-05T09:00:00+02:00")
    git.write("posts/rikki.md", BROKEN)
    git.commit("Rikki", who="bertta", date="2026-02-10T09:00:00+02:00")
    git.run("mv", "posts/eka.md", "posts/uutinen.md")
    git.commit("Nimi", who="aino", date="2026-02-15T09:00:00+02:00")
    git.run("checkout", "-q", "-b", "side")
    git.write("posts/toka.txt", COLLOQUIAL_2)
    git.commit("Toka 2", who="bertta", date="2026-03-01T09:00:00+02:00")
    git.run("checkout", "-q", "main")
    git.write(
        "postcheck.toml", 'messages = "fi"\nexclude = ["arkisto/"]\n\n[rules]\ncolloquial = "off"\n'
    )
    git.write("posts/uutinen.md", BEST)
    git.commit("Paras", who="aino", date="2026-03-02T09:00:00+02:00")
    git.run("merge", "-q", "--no-ff", "-m", "Yhdistä", "side", who="cecilia",
            date="2026-03-05T09:00:00+02:00")  # fmt: skip
    git.run("rm", "-q", "posts/rikki.md", who="cecilia")
    git.write("arkisto/vanha.md", WEAK)
    git.commit("Siivous", who="cecilia", date="2026-03-10T09:00:00+02:00")
    return git


@pytest.fixture
def history_repo(tmp_path: Path) -> Git:
    """A fresh repository with the history above."""
    return make_history(tmp_path / "sisallot")
