"""Practice: pick a scenario, talk with the borrower, see every reply scored."""

from __future__ import annotations

import streamlit as st

from simulator import ReplyError, SessionEnded
from storage.db import DatabaseUnavailable
from storage.practice import ConcurrentReply
from ui import services
from ui.i18n import label, t
from ui.render import plain

lang = st.session_state.get("ui_lang", "zh")
library = services.library()

st.title(t("practice", lang))
if library.errors:
    st.warning(t("scenario_errors", lang) + "\n\n" + "\n".join(f"- {plain(str(e))}" for e in library.errors))

choices = [sc for sc in library.listing() if sc.lang == lang]
if not choices:
    st.error(t("no_scenarios", lang))
    st.stop()


def persona_card(sc) -> None:
    p, loan = sc.persona, sc.persona.loan
    with st.container(border=True):
        st.subheader(f"{p.name} · {t('difficulty', lang)} {'★' * sc.difficulty}")
        c1, c2, c3 = st.columns(3)
        c1.metric(t("amount_due", lang), f"{loan.amount_due:,.0f} {loan.currency}")
        c2.metric(t("overdue_days", lang), loan.overdue_days)
        c3.metric(t("principal", lang), f"{loan.principal:,.0f} {loan.currency}")
        st.markdown(
            f"**{t('age', lang)}**: {p.age} · **{t('occupation', lang)}**: {plain(p.occupation)} · "
            f"**{t('product', lang)}**: {plain(loan.product)} · **{t('lender', lang)}**: {plain(loan.lender)}"
        )
        st.markdown(f"**{t('briefing', lang)}**: {plain(sc.summary)}")


def show_feedback(turn) -> None:
    with st.expander(t("feedback", lang), expanded=bool(turn.violations) or turn.index == current_turns):
        if turn.violations:
            for ev in turn.evidence:
                quote = ev.get("quote", "")
                st.error(f"**{label(ev['label'], lang)}** · `{ev['source']}` · {plain(ev.get('rule', ''))}"
                         + (f"\n\n> {plain(quote)}" if quote else ""))
        else:
            st.success(t("no_violation", lang))
        st.markdown(f"**{t('tone', lang)}**: {label(turn.tone, lang)}")
        st.markdown(f"**{t('moves', lang)}**: " + (", ".join(label(m, lang) for m in turn.moves) or "—"))
        if turn.coaching:
            st.info(f"**{t('better_reply', lang)}**: {plain(turn.coaching['model_reply'])}\n\n"
                    f"*{t('why', lang)}*: {plain(turn.coaching['why'])}")


session_id = st.session_state.get("practice_session_id")
if session_id is None:
    titles = {f"{sc.title} ({'★' * sc.difficulty})": sc for sc in choices}
    picked = titles[st.selectbox(t("choose_scenario", lang), list(titles), key="practice_scenario")]
    persona_card(picked)
    if st.button(t("start", lang), type="primary", key="practice_start"):
        try:
            started = services.practice().start(picked)
        except DatabaseUnavailable as exc:
            st.error(str(exc))
            st.stop()
        st.session_state["practice_session_id"] = started.id
        st.session_state["practice_scenario_key"] = (picked.id, picked.lang)
        st.rerun()
    st.stop()

scenario = library.get(*st.session_state["practice_scenario_key"])
service = services.practice()
try:
    row = service.get(session_id)
except DatabaseUnavailable as exc:
    st.error(str(exc))
    st.stop()

persona_card(scenario)
current_turns = row.turn_count
st.caption(f"{t('saved_session', lang)} #{row.id}")
with st.chat_message("assistant", avatar="📞"):
    st.markdown(plain(row.sim_state.get("opening_line", "")))
for turn in row.turns:
    with st.chat_message("user"):
        st.markdown(plain(turn.reply))
        show_feedback(turn)
    with st.chat_message("assistant", avatar="📞"):
        st.markdown(plain(turn.borrower_line))

if row.outcome:
    st.subheader(f"{t('call_ended', lang)}: {label(row.outcome, lang)}")
    rubric = row.rubric or {}
    st.metric(t("score", lang), f"{row.score} / 100", t("passed", lang) if row.passed else t("not_passed", lang),
              delta_color="normal" if row.passed else "inverse")
    st.markdown(f"**{t('improve', lang)}**")
    for item in rubric.get("feedback", []):
        st.markdown(f"- {plain(item)}")
    if st.button(t("restart", lang), key="practice_restart"):
        st.session_state.pop("practice_session_id", None)
        st.rerun()
    st.stop()

if pending := st.session_state.pop("practice_pending_reply", None):
    st.info(t("kept_reply", lang))
    st.code(pending, language=None)

if reply := st.chat_input(t("your_reply", lang), key="practice_input"):
    try:
        service.reply(session_id, scenario, reply)
    except ReplyError as exc:
        st.warning(str(exc))
        st.session_state["practice_pending_reply"] = reply
    except (DatabaseUnavailable, ConcurrentReply) as exc:
        st.session_state["practice_pending_reply"] = reply
        st.error(str(exc))
    except SessionEnded:
        pass
    else:
        st.rerun()

if st.button(t("restart", lang), key="practice_abandon"):
    st.session_state.pop("practice_session_id", None)
    st.rerun()
