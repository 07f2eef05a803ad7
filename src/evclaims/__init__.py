"""evclaims: turn a folder of news articles into a reviewed claims ledger."""

__version__ = "0.1.0"
