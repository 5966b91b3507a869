"""Faust adapters: app factory, topics, codecs and thin agents."""
