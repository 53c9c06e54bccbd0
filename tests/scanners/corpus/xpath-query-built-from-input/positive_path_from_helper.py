"""Positive: a helper concatenates request values into an ElementPath predicate that findtext evaluates."""
import xml.etree.ElementTree as etree

from django.http import HttpResponse

feeds = etree.parse("feeds.xml").getroot()


def predicate_for(channel):
    return "./feed[@channel='" + channel + "']/title"


def feed_title(request):
    return HttpResponse(feeds.findtext(predicate_for(request.GET["channel"])) or "")
