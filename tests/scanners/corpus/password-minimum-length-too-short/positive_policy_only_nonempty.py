"""Sign-up validation: the strength rule only asks for something to be typed."""
from django import forms


def is_valid_password(candidate):
    return len(candidate) > 0


class SignupForm(forms.Form):
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput)

    def clean_password(self):
        value = self.cleaned_data["password"]
        if not is_valid_password(value):
            raise forms.ValidationError("Password required")
        return value
