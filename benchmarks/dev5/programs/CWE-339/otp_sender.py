"""SMS one-time passcodes for the Tornado login flow."""
import secrets
import time

import tornado.web

CODE_TTL = 300
MAX_ATTEMPTS = 5


class OtpStore:
    def __init__(self):
        self.codes: dict[str, dict] = {}

    def issue(self, phone: str) -> str:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.codes[phone] = {"code": code, "exp": time.time() + CODE_TTL, "tries": 0}
        return code

    def check(self, phone: str, code: str) -> bool:
        entry = self.codes.get(phone)
        if not entry or time.time() > entry["exp"]:
            return False
        entry["tries"] += 1
        if entry["tries"] > MAX_ATTEMPTS:
            self.codes.pop(phone, None)
            return False
        if secrets.compare_digest(entry["code"], code):
            self.codes.pop(phone, None)
            return True
        return False


class RequestCodeHandler(tornado.web.RequestHandler):
    def initialize(self, store: OtpStore, sms):
        self.store = store
        self.sms = sms

    def post(self):
        phone = self.get_body_argument("phone")
        self.sms.send(phone, f"Your code: {self.store.issue(phone)}")
        self.write({"sent": True})


class VerifyCodeHandler(tornado.web.RequestHandler):
    def initialize(self, store: OtpStore, sms):
        self.store = store

    def post(self):
        ok = self.store.check(self.get_body_argument("phone"), self.get_body_argument("code"))
        self.set_status(200 if ok else 401)
        self.write({"ok": ok})
