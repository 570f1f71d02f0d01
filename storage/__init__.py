"""Storage: the database schema and the services that read and write it. Plain Python, no UI."""
