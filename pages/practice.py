"""Practice: pick a scenario, talk with the borrower, see every reply scored."""

from __future__ import annotations

import streamlit as st

from simulator import ReplyError, SessionEnded
from storage.db import DatabaseUnavailable
from storage.practice import ConcurrentReply, ExamAttemptsUsed, SessionNotFound
from ui import auth, outage, services
from ui.i18n import label, t
from ui.persona import persona_card as shared_persona_card
from ui.render import plain

lang = st.session_state.get("ui_lang", "zh")
account = auth.require("trainee", "trainer")
try:
    library = services.library()
except DatabaseUnavailable:
    outage.show(lang)
    st.stop()

st.title(t("practice", lang))
if library.errors:
    st.warning(t("scenario_errors", lang) + "\n\n" + "\n".join(f"- {plain(str(e))}" for e in library.errors))

choices = [sc for sc in library.listing() if sc.lang == lang]
if not choices:
    st.error(t("no_scenarios", lang))
    st.stop()


def persona_card(sc) -> None:
    shared_persona_card(sc, lang)  # the authoring page previews this same card


def show_feedback(turn) -> None:
    if exam_running:
        return  # an exam shows no flags and no coaching until the call has ended
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
    mode = "practice"
    if account.role == "trainee":  # exams count toward certification, which is for trainees
        mode = st.radio(t("mode", lang), ["practice", "exam"], format_func=lambda m: t(f"mode_{m}", lang),
                        key="practice_mode", horizontal=True)
        if mode == "exam":
            st.info(t("exam_rules", lang, left=services.exam_attempts_left(account.id, picked.id)))
    if st.button(t("start", lang), type="primary", key="practice_start"):
        try:
            started = services.practice().start(picked, user_id=account.id, mode=mode,
                                                version=str(library.version_of(picked.id, picked.lang)))
        except ExamAttemptsUsed:
            st.error(t("exam_no_attempts", lang))
            st.stop()
        except DatabaseUnavailable:
            st.error(t("db_unavailable", lang))
            st.stop()
        st.session_state["practice_session_id"] = started.id
        st.session_state["practice_scenario_key"] = (picked.id, picked.lang)
        st.rerun()
    st.stop()

try:
    scenario = services.session_scenario(session_id)  # the version the session started on, even after an edit
    service = services.practice()
    row = service.get(session_id, user_id=account.id)
except SessionNotFound:
    st.session_state.pop("practice_session_id", None)
    st.rerun()
except DatabaseUnavailable:
    outage.show(lang)
    st.stop()
exam_running = row.mode == "exam" and not row.outcome

persona_card(scenario)
current_turns = row.turn_count
st.caption(f"{t('saved_session', lang)} #{row.id} · {t('mode_' + row.mode, lang)}")
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
        service.reply(session_id, scenario, reply, user_id=account.id, expected_turn=current_turns)
    except ReplyError as exc:
        st.warning(str(exc))
        st.session_state["practice_pending_reply"] = reply
    except DatabaseUnavailable:
        st.session_state["practice_pending_reply"] = reply
        st.error(t("db_unavailable", lang))
    except ConcurrentReply as exc:
        st.session_state["practice_pending_reply"] = reply
        st.error(str(exc))
    except SessionEnded:
        pass
    else:
        st.rerun()
    if st.session_state.get("practice_pending_reply") == reply:  # not saved: show it now, not only next run
        st.info(t("kept_reply", lang))
        st.code(reply, language=None)

if st.button(t("restart", lang), key="practice_abandon"):
    st.session_state.pop("practice_session_id", None)
    st.rerun()
