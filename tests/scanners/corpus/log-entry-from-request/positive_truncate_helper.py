import logging

log = logging.getLogger(__name__)


def visible(text, width=120):
    return text[:width].strip()


def profile(request):
    nick = request.POST.get("nickname", "")
    log.info("nickname changed to " + visible(nick))
