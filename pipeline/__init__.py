"""wirewatch: a stream pipeline that flags conflicting claims about what a strike hit."""

__version__ = "0.1.0"
