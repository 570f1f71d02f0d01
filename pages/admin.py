"""Administration: create users, reset passwords, activate or deactivate, create cohorts, put
trainees in cohorts, assign trainers and HR to cohorts, and read the audit log."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from storage.access import ROLES, STAFF_ROLES
from storage.accounts import AccountError
from storage.audit import read_log
from storage.db import DatabaseUnavailable
from ui import auth, services
from ui.i18n import t
from ui.render import plain

lang = st.session_state.get("ui_lang", "zh")
account = auth.require("admin")
st.title(t("admin", lang))
accounts = services.accounts()

if message := st.session_state.pop("admin_flash", None):
    st.success(message)


def attempt(action, done_key: str, **values) -> None:
    """Run one admin change; a refusal becomes a message, success a note after the rerun."""
    try:
        action()
    except AccountError as exc:
        st.error(t(exc.key, lang, **{k: plain(str(v)) for k, v in exc.values.items()}))
        return
    except DatabaseUnavailable as exc:
        st.error(str(exc))
        return
    st.session_state["admin_flash"] = t(done_key, lang, **values)
    st.rerun()


users = accounts.list_users(account)
cohorts = {c["id"]: c["name"] for c in accounts.list_cohorts(account)}
by_id = {u["id"]: u for u in users}


def user_label(user_id: int) -> str:
    u = by_id[user_id]
    return f"{u['username']} · {t('role_' + u['role'], lang)}"


tab_users, tab_new, tab_password, tab_cohorts, tab_audit = st.tabs(
    [t("admin_users", lang), t("admin_new_user", lang), t("admin_reset_password", lang), t("admin_cohorts", lang),
     t("admin_audit", lang)])

with tab_users:
    table = pd.DataFrame([{
        "username": u["username"], "display_name": u["display_name"], "role": t("role_" + u["role"], lang),
        "cohort": cohorts.get(u["cohort_id"], ""), "staff_cohorts": ", ".join(cohorts[c] for c in u["staff_cohorts"]),
        "active": "✓" if u["active"] else "—", "demo": "✓" if u["demo"] else ""} for u in users])
    st.dataframe(table.rename(columns=lambda c: t(f"col_{c}", lang)), hide_index=True, key="admin_user_table")
    who = st.selectbox(t("admin_pick_user", lang), list(by_id), format_func=user_label, key="admin_active_user")
    active = by_id[who]["active"]
    if st.button(t("admin_deactivate" if active else "admin_activate", lang), key="admin_toggle_active"):
        attempt(lambda: accounts.set_active(account, who, not active), "admin_saved")

with tab_new:
    with st.form("admin_new_user_form", clear_on_submit=True):
        username = st.text_input(t("auth_username", lang), key="admin_new_username")
        display = st.text_input(t("col_display_name", lang), key="admin_new_display")
        role = st.selectbox(t("auth_role", lang), ROLES, format_func=lambda r: t(f"role_{r}", lang), key="admin_new_role")
        cohort = st.selectbox(t("admin_cohort_for_trainee", lang), [None, *cohorts], key="admin_new_cohort",
                              format_func=lambda c: t("none", lang) if c is None else cohorts[c])
        password = st.text_input(t("auth_password", lang), type="password", key="admin_new_password")
        if st.form_submit_button(t("admin_create", lang), key="admin_create_user"):
            attempt(lambda: accounts.create_user(account, username, password, role, display_name=display,
                                                 cohort_id=cohort if role == "trainee" else None),
                    "admin_user_created", username=plain(username))

with tab_password:
    who = st.selectbox(t("admin_pick_user", lang), list(by_id), format_func=user_label, key="admin_password_user")
    new_password = st.text_input(t("admin_new_password", lang), type="password", key="admin_password_value")
    if st.button(t("admin_reset_password", lang), key="admin_password_reset"):
        attempt(lambda: accounts.reset_password(account, who, new_password), "admin_password_done")

with tab_cohorts:
    st.subheader(t("admin_new_cohort", lang))
    name = st.text_input(t("col_cohort", lang), key="admin_cohort_name")
    if st.button(t("admin_create", lang), key="admin_cohort_create"):
        attempt(lambda: accounts.create_cohort(account, name), "admin_saved")

    trainees = [u["id"] for u in users if u["role"] == "trainee"]
    if trainees:
        st.subheader(t("admin_trainee_cohort", lang))
        trainee = st.selectbox(t("admin_pick_user", lang), trainees, format_func=user_label, key="admin_cohort_trainee")
        target = st.selectbox(t("col_cohort", lang), [None, *cohorts], key="admin_cohort_target",
                              index=([None, *cohorts].index(by_id[trainee]["cohort_id"])
                                     if by_id[trainee]["cohort_id"] in cohorts else 0),
                              format_func=lambda c: t("none", lang) if c is None else cohorts[c])
        if st.button(t("admin_save", lang), key="admin_cohort_save"):
            attempt(lambda: accounts.set_cohort(account, trainee, target), "admin_saved")

    staff = [u["id"] for u in users if u["role"] in STAFF_ROLES]
    if staff and cohorts:
        st.subheader(t("admin_staff_cohorts", lang))
        member = st.selectbox(t("admin_pick_user", lang), staff, format_func=user_label, key="admin_staff_user")
        chosen = st.multiselect(t("admin_cohorts", lang), list(cohorts), default=by_id[member]["staff_cohorts"],
                                format_func=lambda c: cohorts[c], key=f"admin_staff_cohorts_{member}")
        if st.button(t("admin_save", lang), key="admin_staff_save"):
            attempt(lambda: accounts.set_staff_cohorts(account, member, chosen), "admin_saved")

with tab_audit:
    log = read_log(services.database(), account)
    st.dataframe(pd.DataFrame([{"at": r.at, "actor": r.actor, "action": r.action, "target": r.target,
                                "detail": str(r.detail)} for r in log],
                              columns=["at", "actor", "action", "target", "detail"]).rename(
        columns=lambda c: t(f"col_{c}", lang)), hide_index=True, key="admin_audit_table")
