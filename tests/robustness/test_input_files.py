"""Hostile and broken input files through the real command line: one line naming the file and the problem,
a non-zero exit, no traceback and no output file; or a build, when the file can be read after all.

Every input is generated here; nothing binary is stored in the repository."""
from __future__ import annotations

import io
import random
import zipfile

import pytest
from conftest import run_cli

pytestmark = pytest.mark.hostile


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", "Peru warned Chile on Monday.")
    return buffer.getvalue()


def _random(seed: int, *, nul: bool) -> bytes:
    rng = random.Random(seed)
    low = 0 if nul else 1
    return bytes(rng.randint(low, 255) for _ in range(4096))


def _nul_late() -> bytes:
    # The NUL sits past the first 8 KB, where a quick sniff of the head would not see it.
    return b"Peru warned Chile on Monday. " * 400 + b"\x00" + b"Chile answered."


# name, content, the message after "error: [E101] PATH: "
REFUSED = [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\t\n \r\n", "file is empty"),
    ("noise.txt", _random(1, nul=True), "is a binary file, not text (NUL byte at offset "),
    ("noise-no-nul.txt", _random(2, nul=False), "is not valid UTF-8 (byte 0x"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "is a binary file (a PNG image), not text"),
    ("bundle.md", _zip(), "is a binary file (a ZIP archive), not text"),
    ("latin1.txt", "Café talks in Paris.".encode("latin-1"), "is not valid UTF-8 (byte 0xe9 at offset 3); save it as UTF-8"),
    ("nul.txt", _nul_late(), "is a binary file, not text (NUL byte at offset 11600)"),
    ("bad-utf16.txt", b"\xff\xfeP\x00e\x00\x00\xd8", "is not valid UTF-16"),
    ("scripts.html", b"<html><head><style>p{color:red}</style><script>var s = 'Peru warned Chile';</script></head>"
                     b"<body><script>document.title = 'x';</script><style>b{}</style></body></html>",
     "HTML page has no main text that could be extracted"),
    ("links.md", b"- [Harbour news](https://example.org/a)\n- [Budget vote](https://example.org/b)\n\n"
                 b"[More](https://example.org/c) | [Archive](https://example.org/d)\n",
     "has no article text (empty, or only metadata)"),
    ("all-bad.jsonl", b'{"text": 12}\n{not json\n', '"text" is a number, not a string (and 1 more bad record(s)'),
]


def _refused(result, path, message):
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: [E10") and f"{path}" in lines[0], lines[0]
    assert message in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("name, content, message", REFUSED, ids=[case[0] for case in REFUSED])
def test_refused_with_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    out = tmp_path / "out.ttl"
    line = _refused(run_cli("build", str(path), "-o", str(out)), path, message)
    assert line.startswith(f"error: [E101] {path}")
    assert not out.exists() and list(tmp_path.iterdir()) == [path]  # nothing half-written, no temp file left


def test_empty_stdin_is_refused():
    result = run_cli("build", "-", "-o", "unused.ttl", stdin=b"")
    _refused(result, "<stdin>", "file is empty")


def test_symlink_loop_is_named_as_a_loop(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    line = _refused(run_cli("build", str(loop), "-o", str(tmp_path / "o.ttl")), loop,
                    "is a symbolic link loop (the link points back to itself)")
    assert "no such file" not in line
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.symlink_to(b)
    b.symlink_to(a)
    _refused(run_cli("build", str(a), "-o", str(tmp_path / "o.ttl")), a, "is a symbolic link loop")


def test_broken_link_is_named(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    _refused(run_cli("build", str(link), "-o", str(tmp_path / "o.ttl")), link,
             f"is a broken symbolic link (to {tmp_path / 'nowhere.txt'})")


@pytest.mark.parametrize("setup", ["empty", "no-article-files", "only-bad-files"])
def test_directory_with_no_article(tmp_path, setup):
    folder = tmp_path / "in"
    folder.mkdir()
    if setup == "no-article-files":
        (folder / "notes.csv").write_text("a,b\n")
        (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    elif setup == "only-bad-files":
        (folder / "empty.txt").write_bytes(b"")
        (folder / "loop.txt").symlink_to(folder / "loop.txt")
    out = tmp_path / "o.ttl"
    line = _refused(run_cli("build", str(folder), "-o", str(out)), folder, "directory holds no readable article")
    assert line.startswith("error: [E102]") and not out.exists()
