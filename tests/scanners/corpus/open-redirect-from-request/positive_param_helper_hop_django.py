from django.http import HttpResponseRedirect


def read_target(request, default="/home"):
    raw = request.POST["target"].strip()
    return raw if raw else default


class Bouncer:
    def post(self, request):
        where = read_target(request)
        return HttpResponseRedirect(where)
