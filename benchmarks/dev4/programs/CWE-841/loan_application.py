"""Loan application workflow with explicit state transitions."""
from enum import Enum

from fastapi import FastAPI, HTTPException

app = FastAPI()


class State(str, Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    KYC_PASSED = "kyc_passed"
    APPROVED = "approved"
    DISBURSED = "disbursed"


TRANSITIONS = {
    "submit": (State.DRAFT, State.SUBMITTED),
    "kyc": (State.SUBMITTED, State.KYC_PASSED),
    "approve": (State.KYC_PASSED, State.APPROVED),
    "disburse": (State.APPROVED, State.DISBURSED),
}
APPLICATIONS = {}


def advance(app_id: str, action: str):
    application = APPLICATIONS.get(app_id)
    if application is None:
        raise HTTPException(status_code=404)
    required, target = TRANSITIONS[action]
    if application["state"] != required:
        raise HTTPException(
            status_code=409,
            detail=f"cannot {action} while {application['state'].value}",
        )
    application["state"] = target
    application["history"].append(action)
    return application


@app.post("/applications/{app_id}/{action}")
def act(app_id: str, action: str):
    if action not in TRANSITIONS:
        raise HTTPException(status_code=400, detail="unknown action")
    application = advance(app_id, action)
    return {"id": app_id, "state": application["state"], "history": application["history"]}
