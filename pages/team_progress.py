"""Cohort progress (trainers and HR): who is ready, filtered by cohort, dates and scenario; score
trends, a violations-by-week heatmap, scenario statistics, session review, the disputes to decide
(trainers), and exports of what is shown."""

from __future__ import annotations

import streamlit as st

from progress.disputes import DisputeError
from progress.export import record_export, to_csv, to_excel
from progress.queries import Filters
from storage.access import AccessDenied
from storage.db import DatabaseUnavailable
from storage.practice import SessionNotFound
from ui import auth, services
from ui.board_view import heatmap_chart, localized, score_trend_chart, session_review
from ui.i18n import label, t
from ui.render import plain

lang = st.session_state.get("ui_lang", "zh")
account = auth.require("trainer", "hr")
st.title(t("team_progress", lang))

try:
    service = services.progress()
    cohorts = service.queries.cohorts(account)
except DatabaseUnavailable as exc:
    st.error(str(exc))
    st.stop()
titles = {sc.id: sc.title for sc in service.library.listing() if sc.lang == lang}

if message := st.session_state.pop("team_flash", None):
    st.success(message)

f1, f2, f3, f4 = st.columns(4)
cohort_id = f1.selectbox(t("filter_cohort", lang), [None, *cohorts], key="team_cohort",
                         format_func=lambda c: t("all", lang) if c is None else cohorts[c])
date_from = f2.date_input(t("filter_from", lang), value=None, key="team_from")
date_to = f3.date_input(t("filter_to", lang), value=None, key="team_to")
scenario_id = f4.selectbox(t("filter_scenario", lang), [None, *sorted(titles)], key="team_scenario",
                           format_func=lambda s: t("all", lang) if s is None else titles.get(s, s))
filters = Filters(cohort_id=cohort_id, date_from=date_from, date_to=date_to, scenario_id=scenario_id)

try:
    board = service.team_board(account, filters)
except (DatabaseUnavailable, AccessDenied) as exc:
    st.error(str(exc))
    st.stop()

if not board.trainees:
    st.info(t("no_trainees", lang))
    st.stop()

shown = {
    "cohort": localized(board.cohort_table, lang),
    "scenarios": localized(board.scenario_stats, lang),
    "sessions": localized(board.sessions_table, lang),
    "heatmap": localized(board.heatmap, lang),
}
filter_record = {"cohort": cohort_id, "from": str(date_from or ""), "to": str(date_to or ""), "scenario": scenario_id}


def _export(what: str, fmt: str, rows: int) -> None:
    # Runs when the download is clicked: every export is in the audit log.
    record_export(services.database(), account, what, fmt, rows, filter_record)


st.subheader(t("cohort_table", lang))
st.dataframe(shown["cohort"], hide_index=True, key="team_cohort_table")
certified = sum(status.certified for status in board.certification.values())
st.caption(t("certified_count", lang, n=certified, total=len(board.trainees)))

e1, e2, e3 = st.columns(3)
e1.download_button(t("export_csv", lang), to_csv(shown["cohort"]), "cohort.csv", "text/csv", key="team_export_cohort_csv",
                   on_click=_export, args=("cohort", "csv", len(shown["cohort"])))
e2.download_button(t("export_sessions_csv", lang), to_csv(shown["sessions"]), "sessions.csv", "text/csv",
                   key="team_export_sessions_csv", on_click=_export, args=("sessions", "csv", len(shown["sessions"])))
e3.download_button(t("export_excel", lang), to_excel({t(f"sheet_{k}", lang): v for k, v in shown.items()}),
                   "progress.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   key="team_export_excel", on_click=_export, args=("board", "xlsx", sum(len(v) for v in shown.values())))

tab_trend, tab_heat, tab_scen, tab_sessions, tab_disputes = st.tabs(
    [t("tab_trend", lang), t("tab_heatmap", lang), t("tab_scenario_stats", lang), t("tab_sessions", lang),
     t("tab_disputes", lang)])

with tab_trend:
    st.subheader(t("score_trend_per_trainee", lang))
    score_trend_chart(board.trend, lang, color="trainee")

with tab_heat:
    st.subheader(t("violations_by_week", lang))
    heatmap_chart(board.heatmap, lang)

with tab_scen:
    st.dataframe(shown["scenarios"], hide_index=True, key="team_scenario_stats")

with tab_sessions:
    if board.sessions_table.empty:
        st.info(t("no_sessions_match", lang))
    else:
        st.dataframe(shown["sessions"], hide_index=True, key="team_sessions")
        by_id = {s.id: s for s in board.sessions}
        picked = st.selectbox(t("review_session", lang), list(board.sessions_table["session"]), key="team_review",
                              format_func=lambda i: f"#{i} · {by_id[i].trainee} · {titles.get(by_id[i].scenario_id, by_id[i].scenario_id)}"
                                                    f" · {t('mode_' + by_id[i].mode, lang)} · {by_id[i].score if by_id[i].score is not None else '…'}")
        try:
            session_review(services.progress_queries().session(account, int(picked)), titles, lang, "team")
        except SessionNotFound:
            st.error(t("session_not_found", lang))

with tab_disputes:
    open_disputes = services.disputes().open_disputes(account)
    if not open_disputes:
        st.info(t("no_open_disputes", lang))
    for d in open_disputes:
        with st.container(border=True):
            st.markdown(f"**{plain(d['trainee'])}** · #{d['session_id']} · {t('turn_n', lang, n=d['turn'])} · "
                        f"**{label(d['label'], lang)}**")
            st.markdown(f"> {plain(d['reply'])}")
            st.caption(f"{t('dispute_comment', lang)}: {plain(d['comment'])}")
            if account.role != "trainer":
                continue  # HR sees the queue; trainers decide
            note = st.text_input(t("dispute_decision_comment", lang), key=f"team_decision_note_{d['id']}")
            c1, c2 = st.columns(2)
            for column, decision in ((c1, "upheld"), (c2, "overturned")):
                if column.button(t(f"dispute_{decision}", lang), key=f"team_{decision}_{d['id']}"):
                    try:
                        services.disputes().decide(account, d["id"], decision, note)
                    except (DisputeError, AccessDenied) as exc:
                        st.error(t(exc.key, lang) if isinstance(exc, DisputeError) else str(exc))
                    else:
                        st.session_state["team_flash"] = t("dispute_decided", lang)
                        st.rerun()
