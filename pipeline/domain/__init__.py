"""Pure rules: models, validation, dedup decisions, claim comparison, alerts.

Nothing in this package imports faust, aiokafka or spaCy (ruff enforces it).
"""
