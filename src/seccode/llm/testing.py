"""A real chat-completions HTTP server on 127.0.0.1, scripted for tests and benchmarks.

Like httpx's ``MockTransport``, it is the library's own test double, but it speaks over a real
socket so the official client, its timeouts and its error mapping are exercised unchanged. Each
request takes the next scripted :class:`Behaviour` (or the default one): answer after a delay,
answer 429 with Retry-After, 500, 401, hang, garbage JSON, a truncated body; an unknown model gets
404 like a real provider.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal

Kind = Literal["ok", "status", "hang", "garbage", "truncated"]
Responder = Callable[[dict[str, Any]], str]


@dataclass(frozen=True, slots=True)
class Behaviour:
    """What the server does with one request."""

    kind: Kind = "ok"
    delay_s: float = 0.0
    status: int = 200
    retry_after: str | None = None
    text: str | None = None  # a fixed answer; None asks the responder
    finish_reason: str = "stop"


def ok(text: str | None = None, delay_s: float = 0.0, finish_reason: str = "stop") -> Behaviour:
    """Answer 200 with ``text`` (or the responder's answer) after ``delay_s``."""
    return Behaviour("ok", delay_s=delay_s, text=text, finish_reason=finish_reason)


def status(code: int, retry_after: str | None = None) -> Behaviour:
    """Answer an HTTP error ``code`` with an OpenAI-shaped error body."""
    return Behaviour("status", status=code, retry_after=retry_after)


HANG = Behaviour("hang")
GARBAGE = Behaviour("garbage")
TRUNCATED = Behaviour("truncated")


def _echo_code(body: dict[str, Any]) -> str:
    return "```python\ndef answer():\n    return 42\n```"


class FakeChatServer:
    """A scripted ``/v1/chat/completions`` server; use as a context manager.

    ``calls`` records every request body received (in arrival order); ``models`` are the model
    names it knows (None: any).
    """

    def __init__(
        self,
        responder: Responder = _echo_code,
        *,
        default: Behaviour | None = None,
        models: frozenset[str] | None = None,
        api_key: str | None = None,
    ) -> None:
        self.responder = responder
        self.default = default or ok()
        self.models = models
        self.api_key = api_key
        self.calls: list[dict[str, Any]] = []
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests handled at once, to check a client's concurrency bound
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="fake-chat", daemon=True
        )

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL, ending in ``/v1``."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def script(self, *behaviours: Behaviour) -> None:
        """Queue one-shot behaviours for the next requests, in order."""
        with self._lock:
            self._script.extend(behaviours)

    def start(self) -> FakeChatServer:
        """Start serving in a daemon thread."""
        self._thread.start()
        return self

    def close(self) -> None:
        """Release hanging requests, stop serving and close the socket."""
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeChatServer:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _next(self, body: dict[str, Any]) -> Behaviour:
        with self._lock:
            return self._script.popleft() if self._script else self.default

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read calls instead
                return

            def setup(self) -> None:
                super().setup()
                # headers and body go out in two writes; without this, Nagle's algorithm meets the
                # client's delayed ACK and every answer stalls ~40 ms
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except json.JSONDecodeError:
                    self._json(400, {"error": {"message": "bad json", "type": "invalid_request_error"}})
                    return
                with server._lock:
                    server.calls.append(body)
                if (
                    server.api_key is not None
                    and self.headers.get("Authorization") != f"Bearer {server.api_key}"
                ):
                    self._json(
                        401, {"error": {"message": "invalid api key", "type": "invalid_request_error"}}
                    )
                    return
                behaviour = server._next(body)
                if server.models is not None and body.get("model") not in server.models:
                    msg = f"The model `{body.get('model')}` does not exist"
                    self._json(
                        404,
                        {
                            "error": {
                                "message": msg,
                                "type": "invalid_request_error",
                                "code": "model_not_found",
                            }
                        },
                    )
                    return
                with server._lock:
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    self._serve(behaviour, body)
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def _serve(self, b: Behaviour, body: dict[str, Any]) -> None:
                if b.kind == "hang":
                    server._stop.wait(60.0)
                    return
                if b.delay_s:
                    time.sleep(b.delay_s)
                if b.kind == "status":
                    headers = {"Retry-After": b.retry_after} if b.retry_after is not None else {}
                    self._json(
                        b.status,
                        {"error": {"message": f"scripted {b.status}", "type": "server_error"}},
                        headers,
                    )
                elif b.kind == "garbage":
                    self._raw(200, b"{not json at all", "application/json")
                elif b.kind == "truncated":
                    data = json.dumps(_completion(body, "```python\ndef f():\n", "stop")).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])  # then drop the connection mid-body
                    self.close_connection = True
                else:
                    text = b.text if b.text is not None else server.responder(body)
                    self._json(200, _completion(body, text, b.finish_reason))

            def _json(
                self, code: int, payload: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                self._raw(code, json.dumps(payload).encode(), "application/json", headers)

            def _raw(self, code: int, data: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

        return Handler


def _completion(body: dict[str, Any], text: str, finish_reason: str) -> dict[str, Any]:
    prompt_words = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [
            {"index": 0, "finish_reason": finish_reason, "message": {"role": "assistant", "content": text}}
        ],
        "usage": {
            "prompt_tokens": prompt_words,
            "completion_tokens": len(text.split()),
            "total_tokens": prompt_words + len(text.split()),
        },
    }


__all__ = ["GARBAGE", "HANG", "TRUNCATED", "Behaviour", "FakeChatServer", "Responder", "ok", "status"]
