"""Exports of a database: PLOVER JSON Lines (``plover``), GDELT 2.0-style Events/Mentions tables (``gdelt``), and
every table as CSV or Parquet (``tables``). ``warta export`` is the command line over these."""

from . import gdelt, plover, tables

FORMATS = ("plover", "gdelt", "csv", "parquet")

__all__ = ["FORMATS", "gdelt", "plover", "tables"]
