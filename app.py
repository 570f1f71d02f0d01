"""Entry point: declares the language switch and the navigation; pages do the rest."""

import streamlit as st

from ui.i18n import t


def main() -> None:
    st.set_page_config(page_title="Collector Trainer", page_icon="📞", layout="wide")
    lang = st.sidebar.radio("界面语言 / Language", ["zh", "en"], format_func=lambda code: {"zh": "中文", "en": "English"}[code],
                            key="ui_lang", horizontal=True)
    pages = [st.Page("pages/practice.py", title=t("practice", lang), icon="💬", default=True)]
    st.navigation(pages).run()


main()
