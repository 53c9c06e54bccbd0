from django.shortcuts import redirect


def has_host(url):
    return "://" in url


def bounce(request):
    dest = request.GET.get("dest", "/")
    if has_host(dest):
        return redirect(dest)
    return redirect("/")
