"""CLI commands, one module per group of verbs; each registers on ``warta.cli.main``."""
