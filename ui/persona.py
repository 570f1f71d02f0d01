"""The persona card a trainee reads before the call; the authoring page previews the same card."""

from __future__ import annotations

import streamlit as st

from ui.i18n import t
from ui.render import plain


def persona_card(sc, lang: str) -> None:
    p, loan = sc.persona, sc.persona.loan
    with st.container(border=True):
        st.subheader(f"{plain(p.name)} · {t('difficulty', lang)} {'★' * sc.difficulty}")
        c1, c2, c3 = st.columns(3)
        c1.metric(t("amount_due", lang), f"{loan.amount_due:,.0f} {loan.currency}")
        c2.metric(t("overdue_days", lang), loan.overdue_days)
        c3.metric(t("principal", lang), f"{loan.principal:,.0f} {loan.currency}")
        st.markdown(
            f"**{t('age', lang)}**: {p.age} · **{t('occupation', lang)}**: {plain(p.occupation)} · "
            f"**{t('product', lang)}**: {plain(loan.product)} · **{t('lender', lang)}**: {plain(loan.lender)}"
        )
        st.markdown(f"**{t('briefing', lang)}**: {plain(sc.summary)}")
