"""A pydantic sign-up schema declares a five-character minimum for the password."""
from pydantic import BaseModel, Field


class SignUp(BaseModel):
    email: str
    password: str = Field(..., min_length=5, max_length=128)
