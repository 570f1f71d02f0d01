"""Bad input on the practice page: nothing a trainee writes is rendered as HTML or live Markdown,
and a reply over the length limit gets a clear message while the text is kept."""

from test_app_practice import _start, app  # noqa: F401  the signed-in trainee's practice page

from simulator import MAX_REPLY_CHARS
from ui.render import plain

HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> **粗体** [链接](javascript:alert(1)) 您好 😀"


def test_html_and_markdown_in_a_reply_are_shown_as_typed(app):  # noqa: F811
    at = app
    _start(at, "外卖站长")
    at.chat_input(key="practice_input").set_value(HOSTILE).run()
    assert not at.exception and len(at.chat_message) == 3
    shown = [md for md in at.markdown if "alert" in md.value]
    assert shown and all(md.value == plain(HOSTILE) for md in shown)
    assert not any(md.proto.allow_html for md in at.markdown)  # no element of the page allows HTML


def test_a_reply_over_the_limit_is_refused_with_a_clear_message_and_kept(app):  # noqa: F811
    at = app
    _start(at, "外卖站长")
    long_reply = "您好" * 5_000  # 10,000 characters
    at.chat_input(key="practice_input").set_value(long_reply).run()
    assert not at.exception
    assert any(f"最多 {MAX_REPLY_CHARS} 字" in w.value for w in at.warning)
    assert len(at.chat_message) == 1  # nothing was saved
    assert long_reply in [c.value for c in at.code]  # the text is kept to shorten and send again
