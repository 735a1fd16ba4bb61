"""TLS for https=True: a throwaway CA (trustme, imported only here) and a certificate for 127.0.0.1/localhost."""

from __future__ import annotations

import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class Tls:
    server_context: ssl.SSLContext
    ca_cert_pem: bytes

    def client_context(self) -> ssl.SSLContext:
        """A client context that trusts only the simulator's CA (and verifies hostnames as usual)."""
        return ssl.create_default_context(cadata=self.ca_cert_pem.decode("ascii"))


def make_tls() -> Tls:
    try:
        import trustme
    except ImportError:  # pragma: no cover - trustme is a dev dependency
        raise RuntimeError("Simulator(https=True) needs the trustme package: pip install trustme") from None
    ca = trustme.CA()
    leaf = ca.issue_cert("127.0.0.1", "localhost", "::1")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.set_alpn_protocols(["http/1.1"])  # HTTP/1.1 only: an http2 client falls back
    leaf.configure_cert(context)
    return Tls(context, ca.cert_pem.bytes())
