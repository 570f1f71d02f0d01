"""Sign in: a local account's username and password, or single sign-on when it is configured."""

from __future__ import annotations

import streamlit as st

from storage.accounts import DEMO_ACCOUNTS
from storage.db import DatabaseUnavailable
from ui import auth, services
from ui.i18n import t

lang = st.session_state.get("ui_lang", "zh")
st.title(t("auth_sign_in", lang))

try:
    accounts = services.accounts()
except DatabaseUnavailable:
    st.error(t("db_unavailable", lang))
    st.stop()

with st.form("login_form"):
    username = st.text_input(t("auth_username", lang), key="login_username")
    password = st.text_input(t("auth_password", lang), type="password", key="login_password")
    submitted = st.form_submit_button(t("auth_sign_in", lang), type="primary", key="login_submit")
if submitted:
    try:
        account = accounts.authenticate(username, password)
    except DatabaseUnavailable:
        st.error(t("db_unavailable", lang))
        st.stop()
    if account is None:
        st.error(t("auth_failed", lang))
    else:
        auth.sign_in(account)
        st.rerun()

if auth.sso_configured():
    st.divider()
    if st.button(t("auth_sso", lang), key="login_sso"):
        st.login()
    if getattr(st.user, "is_logged_in", False):
        st.warning(t("auth_sso_unknown", lang))  # signed in with the provider, but no local account

if accounts.demo:
    with st.expander(t("auth_demo_accounts", lang), expanded=True):
        st.caption(t("auth_demo_note", lang))
        st.table({t("auth_username", lang): [u for u, _, _, _ in DEMO_ACCOUNTS],
                  t("auth_password", lang): [p for _, _, _, p in DEMO_ACCOUNTS],
                  t("auth_role", lang): [t(f"role_{r}", lang) for _, r, _, _ in DEMO_ACCOUNTS]})
