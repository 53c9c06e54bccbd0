"""Merchant onboarding wizard: profile -> bank details -> identity check -> activation."""
from enum import IntEnum

from django.http import JsonResponse
from django.views import View
from django.contrib.auth.mixins import LoginRequiredMixin


class Step(IntEnum):
    PROFILE = 1
    BANK = 2
    IDENTITY = 3
    ACTIVE = 4


class WizardState:
    SESSION_KEY = "onboarding"

    def __init__(self, session):
        self.session = session
        self.data = session.setdefault(self.SESSION_KEY, {"completed": 0})

    @property
    def completed(self):
        return Step(self.data["completed"]) if self.data["completed"] else None

    def require(self, step):
        done = self.data["completed"]
        if done != step - 1:
            raise PermissionError(f"step {step.name} is not available yet")

    def finish(self, step, **values):
        self.require(step)
        self.data.update(values)
        self.data["completed"] = int(step)
        self.session.modified = True


class OnboardingStepView(LoginRequiredMixin, View):
    step = None
    fields = ()

    def post(self, request):
        state = WizardState(request.session)
        values = {f: request.POST.get(f, "") for f in self.fields}
        if any(not v for v in values.values()):
            return JsonResponse({"error": "all fields are required"}, status=400)
        try:
            state.finish(self.step, **values)
        except PermissionError as exc:
            return JsonResponse({"error": str(exc)}, status=409)
        return JsonResponse({"completed": self.step.name})


class ProfileView(OnboardingStepView):
    step, fields = Step.PROFILE, ("company", "country")


class BankView(OnboardingStepView):
    step, fields = Step.BANK, ("iban", "holder")


class IdentityView(OnboardingStepView):
    step, fields = Step.IDENTITY, ("document_id",)


class ActivateView(LoginRequiredMixin, View):
    def post(self, request):
        state = WizardState(request.session)
        try:
            state.require(Step.ACTIVE)
        except PermissionError as exc:
            return JsonResponse({"error": str(exc)}, status=409)
        request.user.merchant.activate(state.data)
        state.finish(Step.ACTIVE)
        return JsonResponse({"active": True})
