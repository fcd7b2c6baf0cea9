"""The command line: ``postcheck [OPTIONS] PATH...`` and its subcommands.

The subcommands are ``channels``, ``rules``, ``explain``, ``init`` and ``doctor``.

Exit status: 0 when every file passes; 1 when a file has an error finding (with ``--strict``
also a warning) or scores under ``--min-score``, or when ``--diff`` has changes to show; 2 when a
file could not be checked (bad input, config or set-up) or the command was misused. Files that
can be checked are checked even when others cannot. ``--exit-zero`` turns 1 into 0.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import click

from postcheck.api import check_all, check_file_all
from postcheck.cli.archive import archive_command
from postcheck.cli.batch import PARALLEL_FROM, Job, default_workers, run
from postcheck.core.errors import PostcheckError
from postcheck.core.kinds import LANGUAGES, POST_TYPES
from postcheck.core.report import Report
from postcheck.core.version import __version__
from postcheck.document.draft import decode, read_stream
from postcheck.engine import vocab
from postcheck.engine.config import CONFIG_FILE, Config, config_for, load_config
from postcheck.engine.files import expand
from postcheck.output import get_format
from postcheck.output.text import explain_scores
from postcheck.output.types import FileError, RunResult
from postcheck.rules.base import Rule

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


class _DefaultToCheck(click.Group):
    """A group whose default command is ``check``: ``postcheck a.md`` runs ``check a.md``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _color() -> bool:
    """Colour on a terminal, unless NO_COLOR is set (https://no-color.org)."""
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


@click.group(cls=_DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="postcheck")
def main() -> None:
    """Score draft posts against what good company content must be.

    postcheck PATH... checks drafts (files, folders of .md/.markdown/.txt, or - for stdin);
    it is short for postcheck check PATH.... See postcheck check --help for its options.
    """


#: The exit status of a run stopped with Ctrl-C (128 + SIGINT), as shells report it.
EXIT_INTERRUPTED = 130


def console() -> None:
    """Run postcheck as a command (the console script and ``python -m postcheck``).

    Output never fails on a terminal whose encoding cannot show a character ("→" becomes "?"),
    and Ctrl-C stops the run with exit status 130 and one line, not a traceback.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        main.main(prog_name="postcheck", standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("postcheck: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)


def _encodable(output: str, format_name: str) -> str:
    """Return JSON and SARIF with \\u escapes when the output's encoding cannot show a character.

    Text for people degrades to "?" there; data for programs must stay exact.
    """
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    if format_name not in ("json", "sarif"):
        return output
    try:
        output.encode(encoding)
    except UnicodeEncodeError:
        return json.dumps(json.loads(output), ensure_ascii=True, indent=2) + "\n"
    except LookupError:
        pass
    return output


def _read_stdin(explicit: Config | None) -> str:
    """Read a draft from standard input, no more than the size limit allows."""
    limit = (explicit or Config()).max_size_mb
    return decode(read_stream(sys.stdin.buffer, max_size_mb=limit), path="<stdin>")


def _fails(report: Report, threshold: int, strict: bool) -> str | None:
    """Return why a report fails the run (None when it passes)."""
    severities = {finding.severity for finding in report.findings}
    name = report.path or "<stdin>"
    if threshold and report.score is None:
        return f"{name}: no score (the draft has no prose) to compare with --min-score {threshold}"
    if report.score is not None and report.score < threshold:
        return f"{name}: overall score {report.score} is under --min-score {threshold}"
    if "error" in severities or (strict and "warning" in severities):
        return ""
    return None


def _excluded(explicit: Config | None) -> Callable[[str], bool]:
    def excluded(path: str) -> bool:
        try:
            settings = explicit or config_for(path)
        except PostcheckError:
            return False  # the file's own check reports its broken config
        return settings.excludes(path)

    return excluded


@main.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--channel",
    "channel",
    multiple=True,
    help="Channel the drafts are for; twice for a report per channel (list: postcheck channels).",
)
@click.option(
    "--audience", help="Target audience (kuluttajat, b2b, asiantuntijat, sisainen, selko)."
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language (default: front matter, config, or detected).",
)
@click.option("--type", "post_type", type=click.Choice(POST_TYPES), help="Kind of post.")
@click.option(
    "--format",
    "output_format",
    help="Output format: text, json, sarif, github (default: text; github under GitHub Actions).",
)
@click.option(
    "--min-score", type=click.IntRange(0, 100), help="Fail files whose overall score is lower."
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Config file to use instead of the nearest postcheck.toml.",
)
@click.option(
    "--fix", is_flag=True, help="Apply safe fixes to the files, then report what is left."
)
@click.option("--diff", is_flag=True, help="Show the safe fixes as a diff; change nothing.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings fail files.")
@click.option(
    "--jobs",
    "jobs_option",
    type=click.IntRange(1, 256),
    help=(
        f"Processes to check with (default: one per core for {PARALLEL_FROM}+ files, else 1;"
        " one process has Voikko's helper process beside it)."
    ),
)
def check_command(
    paths: tuple[str, ...],
    channel: tuple[str, ...],
    audience: str | None,
    lang: str | None,
    post_type: str | None,
    output_format: str | None,
    min_score: int | None,
    config_path: str | None,
    fix: bool,
    diff: bool,
    strict: bool,
    exit_zero: bool,
    jobs_option: int | None,
) -> None:
    """Check drafts and print their findings and scores."""
    if fix and diff:
        click.echo(
            "postcheck: --fix changes the files and --diff shows the changes without making"
            " them: use one of them",
            err=True,
        )
        sys.exit(EXIT_ERROR)
    try:
        explicit = load_config(config_path) if config_path is not None else None
        name = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
        formatter = get_format(name)
    except PostcheckError as error:
        click.echo(f"postcheck: {error}", err=True)
        sys.exit(EXIT_ERROR)
    options = {"channels": channel or None, "audience": audience, "lang": lang, "type": post_type}
    items = list(expand(list(paths), _excluded(explicit)))
    jobs = []
    errors: list[FileError] = []
    for item in items:
        try:
            if isinstance(item, PostcheckError):
                raise item
            stdin = _read_stdin(explicit) if item == "-" else None
        except PostcheckError as bad:
            errors.append(FileError(bad.path, str(bad)))
            click.echo(f"postcheck: {bad}", err=True)
            continue
        jobs.append(
            Job(
                item,
                options,
                config_path,
                fix=fix,
                diff=diff,
                text=stdin,
                render_json=name == "json",
            )
        )
    reports: list[Report] = []
    rendered: list[str | None] = []  # each report's JSON, where its worker rendered it
    diffs: list[str] = []
    said: set[str] = set()
    failed = False
    show_progress = len(jobs) >= 10 and sys.stderr.isatty() and not os.environ.get("CI")
    outcomes = run(jobs, jobs_option or default_workers(len(jobs)))
    with click.progressbar(
        outcomes,
        length=len(jobs),
        label="Checking",
        file=sys.stderr if show_progress else io.StringIO(),
    ) as progress:
        for outcome in progress:
            for note in outcome.notes:
                click.echo(f"postcheck: {note}", err=True)
            if outcome.error is not None:
                errors.append(outcome.error)
                if outcome.error.message not in said:  # a missing dependency is said once
                    said.add(outcome.error.message)
                    click.echo(f"postcheck: {outcome.error.message}", err=True)
                continue
            if outcome.diff:
                diffs.append(outcome.diff)
            reports.extend(outcome.reports)
            rendered.extend(outcome.rendered or (None,) * len(outcome.reports))
            threshold = min_score if min_score is not None else outcome.min_score
            for report in outcome.reports:
                reason = _fails(report, threshold, strict)
                failed = failed or reason is not None
                if reason:
                    click.echo(f"postcheck: {reason}", err=True)
    if diff:
        click.echo("".join(diffs), nl=False)
        sys.exit(EXIT_ERROR if errors else EXIT_FAILED if diffs and not exit_zero else EXIT_OK)
    color = _color()
    result = RunResult(tuple(reports), tuple(errors), _rules_of(reports, explicit), tuple(rendered))
    click.echo(_encodable(formatter(result, color), name), nl=False, color=color)
    sys.exit(EXIT_ERROR if errors else EXIT_FAILED if failed and not exit_zero else EXIT_OK)


def _rules_of(reports: list[Report], explicit: Config | None) -> dict[str, type[Rule]]:
    """Return the rules in force for the reports' drafts, by code (their configs' rule sets)."""
    found: dict[str, type[Rule]] = {}
    for report in reports:
        config = explicit or (config_for(report.path) if report.path else Config())
        for finding in report.findings:
            rule = config.rule_set.get(finding.rule)
            if rule is not None:
                found.setdefault(finding.rule, rule)
    return found


def _team_config(config_path: str | None) -> Config:
    """Return the config named by ``--config``, else the one that applies in this folder."""
    try:
        return load_config(config_path) if config_path else config_for(".")
    except PostcheckError as error:
        click.echo(f"postcheck: {error}", err=True)
        sys.exit(EXIT_ERROR)


_CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Config file to use instead of the nearest postcheck.toml.",
)


@main.command("rules")
@_CONFIG_OPTION
def rules_command(config_path: str | None) -> None:
    """List every rule in force: code, name, criterion, default severity and summary.

    The team's own rules (rule packs in postcheck.toml) are listed with the built-in ones.
    """
    for rule in _team_config(config_path).rule_set:
        languages = ",".join(sorted(rule.languages)) if rule.languages else "all"
        columns = f"{rule.code}  {rule.name:<26} {rule.criterion:<11} {rule.severity:<8}"
        click.echo(f"{columns} {languages:<4} {rule.summary()}")


@main.command("channels")
@_CONFIG_OPTION
def channels_command(config_path: str | None) -> None:
    """List every channel with its counting, limits, fold and hashtag advice."""
    config = _team_config(config_path)
    header = (
        "channel",
        "counting",
        "limit",
        "recommended",
        "fold",
        "hashtags",
        "markdown",
        "links",
    )
    rows = [header]
    for name in config.channel_names():
        channel = config.channel_profile(name)
        limit = "–" if channel.limit is None else str(channel.limit)
        if channel.max_bytes:
            limit += f" ({channel.max_bytes} bytes)"
        recommended = channel.recommended
        rows.append(
            (
                name,
                channel.counting,
                limit,
                f"{recommended[0]}–{recommended[1]}" if recommended else "–",
                "–" if channel.fold is None else str(channel.fold),
                "–" if channel.hashtags_max is None else f"≤ {channel.hashtags_max}",
                "yes" if channel.markdown else "no",
                "clickable" if channel.links_clickable else "not clickable",
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    for row in rows:
        click.echo(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


@main.command("init")
@click.argument("folder", default=".", type=click.Path(file_okay=False))
def init_command(folder: str) -> None:
    """Write a commented starter postcheck.toml (the team's shared rules) into FOLDER."""
    target = Path(folder) / CONFIG_FILE
    if target.exists():
        click.echo(f"postcheck: {target}: already exists; edit it, or remove it first", err=True)
        sys.exit(EXIT_ERROR)
    template = resources.files("postcheck") / "templates" / CONFIG_FILE
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(template.read_text(encoding="utf-8"), encoding="utf-8")
    except OSError as error:
        click.echo(f"postcheck: {target}: cannot write: {error.strerror}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"Wrote {target}: the team's shared rules. Edit it and commit it with your drafts.")


@main.command("doctor")
@click.argument("path", default=".")
def doctor_command(path: str) -> None:
    """Show versions, the config that applies to PATH, and what is missing with the fix."""
    from postcheck.cli.doctor import report

    lines, missing = report(path)
    for line in lines:
        click.echo(line)
    for problem in missing:
        click.echo(f"MISSING: {problem}")
    if missing:
        sys.exit(EXIT_ERROR)
    click.echo("OK: postcheck has everything it needs.")


@main.command("score")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_CONFIG_OPTION
def score_command(paths: tuple[str, ...], config_path: str | None) -> None:
    """Explain drafts' scores: every point each criterion earned and lost, and why.

    PATH is a file, a folder or - for standard input, as for check.
    """
    explicit = _team_config(config_path) if config_path else None
    failed = False
    for item in expand(list(paths), _excluded(explicit)):
        try:
            if isinstance(item, PostcheckError):
                raise item
            if item == "-":
                text = _read_stdin(explicit)
                reports = check_all(text, config=explicit or Config())
            else:
                reports = check_file_all(item, config=explicit)
        except PostcheckError as error:
            click.echo(f"postcheck: {error}", err=True)
            failed = True
            continue
        for report in reports:
            click.echo(explain_scores(report))
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


@main.command("serve")
@click.argument("folder", required=False, type=click.Path(file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
    help="Port to listen on (0: any free port).",
)  # fmt: skip
@click.option("--no-browser", is_flag=True, help="Do not open the page in a browser.")
@click.option(
    "--allow-host", "allowed", multiple=True, metavar="NAME",
    help="Also answer to this host name (the name a reverse proxy with a login passes on).",
)  # fmt: skip
@_CONFIG_OPTION
def serve_command(
    folder: str | None,
    host: str,
    port: int,
    no_browser: bool,
    allowed: tuple[str, ...],
    config_path: str | None,
) -> None:
    """Open a page for writing drafts: marks as you type, scores, previews on each channel.

    With FOLDER, the page lists its drafts, opens and saves them, and adds words to the team's
    vocabulary. The page is served only to this machine unless --host says otherwise.
    """
    from postcheck.web.app import folder_workspace
    from postcheck.web.server import serve

    try:
        workspace = folder_workspace(folder, config_path)
        workspace.config()  # a broken config is one line now, not an error on the page
    except PostcheckError as error:
        click.echo(f"postcheck: {error}", err=True)
        sys.exit(EXIT_ERROR)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"postcheck: warning: serving on {host}: anyone who can reach it can read and change "
            "the drafts; put it behind your own login, and name the host people reach it by "
            "with --allow-host (README: postcheck serve)",
            err=True,
        )
    try:
        serve(
            workspace, host=host, port=port, open_browser=not no_browser, hosts=allowed,
            announce=lambda url: click.echo(f"postcheck: serving at {url} (Ctrl-C stops)"),
        )  # fmt: skip
    except OSError as error:
        click.echo(f"postcheck: cannot listen on {host}:{port}: {error.strerror}", err=True)
        sys.exit(EXIT_ERROR)


@main.command("lsp")
def lsp_command() -> None:
    """Run the language server on standard input and output, for editors (see the README)."""
    from postcheck.lsp.server import main as run_server

    run_server()


@main.command("history")
@click.argument("path", default=".", type=click.Path(exists=True))
@click.option("--since", metavar="DATE", help="Only versions from this date on (as git takes it).")
@click.option("--until", metavar="DATE", help="Only versions up to this date.")
@click.option(
    "--by", "by", type=click.Choice(["month", "author", "channel", "folder"]), default="month",
    show_default=True, help="How the summary table groups the versions.",
)  # fmt: skip
@click.option(
    "--format", "output_format", type=click.Choice(["jsonl", "csv", "parquet"]),
    help="Write every record in this format (to --output, or standard output).",
)  # fmt: skip
@click.option("--output", type=click.Path(dir_okay=False), help="File for --format.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Write the report.")
@click.option(
    "--authors", type=click.Choice(["named", "pseudonymous", "hidden"]),
    default="pseudonymous", show_default=True, help="How writers are shown.",
)  # fmt: skip
@click.option(
    "--lang", "report_lang", type=click.Choice(["fi", "sv", "en"]), help="The report's language."
)
@click.option("--jobs", type=click.IntRange(1, 256), default=1, help="Processes to check with.")
@click.option("--no-cache", is_flag=True, help="Check every version again.")
def history_command(
    path: str,
    since: str | None,
    until: str | None,
    by: str,
    output_format: str | None,
    output: str | None,
    html_path: str | None,
    authors: str,
    report_lang: str | None,
    jobs: int,
    no_cache: bool,
) -> None:
    """Show how the team and each writer improve: every draft version in git, checked.

    Each draft is checked as it stood after each commit that changed it, with the config of
    that commit; results are cached, so a second run checks only what is new.
    """
    from postcheck.cli.history import run_history

    try:
        run_history(
            path, since=since, until=until, by=by, output_format=output_format, output=output,
            html_path=html_path, authors=authors, report_lang=report_lang, jobs=jobs,
            use_cache=not no_cache,
        )  # fmt: skip
    except PostcheckError as error:
        click.echo(f"postcheck: {error}", err=True)
        sys.exit(EXIT_ERROR)


main.add_command(archive_command)


@main.group("vocab")
def vocab_command() -> None:
    """Manage the team's accepted words: names, brands and terms the dictionary lacks."""


@vocab_command.command("add")
@click.argument("words", nargs=-1, required=True)
@click.option("--draft", "draft", type=click.Path(dir_okay=False), help="Add to this draft only.")
@_CONFIG_OPTION
def vocab_add_command(words: tuple[str, ...], draft: str | None, config_path: str | None) -> None:
    """Add WORDS to the team's postcheck.toml (or with --draft, to a draft's front matter).

    The file keeps its comments and layout. "Kinda" accepts "Kindan" and "Kinda-tiimi" too; a
    word with capitals is accepted only so written.
    """
    try:
        if draft:
            target = Path(draft)
            added = vocab.add_to_draft(target, words)
        else:
            target = vocab.config_path(config_path)
            added = vocab.add_to_config(target, words)
    except PostcheckError as error:
        click.echo(f"postcheck: {error}", err=True)
        sys.exit(EXIT_ERROR)
    if added:
        click.echo(f"{target}: added {', '.join(added)}")
    else:
        click.echo(f"{target}: already there: {', '.join(dict.fromkeys(words))}")


@vocab_command.command("list")
@_CONFIG_OPTION
def vocab_list_command(config_path: str | None) -> None:
    """List the team's accepted, preferred and rejected words."""
    config = _team_config(config_path)
    words = config.vocabulary
    click.echo(f"accept: {', '.join(words.accept) or '–'}")
    prefer = ", ".join(f"{avoid} → {better}" for avoid, better in words.prefer.items())
    click.echo(f"prefer: {prefer or '–'}")
    click.echo(f"reject: {', '.join(words.reject) or '–'}")


@main.command("explain")
@click.argument("rule")
@_CONFIG_OPTION
def explain_command(rule: str, config_path: str | None) -> None:
    """Print a rule's manual (by code, such as PC101, or name, such as spelling)."""
    try:
        found = _team_config(config_path).rule_set.find(rule)
    except PostcheckError as error:
        click.echo(f"postcheck: {error}", err=True)
        sys.exit(EXIT_ERROR)
    languages = ", ".join(sorted(found.languages)) if found.languages else "all"
    click.echo(f"{found.code} {found.name}")
    facts = f"criterion: {found.criterion} · default severity: {found.severity}"
    click.echo(f"{facts} · languages: {languages}")
    for name, option in found.option_fields().items():
        click.echo(f"option {name} = {option.default!r} ({option.expected()})")
    click.echo("")
    click.echo(found.manual())


if __name__ == "__main__":  # pragma: no cover
    main()
