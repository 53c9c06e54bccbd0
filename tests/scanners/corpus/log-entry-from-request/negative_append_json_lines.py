"""Negative example for log-entry-from-request: each entry is one JSON document (CR/LF escaped)."""

import json

import tornado.web


class FeedbackHandler(tornado.web.RequestHandler):
    def post(self):
        entry = {"who": self.get_argument("who"), "ua": self.request.headers.get("User-Agent", "")}
        with open("feedback.jsonl", "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry) + "\n")
        self.set_status(204)
