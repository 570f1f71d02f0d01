"""When the database cannot be reached: one clear message instead of a traceback, and the reply the
trainee had just sent kept on screen (and in the browser session) until it can be saved."""

from __future__ import annotations

import streamlit as st

from ui.i18n import t

PENDING_KEY = "practice_pending_reply"  # the practice page shows this reply again once it can
INPUT_KEY = "practice_input"  # the practice page's chat input


def keep_typed_reply() -> None:
    """Keep what was just sent in the chat input: this run cannot save it, and the widget's value
    lasts only for this run."""
    typed = st.session_state.get(INPUT_KEY)
    if isinstance(typed, str) and typed.strip():
        st.session_state[PENDING_KEY] = typed


def show(lang: str) -> None:
    keep_typed_reply()
    st.title(t("db_unavailable_title", lang))
    st.error(t("db_unavailable", lang))
    if pending := st.session_state.get(PENDING_KEY):
        st.info(t("kept_reply", lang))
        st.code(pending, language=None)
    st.button(t("db_retry", lang), key="outage_retry")  # a click reruns the app
