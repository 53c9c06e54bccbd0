"""Positive example for credentials-in-cleartext-url: the service password is put in the user:password@ part of an http:// URL."""
import xmlrpc.client


def billing_proxy(user, password, host):
    return xmlrpc.client.ServerProxy(f"http://{user}:{password}@{host}/RPC2")
