"""Who is signed in to this browser session: sign-in, single sign-on, sign-out, and the role check
every page makes before it reads anything. The account is re-read from the database on each run,
so a deactivated account or a changed role takes effect at once."""

from __future__ import annotations

import streamlit as st

from storage.access import Account
from storage.db import DatabaseUnavailable
from ui import outage, services
from ui.i18n import t

USER_KEY = "auth_user_id"


def sso_configured() -> bool:
    """Streamlit's OIDC sign-in is on when .streamlit/secrets.toml has an [auth] section."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def current_account() -> Account | None:
    user_id = st.session_state.get(USER_KEY)
    if user_id is None and sso_configured() and getattr(st.user, "is_logged_in", False):
        account = services.accounts().for_sso(st.user.get("email"))
        if account is not None:
            st.session_state[USER_KEY] = account.id
        return account
    if user_id is None:
        return None
    account = services.accounts().get(user_id)
    if account is None:  # deactivated, deleted, or a demo account outside demo mode
        sign_out()
    return account


def sign_in(account: Account) -> None:
    _forget_pages()  # a new identity starts from a clean slate: nothing of another user's pages survives
    st.session_state[USER_KEY] = account.id


def _forget_pages() -> None:
    for key in list(st.session_state):
        if key != "ui_lang" and not key.startswith("login_"):
            del st.session_state[key]


def sign_out() -> None:
    """Forget the signed-in account (a button callback: the app then reruns to the login page)."""
    _forget_pages()
    if sso_configured() and getattr(st.user, "is_logged_in", False):
        st.logout()


def require(*roles: str) -> Account:
    """The signed-in account if its role is one of `roles`; otherwise the page stops with a message.
    Pages call this first, so a page reached by its address shows nothing to the wrong role."""
    lang = st.session_state.get("ui_lang", "zh")
    try:
        account = current_account()
    except DatabaseUnavailable:  # a clear message, and the reply just typed kept (ui/outage.py)
        outage.show(lang)
        st.stop()
    if account is None:
        st.error(t("auth_sign_in_first", lang))
        st.stop()
    if account.role not in roles:
        st.error(t("auth_not_for_role", lang))
        st.stop()
    return account
