"""Progress: what each account may read of the practice record, the boards built from it, the
certification policy, recommendations, disputes and exports. Plain Python, no UI."""
