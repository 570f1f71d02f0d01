"""A real browser (Playwright driving Debian's headless Chromium, with a CJK font) against a real
`streamlit run app.py`: a trainee signs in, plays cashflow-instalment in Chinese to an agreement and
sees the score on the board; an HR user signs in and sees that result. Screenshots of every step
are kept in test-artifacts/browser/."""

from __future__ import annotations

import re

import pytest
import yaml

from browser_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ROOT, StreamlitServer, browser_skip_reason

pytestmark = pytest.mark.skipif(browser_skip_reason() is not None, reason=browser_skip_reason() or "")

SHOTS = ARTIFACTS / "browser"
LONG = 180_000  # ms: the first reply loads the model in the server


def _replies() -> list[str]:
    """The scenario's good transcript, then its coaching replies for the commitment and the close:
    the scorer is retrained from time to time, and a turn it reads differently must not stop a
    trainee who keeps asking for a commitment from reaching the agreement."""
    data = yaml.safe_load((ROOT / "scenarios/library/cashflow-instalment.zh.yaml").read_text(encoding="utf-8"))
    good = next(tr["replies"] for tr in data["transcripts"] if tr["kind"] == "good")
    coaching = {c["moment"]: c["model_reply"] for c in data["coaching"]}
    return good + [coaching["commitment"], coaching["close"], coaching["commitment"]]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    SHOTS.mkdir(parents=True, exist_ok=True)
    db_path = tmp_path_factory.mktemp("browser") / "browser.db"
    srv = StreamlitServer(db_path, ARTIFACTS / "browser-server.log")
    try:
        srv.wait_healthy()
        srv.db_path = db_path
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _wait_idle(page) -> None:
    # While the script runs Streamlit shows a status widget and greys out the elements of the last
    # run (data-stale="true"); wait until neither is left, so screenshots show the finished page.
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && !document.querySelector('[data-stale=\"true\"]')", timeout=LONG)


def _charts_drawn(page) -> None:
    # Charts draw after the page settles; a screenshot before that shows empty boxes.
    page.locator("[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg").first.wait_for(
        timeout=LONG)
    page.wait_for_timeout(500)


def _sign_in(page, url: str, username: str, password: str) -> None:
    from ui.i18n import t

    page.goto(url)
    page.get_by_label(t("auth_username", "zh")).fill(username)
    page.get_by_label(t("auth_password", "zh")).fill(password)
    page.get_by_test_id("stBaseButton-primaryFormSubmit").click()
    page.get_by_role("button", name=t("auth_sign_out", "zh")).wait_for(timeout=LONG)
    _wait_idle(page)


def test_trainee_plays_to_agreement_and_hr_sees_the_result(server, browser):
    from storage.accounts import DEMO_ACCOUNTS
    from storage.db import Database
    from storage.models import PracticeSession
    from ui.i18n import t

    passwords = {u: p for u, _, _, p in DEMO_ACCOUNTS}
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        _sign_in(page, server.url, "trainee1", passwords["trainee1"])
        page.get_by_test_id("stSelectbox").first.wait_for(timeout=LONG)  # the scenario list
        _wait_idle(page)
        _shot(page, "01-trainee-signed-in")

        page.get_by_test_id("stSelectbox").first.click()
        page.get_by_role("option", name=re.compile("外卖站长")).click()
        _wait_idle(page)
        page.get_by_role("button", name=t("start", "zh")).click()
        chat = page.get_by_test_id("stChatInput").locator("textarea")
        chat.wait_for(timeout=LONG)
        messages = page.get_by_test_id("stChatMessage")
        assert messages.count() == 1  # the borrower answers the phone
        _shot(page, "02-call-started")

        ended = page.get_by_text(t("call_ended", "zh"))
        for n, reply in enumerate(_replies(), start=1):
            chat.fill(reply)
            chat.press("Enter")
            page.wait_for_function(
                "n => document.querySelectorAll('[data-testid=\"stChatMessage\"]').length >= n", arg=1 + 2 * n,
                timeout=LONG)
            _wait_idle(page)
            assert reply in messages.nth(2 * n - 1).inner_text()
            if ended.count():
                break
        ended.wait_for(timeout=LONG)
        score_metric = page.get_by_test_id("stMetric").filter(has_text=t("score", "zh"))
        score_metric.scroll_into_view_if_needed()
        _shot(page, "03-call-ended")

        db = Database(f"sqlite:///{server.db_path}")
        with db.transaction() as tx:
            row = tx.query(PracticeSession).one()
            outcome, score = row.outcome, row.score
        db.dispose()
        assert outcome == "agreement" and score is not None
        assert f"{score} / 100" in score_metric.inner_text()

        page.get_by_role("link", name=t("my_progress", "zh")).click()
        page.get_by_role("heading", name=t("my_progress", "zh")).wait_for(timeout=LONG)
        _wait_idle(page)
        mean = page.get_by_test_id("stMetric").filter(has_text=t("mean_score", "zh"))
        assert str(score) in mean.inner_text()  # the mean of one finished call is its score
        _charts_drawn(page)
        _shot(page, "04-trainee-board")

        page.get_by_role("button", name=t("auth_sign_out", "zh")).click()
        page.get_by_label(t("auth_username", "zh")).wait_for(timeout=LONG)
        _sign_in(page, server.url, "hr", passwords["hr"])
        page.get_by_role("heading", name=t("team_progress", "zh")).wait_for(timeout=LONG)
        _charts_drawn(page)
        _shot(page, "05-hr-board")
        page.get_by_role("tab", name=t("tab_sessions", "zh")).click()
        _wait_idle(page)
        # The review of the trainee's call: their name, the scenario and the score.
        page.get_by_test_id("stMetric").filter(has_text=f"{score} / 100").wait_for(timeout=LONG)
        page.get_by_text(re.compile(r"工资延发的外卖站长.*Demo trainee 1")).first.wait_for(timeout=LONG)
        page.get_by_test_id("stMetric").filter(has_text=f"{score} / 100").scroll_into_view_if_needed()
        _shot(page, "06-hr-sessions")
    except Exception:
        _shot(page, "failure")
        raise
    finally:
        context.close()
