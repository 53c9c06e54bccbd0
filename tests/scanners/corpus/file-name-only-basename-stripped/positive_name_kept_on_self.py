"""Positive: a report object keeps the customer's requested name (separators replaced only) and later writes the file under it via a path method."""
from pathlib import Path

PUBLIC = Path("/srv/public/reports")


class Report:
    def __init__(self, requested_name: str):
        self.name = requested_name.replace("/", "-")

    def path(self) -> Path:
        return PUBLIC / self.name

    def publish(self, text: str) -> Path:
        self.path().write_text(text)
        return self.path()
