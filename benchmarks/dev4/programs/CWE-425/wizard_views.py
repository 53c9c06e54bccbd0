from django.contrib.auth.decorators import login_required, user_passes_test
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect


def is_finance(user):
    return user.is_authenticated and user.groups.filter(name="finance").exists()


finance_required = user_passes_test(is_finance, login_url="/login/")


@login_required
def home(request):
    links = ["/reports/"]
    if is_finance(request.user):
        links.append("/finance/ledger/")
    return JsonResponse({"links": links})


@finance_required
def ledger(request):
    return JsonResponse({"entries": [{"id": 1, "amount": "1200.00"}]})


@finance_required
def ledger_download(request):
    resp = HttpResponse("id,amount\n1,1200.00\n", content_type="text/csv")
    resp["Content-Disposition"] = "attachment; filename=ledger.csv"
    return resp


@login_required
def reports(request):
    if request.GET.get("view") == "finance" and not is_finance(request.user):
        return redirect("/reports/")
    return JsonResponse({"reports": ["weekly", "monthly"]})
