import logging

log = logging.getLogger(__name__)


def visible(text, width=120):
    trimmed = text[:width]
    return trimmed.encode("unicode_escape").decode("utf-8")


def profile(request):
    nick = request.POST.get("nickname", "")
    log.info("nickname changed to " + visible(nick))
