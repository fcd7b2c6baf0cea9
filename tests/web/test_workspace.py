"""The served folder: only its own drafts, saved as they were written, never over a newer file."""

import codecs
import os

import pytest

from postcheck.core.errors import InputError
from postcheck.web.workspace import ConflictError, Workspace


def test_drafts_are_listed_as_a_folder_check_finds_them_with_the_configs_excludes(write):
    root = write("team/postcheck.toml", 'exclude = ["arkisto/"]\n').parent
    write("team/a.md", "Teksti.\n")
    write("team/sub/b.txt", "Teksti.\n")
    write("team/arkisto/vanha.md", "Teksti.\n")
    write("team/.piilo/c.md", "Teksti.\n")
    write("team/kuva.png", b"\x89PNG")
    assert Workspace(root).drafts() == ["a.md", "sub/b.txt"]


def test_no_path_leaves_the_folder(write, tmp_path):
    root = write("team/a.md", "Teksti.\n").parent
    write("salainen.md", "Ei sinulle.\n")
    os.symlink(tmp_path / "salainen.md", root / "linkki.md")
    workspace = Workspace(root)
    for escape in ("../salainen.md", "linkki.md", str(tmp_path / "salainen.md"), "", "a\0.md"):
        with pytest.raises(InputError):
            workspace.open(escape)
    assert "linkki.md" not in workspace.drafts()
    assert workspace.open("a.md").text == "Teksti.\n"


def test_saving_keeps_the_byte_order_mark_and_crlf_line_endings(write):
    path = write("team/a.md", codecs.BOM_UTF8 + b"---\r\ntitle: A\r\n---\r\nVanha.\r\n")
    workspace = Workspace(path.parent)
    opened = workspace.open("a.md")
    assert opened.text == "---\ntitle: A\n---\nVanha.\n"
    saved = workspace.save("a.md", opened.text.replace("Vanha", "Uusi"), opened.stamp)
    assert path.read_bytes() == codecs.BOM_UTF8 + b"---\r\ntitle: A\r\n---\r\nUusi.\r\n"
    assert saved.stamp != opened.stamp and saved.text.endswith("Uusi.\n")


def test_a_draft_changed_on_disk_since_it_was_opened_is_not_overwritten(write):
    path = write("team/a.md", "Alku.\n")
    workspace = Workspace(path.parent)
    opened = workspace.open("a.md")
    path.write_text("Toisen kirjoittajan muutos.\n", encoding="utf-8")
    with pytest.raises(ConflictError, match="changed on disk since you opened it"):
        workspace.save("a.md", "Minun versioni.\n", opened.stamp)
    assert path.read_text(encoding="utf-8") == "Toisen kirjoittajan muutos.\n"


def test_saving_through_a_link_inside_the_folder_writes_the_target(write):
    target = write("team/oikea.md", "Alku.\n")
    os.symlink(target, target.parent / "linkki.md")
    workspace = Workspace(target.parent)
    opened = workspace.open("linkki.md")
    workspace.save("linkki.md", "Uusi.\n", opened.stamp)
    assert (target.parent / "linkki.md").is_symlink()
    assert target.read_text(encoding="utf-8") == "Uusi.\n"


def test_without_a_folder_there_are_no_files_and_no_vocabulary_file():
    workspace = Workspace()
    assert workspace.drafts() == [] and workspace.vocabulary_file() is None
    with pytest.raises(InputError, match="no folder is open"):
        workspace.open("a.md")


def test_the_vocabulary_file_is_the_nearest_config_or_a_new_one_in_the_folder(write):
    root = write("team/a.md", "Teksti.\n").parent
    assert Workspace(root).vocabulary_file() == root / "postcheck.toml"
    config = write("postcheck.toml", "")
    assert Workspace(root).vocabulary_file() == config


def test_only_the_folders_drafts_open_not_its_other_files(write):
    root = write("team/postcheck.toml", 'exclude = ["arkisto/"]\n').parent
    write("team/a.md", "Teksti.\n")
    write("team/.git/config", "[core]\n")
    write("team/.env", "TOKEN=salainen\n")
    write("team/arkisto/vanha.md", "Vanha.\n")
    os.symlink(root / ".git" / "config", root / "linkki.md")
    workspace = Workspace(root)
    for other in (".git/config", ".env", "postcheck.toml", "arkisto/vanha.md", "linkki.md"):
        with pytest.raises(InputError, match="not a draft of this folder"):
            workspace.open(other)
        with pytest.raises(InputError, match="not a draft of this folder"):
            workspace.save(other, "X", "0")
    assert (root / ".git" / "config").read_text(encoding="utf-8") == "[core]\n"


def test_a_draft_with_mixed_line_endings_is_refused_when_opened_not_when_saved(write):
    path = write("team/a.md", b"Eka\r\ntoka\nkolmas\n")
    with pytest.raises(InputError, match="mixed line endings"):
        Workspace(path.parent).open("a.md")


def test_the_vocabulary_file_of_a_draft_is_its_own_nearest_config(write):
    root = write("team/postcheck.toml", "").parent
    own = write("team/sub/postcheck.toml", "")
    write("team/sub/p.md", "Teksti.\n")
    assert Workspace(root).vocabulary_file("sub/p.md") == own
    assert Workspace(root).vocabulary_file() == root / "postcheck.toml"
