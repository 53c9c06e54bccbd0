import tornado.web

STEPS = ["account", "profile", "billing", "done"]


class WizardHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_signed_cookie("uid")

    def completed(self):
        raw = self.get_signed_cookie("wizard_step")
        return int(raw) if raw else 0

    @tornado.web.authenticated
    def get(self, step):
        if step not in STEPS:
            raise tornado.web.HTTPError(404)
        wanted = STEPS.index(step)
        if wanted > self.completed():
            self.redirect(f"/onboarding/{STEPS[self.completed()]}")
            return
        self.render(f"onboarding/{step}.html")

    @tornado.web.authenticated
    def post(self, step):
        if step not in STEPS or STEPS.index(step) != self.completed():
            raise tornado.web.HTTPError(409, "complete the previous steps first")
        self.application.store.save_step(self.current_user, step, self.request.body_arguments)
        self.set_signed_cookie("wizard_step", str(STEPS.index(step) + 1))
        self.redirect(f"/onboarding/{STEPS[STEPS.index(step) + 1]}")


def make_app(store, secret):
    app = tornado.web.Application([(r"/onboarding/(\w+)", WizardHandler)], cookie_secret=secret, login_url="/login")
    app.store = store
    return app
