from django import forms
from django.core.validators import FileExtensionValidator
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required

from .models import Dataset


class DatasetForm(forms.Form):
    name = forms.CharField(max_length=100)
    file = forms.FileField(validators=[FileExtensionValidator(allowed_extensions=["csv", "parquet"])])

    def clean_file(self):
        f = self.cleaned_data["file"]
        if f.size > 50 * 1024 * 1024:
            raise forms.ValidationError("max 50 MB")
        head = f.read(4)
        f.seek(0)
        if f.name.lower().endswith(".parquet") and head != b"PAR1":
            raise forms.ValidationError("not a parquet file")
        return f


@login_required
@require_POST
def upload_dataset(request):
    form = DatasetForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    # Dataset.file is a FileField on private (non-public) storage with generated names
    ds = Dataset.objects.create(owner=request.user, name=form.cleaned_data["name"],
                                file=form.cleaned_data["file"])
    return JsonResponse({"id": ds.pk})
