"""Entry point: declares the language switch and the navigation; pages do the rest."""

import streamlit as st

from storage.db import DatabaseUnavailable
from ui import auth, outage
from ui.i18n import t
from ui.render import plain

# Every page once: name -> (file, title key in ui/i18n, icon). Which role sees which page is below.
PAGES = {
    "practice": ("pages/practice.py", "practice", "💬"),
    "my_progress": ("pages/my_progress.py", "my_progress", "📈"),
    "team_progress": ("pages/team_progress.py", "team_progress", "👥"),
    "authoring": ("pages/authoring.py", "authoring", "✏️"),
    "admin": ("pages/admin.py", "admin", "🔑"),
}
# The pages each role sees after sign-in, in menu order; the first one is the landing page.
# Pages check the role again themselves (ui.auth.require), and services check it where data is read.
PAGES_BY_ROLE = {
    "trainee": ["practice", "my_progress"],
    "trainer": ["team_progress", "authoring", "practice"],
    "hr": ["team_progress"],
    "admin": ["admin", "authoring"],
}


def _page(name: str, lang: str, default: bool = False):
    path, title, icon = PAGES[name]
    return st.Page(path, title=t(title, lang), icon=icon, url_path=name, default=default)


def main() -> None:
    st.set_page_config(page_title="Collector Trainer", page_icon="📞", layout="wide")
    lang = st.sidebar.radio("界面语言 / Language", ["zh", "en"], format_func=lambda code: {"zh": "中文", "en": "English"}[code],
                            key="ui_lang", horizontal=True)
    navigation = None
    try:
        account = auth.current_account()
        if account is None:
            navigation = st.navigation([st.Page("pages/login.py", title=t("auth_sign_in", lang), icon="🔐", default=True)])
            navigation.run()
            return
        st.sidebar.caption(t("auth_signed_in_as", lang, name=plain(account.name), role=t(f"role_{account.role}", lang)))
        st.sidebar.button(t("auth_sign_out", lang), key="auth_sign_out", on_click=auth.sign_out)
        names = PAGES_BY_ROLE.get(account.role, [])
        navigation = st.navigation([_page(name, lang, default=(n == 0)) for n, name in enumerate(names)])
        navigation.run()
    except DatabaseUnavailable:
        # The database is down (or unreachable): a clear message, and nothing the trainee typed is lost.
        if navigation is None:  # failed before any page was chosen: show the message as the only page
            st.navigation([st.Page(lambda: outage.show(lang), title=t("db_unavailable_title", lang),
                                   url_path="unavailable", default=True)], position="hidden").run()
        else:
            outage.show(lang)


main()
