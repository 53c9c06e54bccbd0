"""Positive example for reply-to-address-from-packet: a Twisted datagram callback answers to a host and port named inside the payload."""
import json

from twisted.internet import protocol, reactor


class InventoryQuery(protocol.DatagramProtocol):
    def __init__(self, stock):
        self.stock = stock

    def datagramReceived(self, datagram, address):
        query = json.loads(datagram)
        answer = json.dumps({"sku": query["sku"], "count": self.stock.get(query["sku"], 0)})
        target = (query["reply_host"], int(query["reply_port"]))
        self.transport.write(answer.encode(), target)


reactor.listenUDP(7070, InventoryQuery({}))
