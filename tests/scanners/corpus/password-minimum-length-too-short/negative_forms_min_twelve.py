"""Form and schema minimums are 12 characters; the 3-character minimum is for the user name."""
from pydantic import BaseModel, Field
from wtforms import Form, PasswordField, StringField
from wtforms.validators import Length


class RegisterForm(Form):
    username = StringField("Username", validators=[Length(min=3)])
    password = PasswordField("Password", validators=[Length(min=12)])


class SignUp(BaseModel):
    username: str = Field(..., min_length=3)
    password: str = Field(..., min_length=12)
