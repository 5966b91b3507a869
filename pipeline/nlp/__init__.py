"""spaCy: model loading, gazetteers, attribution and target extraction components."""
