"""Positive: a Django view connects a raw socket to the host and port posted in the form."""
import socket

from django.http import JsonResponse


def check_port(request):
    target = (request.POST["host"], int(request.POST["port"]))
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.settimeout(2)
    status = probe.connect_ex(target)
    probe.close()
    return JsonResponse({"open": status == 0})
