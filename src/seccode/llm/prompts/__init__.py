"""Prompt presets as package data: ``<preset>.json``, each carrying its version."""
