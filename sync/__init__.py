"""Carrying the counter's work to the central system and the centre's changes back (Qt-free)."""
