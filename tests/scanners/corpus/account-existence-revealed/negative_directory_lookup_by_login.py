"""Negative example for account-existence-revealed: a staff directory lookup whose path parameter happens
to be called login; saying a person is not in the directory is what the lookup is for."""

from fastapi import FastAPI, HTTPException

from .directory import find_person

api = FastAPI()


@api.get("/people/{login}/phone")
def phone(login: str):
    person = find_person(login)
    if person is None:
        raise HTTPException(status_code=404, detail="user not found")
    return {"phone": person.phone}
