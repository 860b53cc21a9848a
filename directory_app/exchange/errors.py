"""Errors of imports, exports and print drafts, phrased for the user (file, row, field, reason)."""


class ExchangeError(Exception):
    """A file or option the exchange cannot work with; the message names what and why."""
