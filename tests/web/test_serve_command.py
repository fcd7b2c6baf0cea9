"""``postcheck serve`` refuses what it cannot serve in one line with exit 2, before listening."""

import socket

from click.testing import CliRunner

from postcheck.cli.main import main


def serve(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["serve", "--no-browser", *args])
    return result.exit_code, result.stderr


def test_a_missing_folder_is_one_line_and_exit_2(tmp_path):
    code, err = serve(str(tmp_path / "puuttuu"))
    assert (code, err) == (
        2,
        f"postcheck: {tmp_path / 'puuttuu'}: not a folder; name the folder of your drafts\n",
    )


def test_a_file_instead_of_a_folder_is_refused(write):
    draft = write("a.md", "Teksti.\n")
    code, err = serve(str(draft))
    assert code == 2 and "is a file" in err


def test_a_broken_config_is_named_before_the_page_starts(write):
    root = write("team/postcheck.toml", "min_score = 'paljon'\n").parent
    code, err = serve(str(root))
    assert code == 2
    assert err.count("\n") == 1 and "postcheck.toml" in err and "min_score" in err


def test_a_port_in_use_is_one_line_and_exit_2(tmp_path):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        code, err = serve(str(tmp_path), "--port", str(taken.getsockname()[1]))
    finally:
        taken.close()
    assert code == 2
    assert err.startswith("postcheck: cannot listen on 127.0.0.1:") and err.count("\n") == 1


def test_the_listening_socket_lets_asyncio_send_answers_without_delay():
    from postcheck.web.server import bind, url_of

    sock = bind("127.0.0.1", 0)
    try:
        # asyncio sets TCP_NODELAY only on sockets that name IPPROTO_TCP: without it each
        # answer waited ~40 ms for the client's delayed acknowledgement.
        assert sock.proto == socket.IPPROTO_TCP
        assert url_of(sock) == f"http://127.0.0.1:{sock.getsockname()[1]}/"
    finally:
        sock.close()
