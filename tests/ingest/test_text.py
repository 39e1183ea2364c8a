import pytest

from newsledger.errors import InputError
from newsledger.ingest.text import article_from_bytes, content_id, read_article

from support import SEED


def test_seed_article_has_headline_and_stable_id():
    article = read_article(SEED)
    assert article.title.startswith("US, UK, and Europe Conditionally Endorse")
    assert article.body_start > 0
    assert article.id == content_id(article.text) and len(article.id) == 64
    assert read_article(SEED).id == article.id


def test_html_main_text_is_extracted():
    html = (
        b"<html><head><title>Talks resume</title></head><body><nav>Home | World | Sport</nav>"
        b"<article><h1>Talks resume</h1><p>Russian and Ukrainian negotiators met in Istanbul on "
        b"Monday, officials said, in the first direct talks in three years.</p>"
        b"<p>The delegations agreed to exchange prisoners of war before the next round.</p>"
        b"</article><footer>Copyright 2025 Example News. All rights reserved.</footer>"
        b"</body></html>"
    )
    article = article_from_bytes(html, name="page.html")
    assert "negotiators met in Istanbul" in article.text
    assert "Copyright" not in article.text
    assert "<p>" not in article.text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x00\x01\x02binary\x00data", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(raw, message):
    with pytest.raises(InputError, match=message):
        article_from_bytes(raw, name="x.txt")


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100)
    with pytest.raises(InputError, match="over the size limit of 100"):
        read_article(path, max_bytes=100)


def test_utf16_with_bom():
    article = article_from_bytes("Talks resumed in Geneva.".encode("utf-16"), name="u16.txt")
    assert article.text == "Talks resumed in Geneva."


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
