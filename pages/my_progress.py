"""My progress (trainees): sessions, score trend, violations by label, what is left to pass, the
next scenario to try, the review of any past session (with disputes), and the notebook of flagged
turns beside better replies."""

from __future__ import annotations

import streamlit as st

from progress.disputes import DisputeError
from storage.access import AccessDenied
from storage.db import DatabaseUnavailable
from storage.practice import SessionNotFound
from ui import auth, services
from ui.board_view import certification_card, localized, score_trend_chart, session_review, violations_chart, weak_key
from ui.i18n import label, t
from ui.render import plain

lang = st.session_state.get("ui_lang", "zh")
account = auth.require("trainee")
st.title(t("my_progress", lang))

try:
    service = services.progress()
    board = service.trainee_board(account, lang)
except (DatabaseUnavailable, AccessDenied) as exc:
    st.error(str(exc))
    st.stop()
titles = {sc.id: sc.title for sc in service.library.listing() if sc.lang == lang}

def _session_label(session_id: int) -> str:
    s = next(x for x in board.sessions if x.id == session_id)
    score = f"{s.score}" if s.score is not None else "…"
    return f"#{s.id} · {s.started_at:%Y-%m-%d} · {titles.get(s.scenario_id, s.scenario_id)} · {t('mode_' + s.mode, lang)} · {score}"


if message := st.session_state.pop("mine_flash", None):
    st.success(message)

finished = [s for s in board.sessions if s.finished]
c1, c2, c3 = st.columns(3)
c1.metric(t("sessions_count", lang), len(board.sessions))
c2.metric(t("mean_score", lang), round(sum(s.score or 0 for s in finished) / len(finished)) if finished else "—")
c3.metric(t("cert_title", lang), t(f"cert_{board.certification.state}", lang))

certification_card(board.certification, service.policy, titles, lang)

if rec := board.recommendation:
    with st.container(border=True):
        st.subheader(t("recommended_next", lang))
        st.markdown(f"**{plain(rec.title)}**")
        if rec.because:
            st.caption(t("recommended_because", lang, weak=", ".join(weak_key(k, lang) for k in rec.because)))
        else:
            st.caption(t("recommended_start", lang))

tab_trend, tab_scenarios, tab_sessions, tab_notebook = st.tabs(
    [t("tab_trend", lang), t("tab_scenarios", lang), t("tab_sessions", lang), t("tab_notebook", lang)])

with tab_trend:
    st.subheader(t("score_trend", lang))
    score_trend_chart(board.trend, lang, color="mode")
    st.subheader(t("violations_by_label", lang))
    violations_chart(board.violations, lang)
    st.dataframe(localized(board.violations, lang), hide_index=True, key="mine_violations")

with tab_scenarios:
    st.caption(t("still_to_pass", lang, n=len(board.still_to_pass)))
    st.dataframe(localized(board.scenarios, lang), hide_index=True, key="mine_scenarios")

with tab_sessions:
    if board.sessions_table.empty:
        st.info(t("no_sessions_yet", lang))
    else:
        st.dataframe(localized(board.sessions_table.drop(columns=["trainee", "cohort"]), lang), hide_index=True,
                     key="mine_sessions")
        options = list(board.sessions_table["session"])
        picked = st.selectbox(t("review_session", lang), options, key="mine_review",
                              format_func=lambda i: _session_label(i))

        def dispute(turn_id: int, flag: str, comment: str) -> None:
            try:
                services.disputes().open(account, turn_id, flag, comment)
            except DisputeError as exc:
                st.error(t(exc.key, lang))
                return
            st.session_state["mine_flash"] = t("dispute_sent", lang)
            st.rerun()

        try:
            detail = services.progress_queries().session(account, int(picked))
        except SessionNotFound:
            st.error(t("session_not_found", lang))
            st.stop()
        session_review(detail, titles, lang, "mine", dispute=dispute)

with tab_notebook:
    flagged = services.progress_queries().flagged_turns(account)
    if not flagged:
        st.info(t("notebook_empty", lang))
    for summary, turn in flagged:
        with st.container(border=True):
            st.caption(f"{plain(titles.get(summary.scenario_id, summary.scenario_id))} · #{summary.id} · "
                       f"{t('turn_n', lang, n=turn.index)} · {summary.started_at:%Y-%m-%d}")
            left, right = st.columns(2)
            with left:
                st.markdown(f"**{t('you_said', lang)}**")
                st.markdown(plain(turn.reply))
                st.markdown(" ".join(("~~" + label(f.label, lang) + "~~") if f.overturned else f"`{label(f.label, lang)}`"
                                     for f in turn.flags))
            with right:
                st.markdown(f"**{t('better_reply', lang)}**")
                if turn.coaching:
                    st.markdown(plain(turn.coaching["model_reply"]))
                    st.caption(plain(turn.coaching.get("why", "")))
                else:
                    st.caption(t("no_better_reply", lang))

