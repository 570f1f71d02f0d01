"""Streamlit helpers shared by the pages: services, strings, safe rendering."""
