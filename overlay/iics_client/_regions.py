"""Where to log in: IICS region aliases and login hosts (data, from Informatica's login-URL table)."""

from __future__ import annotations

from urllib.parse import urlsplit

from ._exceptions import IICSConfigurationError

# alias -> login host. Each POD's login host is "dm<n>-<region>.informaticacloud.com"; the credentials decide the org.
LOGIN_HOSTS: dict[str, str] = {
    "us": "dm-us.informaticacloud.com",
    "us1": "dm1-us.informaticacloud.com",
    "us2": "dm2-us.informaticacloud.com",
    "na": "dm-na.informaticacloud.com",
    "ca": "dm-na.informaticacloud.com",
    "em": "dm-em.informaticacloud.com",
    "emea": "dm-em.informaticacloud.com",
    "em1": "dm1-em.informaticacloud.com",
    "uk": "dm-uk.informaticacloud.com",
    "ap": "dm-ap.informaticacloud.com",
    "apj": "dm-ap.informaticacloud.com",
    "ap1": "dm1-ap.informaticacloud.com",
    "apne": "dm-apne.informaticacloud.com",
    "apse": "dm1-apse.informaticacloud.com",
    "apau": "dm1-apau.informaticacloud.com",
}
# Hosts named by their login-host prefix are accepted too: "dm1-apse" -> "dm1-apse.informaticacloud.com".
_HOST_PREFIXES = {host.split(".", 1)[0]: host for host in LOGIN_HOSTS.values()}


def is_loopback(host: str) -> bool:
    return host in ("localhost", "::1", "[::1]") or host.startswith("127.")


def resolve_login_origin(login_url: str) -> str:
    """Turn "us", "dm1-apse", a host or a full URL into the login origin ``scheme://host[:port]``.

    Raises IICSConfigurationError before any network traffic for an unknown alias or an insecure URL.
    """
    value = login_url.strip()
    key = value.lower()
    if key in LOGIN_HOSTS:
        return f"https://{LOGIN_HOSTS[key]}"
    if key in _HOST_PREFIXES:
        return f"https://{_HOST_PREFIXES[key]}"
    if "://" not in value:
        if "." not in value and not is_loopback(value.split(":", 1)[0]):
            known = ", ".join(sorted(LOGIN_HOSTS))
            raise IICSConfigurationError(f"unknown IICS region {login_url!r}; use one of {known}, or a full URL")
        value = f"https://{value}"
    return https_origin(value, what="login_url")


def https_origin(url: str, *, what: str) -> str:
    """The origin of `url`, insisting on https except for loopback hosts (local simulators and tests)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IICSConfigurationError(f"{what} {url!r} is not an http(s) URL")
    if parts.scheme != "https" and not is_loopback(parts.hostname):
        raise IICSConfigurationError(f"{what} {url!r} must use https (plain http is allowed only on loopback)")
    return f"{parts.scheme}://{parts.netloc}"
