"""Tornado handlers for an online exam: start, answer, submit."""
import time

import tornado.web

EXAMS = {"py101": {"questions": 20, "seconds": 1800}}
ATTEMPTS = {}


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_secure_cookie("student")

    def attempt(self, exam_id):
        key = (self.current_user, exam_id)
        att = ATTEMPTS.get(key)
        if att is None or att["state"] != "in_progress":
            raise tornado.web.HTTPError(409, "exam not started or already submitted")
        if time.time() > att["started"] + EXAMS[exam_id]["seconds"]:
            att["state"] = "expired"
            raise tornado.web.HTTPError(409, "time is up")
        return att


class StartHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self, exam_id):
        if exam_id not in EXAMS:
            raise tornado.web.HTTPError(404)
        key = (self.current_user, exam_id)
        if key in ATTEMPTS:
            raise tornado.web.HTTPError(409, "already attempted")
        ATTEMPTS[key] = {"state": "in_progress", "started": time.time(), "answers": {}}
        self.write({"state": "in_progress"})


class AnswerHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self, exam_id, question):
        att = self.attempt(exam_id)
        att["answers"][int(question)] = self.get_body_argument("answer")
        self.write({"saved": int(question)})


class SubmitHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self, exam_id):
        att = self.attempt(exam_id)
        att["state"] = "submitted"
        self.write({"state": "submitted", "answered": len(att["answers"])})
