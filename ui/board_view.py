"""Pieces both progress boards render: translated tables, the certification card, charts, and the
review of one session with its transcript and every flag."""

from __future__ import annotations

from typing import Callable

import altair as alt
import pandas as pd
import streamlit as st

from progress.certification import CertificationStatus, Policy
from progress.queries import SessionDetail
from ui.i18n import label, t
from ui.render import plain


def localized(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Headers and coded values in the UI language (also what the exports contain)."""
    out = frame.copy()
    for column, translate in (("mode", lambda v: t(f"mode_{v}", lang)), ("outcome", lambda v: label(v, lang)),
                              ("label", lambda v: label(v, lang)),
                              ("certification", lambda v: t(f"cert_{v}", lang))):
        if column in out.columns:
            out[column] = out[column].map(lambda v, f=translate: f(v) if isinstance(v, str) and v else v)
    for column in ("passed", "required", "exam_passed"):
        if column in out.columns:
            out[column] = out[column].map(lambda v: "✓" if v is True else ("—" if v is False else v))
    return out.rename(columns=lambda c: t(f"col_{c}", lang))


def weak_key(key: str, lang: str) -> str:
    kind, name = key.split(":", 1)
    return t("weak_listen", lang) if key == "move:listen" else label(name, lang)


def certification_card(status: CertificationStatus, policy: Policy, titles: dict[str, str], lang: str) -> None:
    with st.container(border=True):
        st.subheader(t("cert_title", lang))
        if status.certified:
            st.success(t("cert_done", lang, date=status.certified_at.date().isoformat()))
            return
        st.markdown(t("cert_rule", lang, n=policy.other_scenarios, score=policy.min_score,
                      flags=", ".join(label(v, lang) for v in sorted(policy.disqualifying_violations))))
        for scenario in status.missing_required:
            left = status.attempts_left(policy, scenario)
            st.markdown(f"- {t('cert_missing_required', lang, title=plain(titles.get(scenario, scenario)))}"
                        + (f" ({t('cert_exams_left', lang, n=left)})" if left is not None else ""))
        if status.others_needed:
            st.markdown(f"- {t('cert_missing_others', lang, n=status.others_needed)}")


def score_trend_chart(trend: pd.DataFrame, lang: str, color: str) -> None:
    if trend.empty:
        st.caption(t("no_data", lang))
        return
    chart = alt.Chart(trend).mark_line(point=True).encode(
        # Whole days on the axis: a single call would otherwise get millisecond ticks (".641").
        x=alt.X("ended:T", title=t("col_ended", lang), scale=alt.Scale(nice="day"),
                axis=alt.Axis(format="%m-%d %H:%M", labelAngle=0)),
        y=alt.Y("score:Q", title=t("col_score", lang), scale=alt.Scale(domain=[0, 100])),
        color=alt.Color(f"{color}:N", title=t(f"col_{color}", lang)),
        tooltip=["ended:T", "scenario:N", "mode:N", "score:Q", "trainee:N"])
    st.altair_chart(chart, width="stretch")


def violations_chart(frame: pd.DataFrame, lang: str) -> None:
    data = frame.assign(label=frame["label"].map(lambda v: label(v, lang)))
    chart = alt.Chart(data).mark_bar().encode(x=alt.X("label:N", title=t("col_label", lang), sort=None),
                                             y=alt.Y("count:Q", title=t("col_count", lang)))
    st.altair_chart(chart, width="stretch")


def heatmap_chart(frame: pd.DataFrame, lang: str) -> None:
    if frame.empty:
        st.caption(t("no_data", lang))
        return
    data = frame.assign(label=frame["label"].map(lambda v: label(v, lang)))
    chart = alt.Chart(data).mark_rect().encode(
        x=alt.X("yearmonthdate(week):O", title=t("col_week", lang)), y=alt.Y("label:N", title=t("col_label", lang)),
        color=alt.Color("count:Q", title=t("col_count", lang), scale=alt.Scale(scheme="orangered")),
        tooltip=["week:T", "label:N", "count:Q"])
    st.altair_chart(chart, width="stretch")


def session_review(detail: SessionDetail, titles: dict[str, str], lang: str, prefix: str,
                   dispute: Callable[[int, str, str], None] | None = None) -> None:
    """The transcript with every flag; dispute(turn_id, label, comment): offered to the trainee."""
    s = detail.summary
    st.markdown(f"**{plain(titles.get(s.scenario_id, s.scenario_id))}** · {t('mode_' + s.mode, lang)} · "
                f"{plain(s.trainee)} · {s.started_at:%Y-%m-%d %H:%M} UTC")
    if s.finished:
        score = f"{s.score} / 100"
        if s.revised:
            score += f" ({t('original_score', lang, score=s.original_score)})"
        st.metric(t("score", lang), score, t("passed", lang) if s.passed else t("not_passed", lang),
                  delta_color="normal" if s.passed else "inverse")
        st.caption(f"{t('outcome', lang)}: {label(s.outcome or 'unfinished', lang)}")
    elif s.flags_hidden:
        st.info(t("exam_running_hidden", lang))
    with st.chat_message("assistant", avatar="📞"):
        st.markdown(plain(detail.opening_line))
    for turn in detail.turns:
        with st.chat_message("user"):
            st.markdown(plain(turn.reply))
            for flag in turn.flags:
                _flag(flag, turn, lang, prefix, dispute if s.finished else None)
            if turn.coaching and turn.flags:
                st.info(f"**{t('better_reply', lang)}**: {plain(turn.coaching['model_reply'])}")
        with st.chat_message("assistant", avatar="📞"):
            st.markdown(plain(turn.borrower_line))
    if detail.feedback:
        st.markdown(f"**{t('improve', lang)}**")
        for item in detail.feedback:
            st.markdown(f"- {plain(item)}")


def _flag(flag, turn, lang: str, prefix: str, dispute) -> None:
    quotes = "; ".join(plain(e.get("quote", "")) for e in flag.evidence if e.get("quote"))
    text = f"**{label(flag.label, lang)}**" + (f" · {quotes}" if quotes else "")
    if flag.overturned:
        st.success(f"~~{label(flag.label, lang)}~~ · {t('flag_overturned', lang)}")
    else:
        st.error(text)
    d = flag.dispute
    if d is not None:
        st.caption(f"{t('dispute_status_' + d.status, lang)} · {t('dispute_comment', lang)}: {plain(d.comment)}"
                   + (f" · {t('dispute_decision_comment', lang)}: {plain(d.decision_comment)}" if d.decision_comment else ""))
    elif dispute is not None:
        with st.expander(t("dispute_this", lang)):
            comment = st.text_area(t("dispute_comment", lang), key=f"{prefix}_dispute_text_{turn.id}_{flag.label}")
            if st.button(t("dispute_send", lang), key=f"{prefix}_dispute_send_{turn.id}_{flag.label}"):
                dispute(turn.id, flag.label, comment)
